/**
 * A conv layer on the WebAssembly kernels (assembly/conv.ts): rows of four outputs per vector,
 * which needs a horizontal stride of 1 (a wider stride keeps the JavaScript conv kernel). The
 * input gradient also needs a vertical stride of 1 (it is a forward convolution of the padded
 * dz); otherwise that one pass runs on the JavaScript kernel, on the same buffers.
 */
import type { WindowGeometry } from '../tiled/conv-geometry';
import { JsConvKernel } from '../tiled/conv-js';
import type { Allocator, ConvKernel } from '../tiled/kernels';
import { descriptorLength, paddedGradientShape, writeForwardDescriptor, writeInputGradDescriptor } from './conv-descriptor';
import type { WasmContext } from './context';

/** Whether the WebAssembly conv kernels handle this geometry (else the layer gets the JavaScript one). */
export const wasmConvSupported = (g: WindowGeometry): boolean => g.strideW === 1;

interface InputGradBuffers {
  descriptor: Int32Array;
  /** The flipped, transposed kernel [C][F][Kh][Kw]. */
  flipped: Float32Array;
  /** One zero-bordered dz sample. */
  padded: Float32Array;
}

export class WasmConvKernel implements ConvKernel {
  private readonly descriptor: Int32Array;
  private readonly inSize: number;
  private readonly outSize: number;
  private readonly paddedSize: number;
  private readonly padded: Float32Array;
  private readonly inputGradBuffers: InputGradBuffers | null;
  private readonly jsInputGrad: JsConvKernel | null;
  private source: Float32Array | null = null;
  private sourceStride = 0;

  constructor(private readonly g: WindowGeometry, filters: number, alloc: Allocator, maxBatch: number, private readonly ctx: WasmContext) {
    this.inSize = g.channels * g.inH * g.inW;
    this.outSize = filters * g.outH * g.outW;
    this.descriptor = alloc.i32(descriptorLength(g.channels * g.kh * g.kw));
    writeForwardDescriptor(this.descriptor, g, filters);
    this.paddedSize = g.paddedH === g.inH && g.paddedW === g.inW ? 0 : g.channels * g.paddedH * g.paddedW;
    this.padded = alloc.f32(maxBatch * this.paddedSize);
    if (g.strideH === 1 && g.strideW === 1) {
      const descriptor = alloc.i32(descriptorLength(filters * g.kh * g.kw));
      writeInputGradDescriptor(descriptor, g, filters);
      const [f, ph, pw] = paddedGradientShape(g, filters);
      this.inputGradBuffers = { descriptor, flipped: alloc.f32(g.channels * filters * g.kh * g.kw), padded: alloc.f32(f * ph * pw) };
      this.jsInputGrad = null;
    } else {
      this.inputGradBuffers = null;
      this.jsInputGrad = new JsConvKernel(g, filters, alloc, maxBatch);
    }
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
    const { ctx, inputGradBuffers: buffers } = this;
    if (buffers === null) {
      this.jsInputGrad?.inputGrad(w, dz, dx, batch);
      return;
    }
    ctx.exports.convInputGrad(ctx.ptr(buffers.descriptor), ctx.ptr(w), ctx.ptr(buffers.flipped), ctx.ptr(dz), this.outSize,
      ctx.ptr(buffers.padded), ctx.ptr(dx), this.inSize, batch);
  }
}
