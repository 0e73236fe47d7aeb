/**
 * A conv layer on the WebAssembly kernels (assembly/conv-forward.ts, conv-grad.ts): rows of four outputs per vector,
 * which needs a horizontal stride of 1 (a wider stride keeps the JavaScript conv kernel).
 */
import type { WindowGeometry } from '../tiled/conv-geometry';
import type { Allocator, ConvKernel } from '../tiled/kernels';
import type { WasmContext } from './context';
import { descriptorLength, writeConvDescriptor } from './conv-descriptor';

/** Whether the WebAssembly conv kernels handle this geometry (else the layer gets the JavaScript one). */
export const wasmConvSupported = (g: WindowGeometry): boolean => g.strideW === 1;

export class WasmConvKernel implements ConvKernel {
  private readonly descriptor: Int32Array;
  private readonly inSize: number;
  private readonly outSize: number;
  private readonly paddedSize: number;
  private readonly padded: Float32Array;
  /** One sample's Wᵀ·dz [taps][pixels] for the input gradient's col2im. */
  private readonly columns: Float32Array;
  private source: Float32Array | null = null;
  private sourceStride = 0;

  constructor(private readonly g: WindowGeometry, filters: number, alloc: Allocator, maxBatch: number, private readonly ctx: WasmContext) {
    const taps = g.channels * g.kh * g.kw;
    this.inSize = g.channels * g.inH * g.inW;
    this.outSize = filters * g.outH * g.outW;
    this.descriptor = alloc.i32(descriptorLength(taps));
    writeConvDescriptor(this.descriptor, g, filters);
    this.paddedSize = g.paddedH === g.inH && g.paddedW === g.inW ? 0 : g.channels * g.paddedH * g.paddedW;
    this.padded = alloc.f32(maxBatch * this.paddedSize);
    this.columns = alloc.f32(taps * g.outH * g.outW);
  }

  forward(x: Float32Array, batch: number, w: Float32Array, bias: Float32Array | null, relu: boolean, y: Float32Array, keep: boolean): void {
    const { g, ctx, paddedSize, padded, inSize } = this;
    let source = x, stride = inSize;
    if (paddedSize > 0) {
      ctx.exports.padSamples(ctx.ptr(x), inSize, ctx.ptr(padded), paddedSize, batch, g.channels, g.inH, g.inW, g.paddedH, g.paddedW,
        g.padTop, g.padLeft);
      source = padded;
      stride = paddedSize;
    }
    ctx.exports.convForward(ctx.ptr(this.descriptor), ctx.ptr(source), stride, ctx.ptr(w), bias === null ? 0 : ctx.ptr(bias), relu,
      ctx.ptr(y), this.outSize, batch);
    this.source = keep ? source : null;
    this.sourceStride = stride;
  }

  weightGrad(dz: Float32Array, dw: Float32Array, batch: number): void {
    const { ctx, source } = this;
    if (source === null) throw new Error('conv weight gradient needs a training forward pass first');
    ctx.exports.convWeightGrad(ctx.ptr(this.descriptor), ctx.ptr(source), this.sourceStride, ctx.ptr(dz), this.outSize, ctx.ptr(dw), batch);
  }

  inputGrad(w: Float32Array, dz: Float32Array, dx: Float32Array, batch: number): void {
    const { ctx, g } = this;
    ctx.exports.convInputGrad(ctx.ptr(this.descriptor), ctx.ptr(w), ctx.ptr(this.columns), ctx.ptr(dz), this.outSize, ctx.ptr(dx), this.inSize,
      batch, g.inH, g.inW, g.padTop, g.padLeft);
  }
}
