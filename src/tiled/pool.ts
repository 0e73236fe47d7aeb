/**
 * MaxPooling2D and AveragePooling2D on NCHW batches, any window, stride and padding.
 * Padding cells never win a max and, like Keras, are not counted in an average unless
 * countPadding is set (PyTorch's count_include_pad). Max pooling records each window's
 * winner (first maximum in row-major order, as PyTorch) so backward routes dy straight to it.
 */
import type { Padding } from '../reference/types';
import { windowGeometry, type WindowGeometry } from './conv-geometry';
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
  private readonly output: Float32Array;
  private readonly winners: Int32Array;
  private readonly dx: Float32Array;
  private readonly inSize: number;
  private readonly outSize: number;

  constructor(readonly name: string, inShape: number[], private readonly opts: PoolOptions, maxBatch: number) {
    const [channels, inH, inW] = inShape;
    this.geometry = windowGeometry(channels, inH, inW, { kernel: opts.size, stride: opts.stride ?? opts.size, padding: opts.padding });
    const { outH, outW } = this.geometry;
    this.outShape = [channels, outH, outW];
    this.inSize = channels * inH * inW;
    this.outSize = channels * outH * outW;
    this.output = new Float32Array(maxBatch * this.outSize);
    this.winners = new Int32Array(opts.mode === 'max' ? maxBatch * this.outSize : 0);
    this.dx = new Float32Array(maxBatch * this.inSize);
  }

  bind(): void {}

  forward(x: Float32Array, batch: number, _mode: Mode): Float32Array {
    const { channels, inH, inW, kh, kw, strideH, strideW, padTop, padLeft, outH, outW } = this.geometry;
    const { output, winners } = this;
    const isMax = this.opts.mode === 'max';
    if (isMax && kh === 2 && kw === 2 && strideH === 2 && strideW === 2 && 2 * outH <= inH && 2 * outW <= inW && padTop === 0 && padLeft === 0) {
      this.maxPool2x2(x, batch * channels);
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

  /**
   * The 2×2, stride-2 max pooling of LeNet-5 and most CNNs, when every window lies inside the
   * input: written out, no window bounds to compute (the same winner rule as the general loop).
   */
  private maxPool2x2(x: Float32Array, planes: number): void {
    const { inH, inW, outH, outW } = this.geometry;
    const { output, winners } = this;
    let q = 0;
    for (let plane = 0; plane < planes; plane++) {
      for (let oy = 0; oy < outH; oy++) {
        let i = plane * inH * inW + 2 * oy * inW;
        for (let ox = 0; ox < outW; ox++, q++, i += 2) {
          let best = x[i], at = i;
          if (x[i + 1] > best) { best = x[i + 1]; at = i + 1; }
          if (x[i + inW] > best) { best = x[i + inW]; at = i + inW; }
          if (x[i + inW + 1] > best) { best = x[i + inW + 1]; at = i + inW + 1; }
          output[q] = best;
          winners[q] = at;
        }
      }
    }
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    const { dx, winners } = this;
    if (!needInputGrad) return dx;
    dx.fill(0, 0, batch * this.inSize);
    const n = batch * this.outSize;
    if (this.opts.mode === 'max') {
      for (let q = 0; q < n; q++) dx[winners[q]] += dy[q];
      return dx;
    }
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
