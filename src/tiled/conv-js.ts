/**
 * The JavaScript conv kernel: the implicit GEMM of conv-implicit.ts and conv-implicit-grad.ts
 * (chosen over im2col + GEMM and a blocked direct convolution by src/bench/kernels.ts; figures in
 * README.md). Padded layers copy each sample into a zero-bordered buffer (all samples in
 * training, for the weight gradient; one reused slot at inference); unpadded layers read their
 * input in place, so it must not change between forward and backward (Sequential guarantees it).
 */
import type { Allocator, ConvKernel } from './kernels';
import { implicitPlan, padSample, type WindowGeometry } from './conv-geometry';
import { convForwardImplicit, type ConvEpilogue, type ImplicitConv } from './conv-implicit';
import { convInputGradImplicit, convWeightGradImplicit } from './conv-implicit-grad';

export class JsConvKernel implements ConvKernel {
  private readonly plan: ImplicitConv;
  private readonly inSize: number;
  private readonly outSize: number;
  /** Values per padded sample; 0 when the layer has no padding and reads its input in place. */
  private readonly paddedSize: number;
  private readonly padded: Float32Array;
  private readonly dpadded: Float32Array;
  /** Where the last training forward's (padded) samples are, and their stride. */
  private source: Float32Array | null = null;
  private sourceStride = 0;
  /** The epilogue objects the forward kernel reads, remade only when the bias array changes. */
  private epilogues: { bias: Float32Array | null; linear: ConvEpilogue; relu: ConvEpilogue } = {
    bias: null, linear: { bias: null, relu: false }, relu: { bias: null, relu: true },
  };

  constructor(private readonly g: WindowGeometry, private readonly filters: number, alloc: Allocator, maxBatch: number) {
    this.plan = implicitPlan(g);
    this.inSize = g.channels * g.inH * g.inW;
    this.outSize = filters * g.outH * g.outW;
    this.paddedSize = g.paddedH === g.inH && g.paddedW === g.inW ? 0 : g.channels * g.paddedH * g.paddedW;
    this.padded = alloc.f32(maxBatch * this.paddedSize);
    this.dpadded = alloc.f32(this.paddedSize);
  }

  forward(x: Float32Array, batch: number, w: Float32Array, bias: Float32Array | null, relu: boolean, y: Float32Array, keep: boolean): void {
    const { plan, filters, inSize, outSize, paddedSize, padded, g } = this;
    if (this.epilogues.bias !== bias) this.epilogues = { bias, linear: { bias, relu: false }, relu: { bias, relu: true } };
    const epilogue = relu ? this.epilogues.relu : this.epilogues.linear;
    for (let s = 0; s < batch; s++) {
      let src = x, srcOff = s * inSize;
      if (paddedSize > 0) {
        src = padded;
        srcOff = keep ? s * paddedSize : 0;
        padSample(g, x, s * inSize, padded, srcOff);
      }
      convForwardImplicit(plan, src, srcOff, w, y, s * outSize, filters, epilogue);
    }
    this.source = keep ? (paddedSize > 0 ? padded : x) : null;
    this.sourceStride = paddedSize > 0 ? paddedSize : inSize;
  }

  weightGrad(dz: Float32Array, dw: Float32Array, batch: number): void {
    if (this.source === null) throw new Error('conv weight gradient needs a training forward pass first');
    convWeightGradImplicit(this.plan, this.source, this.sourceStride, dz, this.outSize, dw, this.filters, batch);
  }

  inputGrad(w: Float32Array, dz: Float32Array, dx: Float32Array, batch: number): void {
    const { plan, filters, inSize, outSize, paddedSize, dpadded } = this;
    for (let s = 0; s < batch; s++) {
      if (paddedSize === 0) {
        dx.fill(0, s * inSize, (s + 1) * inSize);
        convInputGradImplicit(plan, w, dz, s * outSize, dx, s * inSize, filters);
      } else {
        dpadded.fill(0);
        convInputGradImplicit(plan, w, dz, s * outSize, dpadded, 0, filters);
        unpadSample(this.g, dpadded, dx, s * inSize);
      }
    }
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
