/**
 * Conv2D on NCHW batches. The arithmetic is the workspace's conv kernel (conv-js.ts: an
 * implicit GEMM in JavaScript; src/wasm: SIMD in WebAssembly). Weights use PyTorch's layout
 * [Cout][Cin][Kh][Kw] = W[Cout][Cin·Kh·Kw].
 *   forward   y_s = f(W ⋆ x_s + b)             (bias and ReLU applied as the kernel stores)
 *   backward  dW = Σ_s dz_s ⋆ x_s, dx_s = Wᵀ ⋆ dz_s, with dz = dy ⊙ f′
 * Activations other than ReLU and linear take a second, element-wise pass.
 */
import type { Padding } from '../reference/types';
import { biasActivate, type ActivationKind } from './activations';
import { windowGeometry, type WindowGeometry } from './conv-geometry';
import { JS_WORKSPACE } from './js-kernels';
import type { ConvKernel, Kernels, Workspace } from './kernels';
import type { Layer, Mode, Param, ParamSpec, StateTensor } from './layer';

export interface Conv2DOptions {
  filters: number;
  kernel: number | [number, number];
  stride?: number | [number, number];
  padding?: Padding;
  dilation?: number | [number, number];
  activation?: ActivationKind;
  alpha?: number;
  useBias?: boolean;
}

export class Conv2DLayer implements Layer {
  readonly outShape: number[];
  readonly paramSpecs: ParamSpec[];
  readonly state: StateTensor[] = [];
  readonly geometry: WindowGeometry;
  private readonly kernels: Kernels;
  private readonly conv: ConvKernel;
  private readonly activation: ActivationKind;
  private readonly alpha: number;
  private readonly filters: number;
  private readonly outSize: number;
  private readonly output: Float32Array;
  private readonly dz: Float32Array;
  private readonly dx: Float32Array;
  private weight!: Param;
  private bias: Param | null = null;
  private trained = false;

  constructor(readonly name: string, inShape: number[], opts: Conv2DOptions, maxBatch: number, workspace: Workspace = JS_WORKSPACE) {
    const [channels, inH, inW] = inShape;
    const g = windowGeometry(channels, inH, inW, opts);
    const { alloc } = workspace;
    this.geometry = g;
    this.kernels = workspace.kernels;
    this.conv = workspace.kernels.conv(g, opts.filters, alloc, maxBatch);
    this.activation = opts.activation ?? 'linear';
    this.alpha = opts.alpha ?? 0.2;
    this.filters = opts.filters;
    this.outSize = opts.filters * g.outH * g.outW;
    this.outShape = [opts.filters, g.outH, g.outW];
    const fanIn = channels * g.kh * g.kw, fanOut = opts.filters * g.kh * g.kw;
    this.paramSpecs = [{ name: `${name}/kernel`, shape: [opts.filters, channels, g.kh, g.kw], decay: true, init: 'he', fanIn, fanOut }];
    if (opts.useBias ?? true) this.paramSpecs.push({ name: `${name}/bias`, shape: [opts.filters], decay: false, init: 'zeros', fanIn, fanOut });
    this.output = alloc.f32(maxBatch * this.outSize);
    this.dz = alloc.f32(maxBatch * this.outSize);
    this.dx = alloc.f32(maxBatch * channels * inH * inW);
  }

  /** Lets the builder pick He or Glorot initialisation from the activation that follows. */
  setInit(init: 'he' | 'glorot'): void {
    this.paramSpecs[0].init = init;
  }

  bind(params: Param[]): void {
    this.weight = params[0];
    this.bias = params[1] ?? null;
  }

  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    const { filters, outSize, output } = this;
    const bias = this.bias === null ? null : this.bias.value;
    this.trained = mode === 'train';
    const fused = this.activation === 'relu' || this.activation === 'linear';
    this.conv.forward(x, batch, this.weight.value, bias, this.activation === 'relu', output, this.trained);
    // Only activations other than ReLU and linear need a second pass (the bias is already in).
    if (!fused) {
      for (let s = 0; s < batch; s++) biasActivate(this.activation, this.alpha, output, s * outSize, filters, outSize / filters, null);
    }
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (!this.trained) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    const { filters, outSize, dz, dx } = this;
    const db = this.bias === null ? null : this.bias.grad;
    this.kernels.activationGrad(this.activation, this.alpha, this.output, dy, dz, batch, filters, outSize / filters, db);
    this.conv.weightGrad(dz, this.weight.grad, batch);
    if (needInputGrad) this.conv.inputGrad(this.weight.value, dz, dx, batch);
    return dx;
  }
}
