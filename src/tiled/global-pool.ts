/**
 * GlobalAveragePooling2D and GlobalMaxPooling2D: [C, H, W] → [C], each channel's mean or
 * maximum over its plane. The max records its winner (first maximum, as PyTorch) for backward.
 */
import type { Layer, Mode, ParamSpec, StateTensor } from './layer';

export class GlobalPool2DLayer implements Layer {
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  readonly outShape: number[];
  private readonly plane: number;
  private readonly output: Float32Array;
  private readonly winners: Int32Array;
  private readonly dx: Float32Array;

  constructor(readonly name: string, inShape: number[], private readonly mode: 'avg' | 'max', maxBatch: number) {
    const [channels, h, w] = inShape;
    this.plane = h * w;
    this.outShape = [channels];
    this.output = new Float32Array(maxBatch * channels);
    this.winners = new Int32Array(mode === 'max' ? maxBatch * channels : 0);
    this.dx = new Float32Array(maxBatch * channels * this.plane);
  }

  bind(): void {}

  forward(x: Float32Array, batch: number, _mode: Mode): Float32Array {
    const { plane, output, winners } = this;
    const n = batch * this.outShape[0];
    for (let q = 0, i = 0; q < n; q++) {
      const end = i + plane;
      if (this.mode === 'avg') {
        let sum = 0;
        for (; i < end; i++) sum += x[i];
        output[q] = sum / plane;
      } else {
        let best = x[i], at = i;
        for (i++; i < end; i++) if (x[i] > best) { best = x[i]; at = i; }
        output[q] = best;
        winners[q] = at;
      }
    }
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    const { plane, dx, winners } = this;
    if (!needInputGrad) return dx;
    const n = batch * this.outShape[0];
    if (this.mode === 'avg') {
      for (let q = 0; q < n; q++) dx.fill(dy[q] / plane, q * plane, (q + 1) * plane);
    } else {
      dx.fill(0, 0, n * plane);
      for (let q = 0; q < n; q++) dx[winners[q]] = dy[q];
    }
    return dx;
  }
}
