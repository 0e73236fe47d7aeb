/**
 * Layers that only move values: Flatten (free in NCHW: the buffer is already C·H·W per
 * sample, PyTorch's flatten order) and ZeroPadding2D.
 */
import { JS_WORKSPACE } from './js-kernels';
import type { Workspace } from './kernels';
import { sizeOf, type Layer, type Mode, type ParamSpec, type StateTensor } from './layer';

export class FlattenLayer implements Layer {
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  readonly outShape: number[];

  constructor(readonly name: string, inShape: number[]) {
    this.outShape = [sizeOf(inShape)];
  }

  bind(): void {}
  forward(x: Float32Array, _batch: number, _mode: Mode): Float32Array {
    return x;
  }
  backward(dy: Float32Array): Float32Array {
    return dy;
  }
}

export interface Pads2D { top: number; bottom: number; left: number; right: number }

export class ZeroPadding2DLayer implements Layer {
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  readonly outShape: number[];
  private readonly inShape: number[];
  private readonly output: Float32Array;
  private readonly dx: Float32Array;

  constructor(readonly name: string, inShape: number[], private readonly pads: Pads2D, maxBatch: number,
    { alloc }: Workspace = JS_WORKSPACE) {
    const [channels, h, w] = inShape;
    this.inShape = inShape;
    this.outShape = [channels, h + pads.top + pads.bottom, w + pads.left + pads.right];
    // Padding cells stay 0 forever: forward only writes the interior.
    this.output = alloc.f32(maxBatch * sizeOf(this.outShape));
    this.dx = alloc.f32(maxBatch * sizeOf(inShape));
  }

  bind(): void {}

  forward(x: Float32Array, batch: number, _mode: Mode): Float32Array {
    this.copy(x, this.output, batch, true);
    return this.output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (needInputGrad) this.copy(dy, this.dx, batch, false);
    return this.dx;
  }

  /** Copies each input row into (or, backward, out of) the interior of the padded plane. */
  private copy(src: Float32Array, dst: Float32Array, batch: number, inward: boolean): void {
    const [channels, h, w] = this.inShape;
    const [, ph, pw] = this.outShape;
    const { top, left } = this.pads;
    for (let plane = 0; plane < batch * channels; plane++) {
      for (let y = 0; y < h; y++) {
        const small = plane * h * w + y * w;
        const big = plane * ph * pw + (y + top) * pw + left;
        if (inward) for (let x = 0; x < w; x++) dst[big + x] = src[small + x];
        else for (let x = 0; x < w; x++) dst[small + x] = src[big + x];
      }
    }
  }
}
