/**
 * A stack of tiled layers built from Keras-style configs, with every parameter value in one
 * Float32Array and every gradient in another (optionally both in a caller's buffer, e.g. a
 * SharedArrayBuffer for multi-worker training). Activations are NCHW per sample.
 *
 * Every buffer comes from the kernel backend's workspace (kernels.ts): heap arrays for the
 * JavaScript kernels; for WebAssembly, views into one linear memory sized by a first,
 * measuring build of the same layers, so JavaScript and WebAssembly share data without copies.
 */
import { kerasLayerNames, toChannelsFirst, type LayerConfig } from '../geometry';
import { createRng, seedFrom } from '../random';
import { MeasuringAllocator } from './allocators';
import { buildLayer } from './build-layer';
import { initialise } from './init';
import { JS_BACKEND } from './js-kernels';
import type { KernelBackend, KernelBackendInfo, Kernels, Workspace } from './kernels';
import { sizeOf, type Layer, type Mode, type Param, type StateTensor } from './layer';
import { argmaxRows } from './loss';
import { modelBuffers, type ModelBuffers } from './model-buffers';
import { attachParamSlot } from './param-slot';

export interface SequentialOptions {
  seed: number;
  maxBatch: number;
  /**
   * Where values and grads live: values in the first 4·P bytes, grads in the next 4·P
   * (P = parameterCount; see parameterBufferBytes). Defaults to a fresh ArrayBuffer.
   */
  buffer?: ArrayBufferLike;
  /** False leaves the values in `buffer` as they are (another worker initialised them). */
  initialize?: boolean;
  /**
   * The kernels and memory the model runs on (src/wasm's `loadKernels`); default the
   * JavaScript kernels. A caller's `buffer` only works with the JavaScript kernels.
   */
  kernels?: KernelBackend;
}

export class Sequential {
  readonly inputSize: number;
  readonly outputSize: number;
  readonly parameterCount: number;
  /** Which kernels this model runs on, and why they were chosen. */
  readonly kernelInfo: KernelBackendInfo;
  private readonly params: Param[];
  private readonly values: Float32Array;
  private readonly grads: Float32Array;
  private readonly outputs: Float32Array[];
  private readonly needsInputGrad: boolean[];
  private readonly kernels: Kernels;
  private readonly buffers: ModelBuffers;
  private readonly dlogits: Float32Array;
  private lastBatch = 0;
  private lastMode: Mode = 'infer';
  /** The logits view forward returned last time, reused while batch and buffer stay the same. */
  private logitsView: Float32Array = new Float32Array(0);

  private constructor(
    readonly configs: LayerConfig[],
    readonly inputShape: number[],
    readonly maxBatch: number,
    private readonly layers: Layer[],
    opts: SequentialOptions,
    workspace: Workspace,
    info: KernelBackendInfo,
  ) {
    this.kernelInfo = info;
    this.kernels = workspace.kernels;
    this.inputSize = sizeOf(toChannelsFirst(inputShape));
    this.outputSize = sizeOf(layers[layers.length - 1].outShape);
    this.buffers = modelBuffers(workspace.alloc, layers, opts, maxBatch, this.inputSize, this.outputSize, opts.kernels?.needsSize ?? false);
    const count = this.buffers.values.length;
    this.parameterCount = count;
    this.values = this.buffers.values;
    this.grads = this.buffers.grads;
    this.dlogits = this.buffers.dlogits;
    const state = this.buffers.optimizerState;
    this.params = [];
    const rng = createRng(opts.seed);
    let offset = 0;
    for (const layer of layers) {
      const bound = layer.paramSpecs.map((spec): Param => {
        const n = sizeOf(spec.shape);
        const value = this.values.subarray(offset, offset + n);
        const grad = this.grads.subarray(offset, offset + n);
        offset += n;
        if (opts.initialize ?? true) initialise(spec, value, rng);
        const param: Param = { name: spec.name, shape: [...spec.shape], value, grad, decay: spec.decay };
        if (state !== null) attachParamSlot(param, { kernels: this.kernels, first: state.subarray(offset - n, offset), second: state.subarray(count + offset - n, count + offset) });
        return param;
      });
      layer.bind(bound);
      this.params.push(...bound);
    }
    this.outputs = layers.map(() => new Float32Array(0));
    // A layer needs dL/dx only when some layer before it learns.
    this.needsInputGrad = layers.map((_, i) => layers.slice(0, i).some((l) => l.paramSpecs.length > 0));
    this.setSeed(opts.seed);
  }

