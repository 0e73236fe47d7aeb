/**
 * Inverted dropout: in training each value survives with probability 1 − rate and is scaled
 * by 1/(1 − rate), so inference is the identity. The mask comes from the model's seeded
 * generator (Sequential.setSeed), so a training run is reproducible.
 */
import type { Rng } from '../random';
import { JS_WORKSPACE } from './js-kernels';
import type { Workspace } from './kernels';
import { sizeOf, type Layer, type Mode, type ParamSpec, type StateTensor } from './layer';

export class DropoutLayer implements Layer {
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  private readonly size: number;
  private readonly mask: Float32Array;
  private readonly output: Float32Array;
  private readonly dx: Float32Array;
  private rng: Rng | null = null;
  private trained = false;

  constructor(readonly name: string, readonly outShape: number[], private readonly rate: number, maxBatch: number,
    { alloc }: Workspace = JS_WORKSPACE) {
    if (!(rate >= 0 && rate < 1)) throw new RangeError(`${name}: dropout rate must be in [0, 1), got ${rate}`);
    this.size = sizeOf(outShape);
    this.mask = alloc.f32(maxBatch * this.size);
    this.output = alloc.f32(maxBatch * this.size);
    this.dx = alloc.f32(maxBatch * this.size);
  }

  bind(): void {}

  setRng(rng: Rng): void {
    this.rng = rng;
  }

  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    this.trained = mode === 'train';
    if (!this.trained || this.rate === 0) return x;
    if (this.rng === null) throw new Error(`${this.name}: no random generator (call setSeed)`);
    const { mask, output, rate } = this;
    const keep = 1 / (1 - rate);
    const n = batch * this.size;
    for (let i = 0; i < n; i++) {
      const m = this.rng.next() < rate ? 0 : keep;
      mask[i] = m;
      output[i] = x[i] * m;
    }
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (!this.trained) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    if (this.rate === 0 || !needInputGrad) return dy;
    const { mask, dx } = this;
    const n = batch * this.size;
    for (let i = 0; i < n; i++) dx[i] = dy[i] * mask[i];
    return dx;
  }
}
