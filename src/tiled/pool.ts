/**
 * MaxPooling2D and AveragePooling2D on NCHW batches, any window, stride and padding.
 * Padding cells never win a max and, like Keras, are not counted in an average unless
 * countPadding is set (PyTorch's count_include_pad). Max pooling records each window's
 * winner (first maximum in row-major order, as PyTorch) so backward routes dy straight to it.
 */
import type { Padding } from '../reference/types';
import { windowGeometry, type WindowGeometry } from './conv-geometry';
import { JS_WORKSPACE } from './js-kernels';
import type { Kernels, Workspace } from './kernels';
import type { Layer, Mode, ParamSpec, StateTensor } from './layer';

export interface PoolOptions {
  mode: 'max' | 'avg';
  size: number | [number, number];
  stride?: number | [number, number];
  padding?: Padding;
  countPadding?: boolean;
}

export class Pool2DLayer implements Layer {
  readonly outShape: number[];
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  readonly geometry: WindowGeometry;
  private readonly kernels: Kernels;
  /** 2×2 stride-2 max pooling with every window inside the input: the workspace's kernel does it. */
  private readonly isMax2x2: boolean;
  private readonly output: Float32Array;
  private readonly winners: Int32Array;
  private readonly dx: Float32Array;
  private readonly inSize: number;
  private readonly outSize: number;

  constructor(readonly name: string, inShape: number[], private readonly opts: PoolOptions, maxBatch: number,
    { alloc, kernels }: Workspace = JS_WORKSPACE) {
    const [channels, inH, inW] = inShape;
    this.geometry = windowGeometry(channels, inH, inW, { kernel: opts.size, stride: opts.stride ?? opts.size, padding: opts.padding });
    const { outH, outW } = this.geometry;
    this.outShape = [channels, outH, outW];
    this.inSize = channels * inH * inW;
    this.outSize = channels * outH * outW;
    this.kernels = kernels;
    const { kh, kw, strideH, strideW, padTop, padLeft } = this.geometry;
    this.isMax2x2 = opts.mode === 'max' && kh === 2 && kw === 2 && strideH === 2 && strideW === 2 &&
      2 * outH <= inH && 2 * outW <= inW && padTop === 0 && padLeft === 0;
    this.output = alloc.f32(maxBatch * this.outSize);
    this.winners = alloc.i32(opts.mode === 'max' ? maxBatch * this.outSize : 0);
    this.dx = alloc.f32(maxBatch * this.inSize);
  }

  bind(): void {}

  forward(x: Float32Array, batch: number, _mode: Mode): Float32Array {
    const { channels, inH, inW, kh, kw, strideH, strideW, padTop, padLeft, outH, outW } = this.geometry;
    const { output, winners } = this;
    const isMax = this.opts.mode === 'max';
    if (this.isMax2x2) {
      this.kernels.maxPool2x2(x, output, winners, batch * channels, inH, inW, outH, outW);
      return output;
    }
    const countPadding = this.opts.countPadding ?? false;
    let q = 0;
    for (let s = 0; s < batch; s++) {
      for (let c = 0; c < channels; c++) {
        const plane = s * this.inSize + c * inH * inW;
        for (let oy = 0; oy < outH; oy++) {
          const top = oy * strideH - padTop;
          const y0 = top < 0 ? 0 : top, y1 = top + kh > inH ? inH : top + kh;
          for (let ox = 0; ox < outW; ox++, q++) {
            const left = ox * strideW - padLeft;
            const x0 = left < 0 ? 0 : left, x1 = left + kw > inW ? inW : left + kw;
            if (isMax) {
              let best = -Infinity, at = plane + y0 * inW + x0;
              for (let y = y0; y < y1; y++) {
                for (let i = plane + y * inW + x0, end = plane + y * inW + x1; i < end; i++) {
                  if (x[i] > best) { best = x[i]; at = i; }
                }
              }
              output[q] = best;
              winners[q] = at;
            } else {
              let sum = 0;
              for (let y = y0; y < y1; y++) {
                for (let i = plane + y * inW + x0, end = plane + y * inW + x1; i < end; i++) sum += x[i];
              }
              output[q] = sum / (countPadding ? kh * kw : (y1 - y0) * (x1 - x0));
            }
          }
        }
      }
    }
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    const { dx, winners } = this;
    if (!needInputGrad) return dx;
    const n = batch * this.outSize;
    if (this.opts.mode === 'max') {
      this.kernels.maxPoolBackward(dy, winners, dx, n, batch * this.inSize);
      return dx;
    }
    dx.fill(0, 0, batch * this.inSize);
    const { channels, inH, inW, kh, kw, strideH, strideW, padTop, padLeft, outH, outW } = this.geometry;
    const countPadding = this.opts.countPadding ?? false;
    let q = 0;
    for (let s = 0; s < batch; s++) {
      for (let c = 0; c < channels; c++) {
        const plane = s * this.inSize + c * inH * inW;
        for (let oy = 0; oy < outH; oy++) {
          const top = oy * strideH - padTop;
          const y0 = top < 0 ? 0 : top, y1 = top + kh > inH ? inH : top + kh;
          for (let ox = 0; ox < outW; ox++, q++) {
            const left = ox * strideW - padLeft;
            const x0 = left < 0 ? 0 : left, x1 = left + kw > inW ? inW : left + kw;
            const share = dy[q] / (countPadding ? kh * kw : (y1 - y0) * (x1 - x0));
            for (let y = y0; y < y1; y++) {
              for (let i = plane + y * inW + x0, end = plane + y * inW + x1; i < end; i++) dx[i] += share;
            }
          }
        }
      }
    }
    return dx;
  }
}
