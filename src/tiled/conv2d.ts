/**
 * Conv2D on NCHW batches as an implicit GEMM (conv-implicit.ts, conv-implicit-grad.ts):
 * im2col + GEMM without writing the im2col matrix, which bench/kernels.ts measured faster
 * than both im2col + GEMM and a blocked direct convolution (figures in README.md).
 * Weights use PyTorch's layout [Cout][Cin][Kh][Kw] = W[Cout][Cin·Kh·Kw].
 *   forward   y_s = f(W ⋆ x_s + b)             (bias and ReLU applied as the kernel stores)
 *   backward  dW = Σ_s dz_s ⋆ x_s, dx_s = Wᵀ ⋆ dz_s, with dz = dy ⊙ f′
 * Padded layers copy each sample into a zero-bordered buffer (all samples in training, for
 * the weight gradient; one reused slot at inference); unpadded layers read their input in
 * place, so it must not change between forward and backward (Sequential guarantees that).
 */
import type { Padding } from '../reference/types';
import { activationBackward, biasActivate, type ActivationKind } from './activations';
import { implicitPlan, padSample, windowGeometry, type WindowGeometry } from './conv-geometry';
import { convForwardImplicit, type ConvEpilogue, type ImplicitConv } from './conv-implicit';
import { convInputGradImplicit, convWeightGradImplicit } from './conv-implicit-grad';
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
  private readonly plan: ImplicitConv;
  private readonly activation: ActivationKind;
  private readonly alpha: number;
  private readonly filters: number;
  private readonly inSize: number;
  private readonly outSize: number;
  /** Values per padded sample; 0 when the layer has no padding and reads its input in place. */
  private readonly paddedSize: number;
  private readonly padded: Float32Array;
  private readonly output: Float32Array;
  private readonly dz: Float32Array;
  private readonly dpadded: Float32Array;
  private readonly dx: Float32Array;
  private weight!: Param;
  private bias: Param | null = null;
  /** Where the last training forward's (padded) samples are, and their stride. */
  private source: Float32Array | null = null;
  private sourceStride = 0;
  /** The bias (and ReLU) the forward kernel applies as it stores, made once in bind(). */
  private linearEpilogue: ConvEpilogue = { bias: null, relu: false };
  private reluEpilogue: ConvEpilogue = { bias: null, relu: true };

  constructor(readonly name: string, inShape: number[], opts: Conv2DOptions, maxBatch: number) {
    const [channels, inH, inW] = inShape;
    const g = windowGeometry(channels, inH, inW, opts);
    this.geometry = g;
    this.plan = implicitPlan(g);
    this.activation = opts.activation ?? 'linear';
    this.alpha = opts.alpha ?? 0.2;
    this.filters = opts.filters;
    this.inSize = channels * inH * inW;
    this.outSize = opts.filters * g.outH * g.outW;
    this.outShape = [opts.filters, g.outH, g.outW];
    this.paddedSize = g.paddedH === inH && g.paddedW === inW ? 0 : channels * g.paddedH * g.paddedW;
    this.padded = new Float32Array(maxBatch * this.paddedSize);
    this.dpadded = new Float32Array(this.paddedSize);
    const fanIn = channels * g.kh * g.kw, fanOut = opts.filters * g.kh * g.kw;
    this.paramSpecs = [{ name: `${name}/kernel`, shape: [opts.filters, channels, g.kh, g.kw], decay: true, init: 'he', fanIn, fanOut }];
    if (opts.useBias ?? true) this.paramSpecs.push({ name: `${name}/bias`, shape: [opts.filters], decay: false, init: 'zeros', fanIn, fanOut });
    this.output = new Float32Array(maxBatch * this.outSize);
    this.dz = new Float32Array(maxBatch * this.outSize);
    this.dx = new Float32Array(maxBatch * this.inSize);
  }

  /** Lets the builder pick He or Glorot initialisation from the activation that follows. */
  setInit(init: 'he' | 'glorot'): void {
    this.paramSpecs[0].init = init;
  }

  bind(params: Param[]): void {
    this.weight = params[0];
    this.bias = params[1] ?? null;
    const bias = this.bias === null ? null : this.bias.value;
    this.linearEpilogue = { bias, relu: false };
    this.reluEpilogue = { bias, relu: true };
  }

  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    const { plan, filters, inSize, outSize, paddedSize, padded, output, geometry } = this;
    const w = this.weight.value;
    const keep = mode === 'train';
    const pixels = outSize / filters;
    const epilogue = this.activation === 'relu' ? this.reluEpilogue : this.linearEpilogue;
    const fused = this.activation === 'relu' || this.activation === 'linear';
    for (let s = 0; s < batch; s++) {
      let src = x, srcOff = s * inSize;
      if (paddedSize > 0) {
        src = padded;
        srcOff = keep ? s * paddedSize : 0;
        padSample(geometry, x, s * inSize, padded, srcOff);
      }
      convForwardImplicit(plan, src, srcOff, w, output, s * outSize, filters, epilogue);
      // Only activations other than ReLU and linear need a second pass (the bias is already in).
      if (!fused) biasActivate(this.activation, this.alpha, output, s * outSize, filters, pixels, null);
    }
    this.source = keep ? (paddedSize > 0 ? padded : x) : null;
    this.sourceStride = paddedSize > 0 ? paddedSize : inSize;
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    const source = this.source;
    if (source === null) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    const { plan, filters, inSize, outSize, paddedSize, dz, dpadded, dx } = this;
    const pixels = outSize / filters;
    activationBackward(this.activation, this.alpha, this.output, dy, 0, dz, 0, batch * outSize);
    if (this.bias !== null) {
      const db = this.bias.grad;
      db.fill(0);
      for (let s = 0; s < batch; s++) {
        for (let c = 0, q = s * outSize; c < filters; c++) {
          let sum = 0;
          for (const end = q + pixels; q < end; q++) sum += dz[q];
          db[c] += sum;
        }
      }
    }
    convWeightGradImplicit(plan, source, this.sourceStride, dz, outSize, this.weight.grad, filters, batch);
    if (!needInputGrad) return dx;
    const w = this.weight.value;
    for (let s = 0; s < batch; s++) {
      if (paddedSize === 0) {
        dx.fill(0, s * inSize, (s + 1) * inSize);
        convInputGradImplicit(plan, w, dz, s * outSize, dx, s * inSize, filters);
      } else {
        dpadded.fill(0);
        convInputGradImplicit(plan, w, dz, s * outSize, dpadded, 0, filters);
        unpadSample(this.geometry, dpadded, dx, s * inSize);
      }
    }
    return dx;
  }
}

/** The interior of a padded gradient sample: the part that belongs to real input cells. */
function unpadSample(g: WindowGeometry, dpadded: Float32Array, dx: Float32Array, dxOff: number): void {
  const { channels, inH, inW, padTop, padLeft, paddedH: ph, paddedW: pw } = g;
  for (let c = 0; c < channels; c++) {
    for (let r = 0; r < inH; r++) {
      const src = c * ph * pw + (r + padTop) * pw + padLeft, dst = dxOff + (c * inH + r) * inW;
      for (let i = 0; i < inW; i++) dx[dst + i] = dpadded[src + i];
    }
  }
}