  /** Builds the layers; inputShape is channels-last like Keras ([H, W, C]) or [N]. */
  static fromConfigs(layers: LayerConfig[], inputShape: number[], opts: SequentialOptions): Sequential {
    if (!(Number.isInteger(opts.maxBatch) && opts.maxBatch >= 1)) throw new RangeError(`maxBatch must be a positive integer, got ${opts.maxBatch}`);
    if (layers.length === 0) throw new RangeError('a model needs at least one layer');
    const backend = opts.kernels ?? JS_BACKEND;
    if (opts.buffer !== undefined && backend.needsSize) {
      throw new RangeError(`a caller's parameter buffer works with the JavaScript kernels only (${backend.info.kind} kernels keep parameters in their own memory)`);
    }
    const names = kerasLayerNames(layers);
    const buildLayers = (workspace: Workspace): Layer[] => {
      let shape = toChannelsFirst(inputShape);
      return layers.map((config, index) => {
        const layer = buildLayer(config, {
          index, name: names[index], inShape: shape, maxBatch: opts.maxBatch,
          isLast: index === layers.length - 1, following: layers.slice(index + 1), workspace,
        });
        shape = layer.outShape;
        return layer;
      });
    };
    let workspace = backend.workspace(0);
    if (backend.needsSize) {
      // Build once to count the bytes of every buffer, then for real in a memory of that size.
      const measuring = new MeasuringAllocator();
      const trial = buildLayers(backend.measuringWorkspace(measuring));
      const inputSize = sizeOf(toChannelsFirst(inputShape)), outputSize = sizeOf(trial[trial.length - 1].outShape);
      modelBuffers(measuring, trial, opts, opts.maxBatch, inputSize, outputSize, true);
      workspace = backend.workspace(measuring.bytes);
    }
    const built = buildLayers(workspace);
    return new Sequential(layers.map((c) => structuredClone(c)), [...inputShape], opts.maxBatch, built, opts, workspace, backend.info);
  }

  /** x: batch·inputSize floats, NCHW per sample. Returns the logits [batch][outputSize] (a view, valid until the next call). */
  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    this.checkBatch(batch);
    if (x.length < batch * this.inputSize) {
      throw new RangeError(`input has ${x.length} values, a batch of ${batch} needs ${batch * this.inputSize}`);
    }
    let h = x;
    const input = this.buffers.input;
    if (input !== null && x !== input) {
      input.set(x.subarray(0, batch * this.inputSize));
      h = input;
    }
    for (let i = 0; i < this.layers.length; i++) {
      h = this.layers[i].forward(h, batch, mode);
      this.outputs[i] = h;
    }
    this.lastBatch = batch;
    this.lastMode = mode;
    const n = batch * this.outputSize;
    if (this.logitsView.buffer !== h.buffer || this.logitsView.byteOffset !== h.byteOffset || this.logitsView.length !== n) {
      this.logitsView = h.subarray(0, n);
    }
    return this.logitsView;
  }

  /** After forward(…, 'train'): mean softmax cross-entropy over the batch; overwrites every param.grad. */
  backward(labels: ArrayLike<number>, batch: number): number {
    if (this.lastMode !== 'train' || batch !== this.lastBatch) {
      throw new Error(`backward needs forward(x, ${batch}, 'train') first (last forward: batch ${this.lastBatch}, mode ${this.lastMode})`);
    }
    if (this.outputSize < 2) {
      throw new Error(`softmax cross-entropy needs at least 2 classes, but this model has ${this.outputSize} output (a regression or sigmoid output cannot be trained here)`);
    }
    const logits = this.outputs[this.outputs.length - 1];
    const loss = this.kernels.softmaxCrossEntropy(logits, labels, batch, this.outputSize, this.dlogits, this.buffers.labels);
    let dy = this.dlogits;
    for (let i = this.layers.length - 1; i >= 0; i--) dy = this.layers[i].backward(dy, batch, this.needsInputGrad[i]);
    return loss;
  }

  parameters(): Param[] {
    return this.params;
  }

  /** Non-trainable tensors saved with the weights (BatchNorm moving mean and variance). */
  stateTensors(): StateTensor[] {
    return this.layers.flatMap((layer) => layer.state);
  }

  /** Every param.value is a view into this buffer, in parameters() order. */
  valueBuffer(): Float32Array {
    return this.values;
  }

  /** Every param.grad is a view into this buffer, in parameters() order. */
  gradientBuffer(): Float32Array {
    return this.grads;
  }

  /** Each layer's output of the last forward: name, NCHW shape per sample, data for the batch. */
  activations(): { name: string; shape: number[]; data: Float32Array }[] {
    return this.layers.map((layer, i) => ({
      name: layer.name,
      shape: [...layer.outShape],
      data: this.outputs[i].subarray(0, this.lastBatch * sizeOf(layer.outShape)),
    }));
  }

  /** Argmax class of each sample (any batch size: runs in chunks of maxBatch, inference mode). */
  predict(x: Float32Array, batch: number): Int32Array {
    const out = new Int32Array(batch);
    for (let start = 0; start < batch; start += this.maxBatch) {
      const n = Math.min(this.maxBatch, batch - start);
      const logits = this.forward(x.subarray(start * this.inputSize, (start + n) * this.inputSize), n, 'infer');
      argmaxRows(logits, n, this.outputSize, out, start);
    }
    return out;
  }

  /** Seeds the dropout masks: the same seed and data give the same training run. */
  setSeed(seed: number): void {
    const rng = createRng(seedFrom(`dropout:${seed}`));
    for (const layer of this.layers) layer.setRng?.(rng);
  }

  private checkBatch(batch: number): void {
    if (!(Number.isInteger(batch) && batch >= 1 && batch <= this.maxBatch)) {
      throw new RangeError(`batch must be an integer in 1..${this.maxBatch} (maxBatch), got ${batch}`);
    }
  }
}

/** Bytes a `buffer` option must have for these layers: 4 bytes per value plus 4 per grad. */
export function parameterBufferBytes(layers: LayerConfig[], inputShape: number[]): number {
  return 8 * Sequential.fromConfigs(layers, inputShape, { seed: 0, maxBatch: 1 }).parameterCount;
}
