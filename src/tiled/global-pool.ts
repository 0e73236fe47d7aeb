/** GlobalAveragePooling2D: [C, H, W] → [C], each channel's mean over its plane. */
import { JS_WORKSPACE } from './js-kernels';
import type { Workspace } from './kernels';
import type { Layer, Mode, ParamSpec, StateTensor } from './layer';

export class GlobalAveragePool2DLayer implements Layer {
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  readonly outShape: number[];
  private readonly plane: number;
  private readonly output: Float32Array;
  private readonly dx: Float32Array;

  constructor(readonly name: string, inShape: number[], maxBatch: number, { alloc }: Workspace = JS_WORKSPACE) {
    const [channels, h, w] = inShape;
    this.plane = h * w;
    this.outShape = [channels];
    this.output = alloc.f32(maxBatch * channels);
    this.dx = alloc.f32(maxBatch * channels * this.plane);
  }

  bind(): void {}

  forward(x: Float32Array, batch: number, _mode: Mode): Float32Array {
    const { plane, output } = this;
    const n = batch * this.outShape[0];
    for (let q = 0, i = 0; q < n; q++) {
      let sum = 0;
      for (const end = i + plane; i < end; i++) sum += x[i];
      output[q] = sum / plane;
    }
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    const { plane, dx } = this;
    if (!needInputGrad) return dx;
    const n = batch * this.outShape[0];
    for (let q = 0; q < n; q++) dx.fill(dy[q] / plane, q * plane, (q + 1) * plane);
    return dx;
  }
}
