/**
 * BatchNormalization over channels (NCHW: statistics over batch, H and W) or features
 * (flat input: over the batch). Training normalises with the batch mean and (biased)
 * variance and updates the running averages Keras-style:
 *   running = momentum·running + (1 − momentum)·batch statistic   (variance unbiased, n/(n−1))
 * Inference uses the running statistics. γ and β are trained without weight decay.
 */
import { JS_WORKSPACE } from './js-kernels';
import type { Workspace } from './kernels';
import type { Layer, Mode, Param, ParamSpec, StateTensor } from './layer';

export interface BatchNormOptions {
  momentum?: number;
  epsilon?: number;
}

export class BatchNormLayer implements Layer {
  readonly paramSpecs: ParamSpec[];
  readonly state: StateTensor[];
  private readonly channels: number;
  private readonly plane: number;
  private readonly momentum: number;
  private readonly epsilon: number;
  private readonly output: Float32Array;
  private readonly xhat: Float32Array;
  private readonly invStd: Float32Array;
  private readonly dx: Float32Array;
  private gamma!: Param;
  private beta!: Param;
  private trained = false;

  constructor(readonly name: string, readonly outShape: number[], opts: BatchNormOptions, maxBatch: number, { alloc }: Workspace = JS_WORKSPACE) {
    this.channels = outShape[0];
    this.plane = outShape.length === 3 ? outShape[1] * outShape[2] : 1;
    this.momentum = opts.momentum ?? 0.99;
    this.epsilon = opts.epsilon ?? 1e-3;
    const c = this.channels;
    const spec = (what: string, init: 'ones' | 'zeros'): ParamSpec =>
      ({ name: `${name}/${what}`, shape: [c], decay: false, init, fanIn: c, fanOut: c });
    this.paramSpecs = [spec('gamma', 'ones'), spec('beta', 'zeros')];
    this.state = [
      { name: `${name}/moving_mean`, shape: [c], value: alloc.f32(c) },
      { name: `${name}/moving_variance`, shape: [c], value: alloc.f32(c).fill(1) },
    ];
    const size = c * this.plane;
    this.output = alloc.f32(maxBatch * size);
    this.xhat = alloc.f32(maxBatch * size);
    this.invStd = alloc.f32(c);
    this.dx = alloc.f32(maxBatch * size);
  }

  bind(params: Param[]): void {
    [this.gamma, this.beta] = params;
  }

  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    const { channels, plane, output, xhat, invStd } = this;
    const gamma = this.gamma.value, beta = this.beta.value;
    const runMean = this.state[0].value, runVar = this.state[1].value;
    const stride = channels * plane;
    const count = batch * plane;
    this.trained = mode === 'train';
    for (let c = 0; c < channels; c++) {
      let mean: number, variance: number;
      if (this.trained) {
        let sum = 0;
        for (let s = 0; s < batch; s++) for (let i = s * stride + c * plane, e = i + plane; i < e; i++) sum += x[i];
        mean = sum / count;
        let sq = 0;
        for (let s = 0; s < batch; s++) for (let i = s * stride + c * plane, e = i + plane; i < e; i++) sq += (x[i] - mean) ** 2;
        variance = sq / count;
        const m = this.momentum;
        runMean[c] = m * runMean[c] + (1 - m) * mean;
        runVar[c] = m * runVar[c] + (1 - m) * (count > 1 ? (variance * count) / (count - 1) : variance);
      } else {
        mean = runMean[c];
        variance = runVar[c];
      }
      const inv = 1 / Math.sqrt(variance + this.epsilon);
      invStd[c] = inv;
      const g = gamma[c], b = beta[c];
      for (let s = 0; s < batch; s++) {
        for (let i = s * stride + c * plane, e = i + plane; i < e; i++) {
          const h = (x[i] - mean) * inv;
          xhat[i] = h;
          output[i] = g * h + b;
        }
      }
    }
    return output;
  }

  /** dx = γ·σ⁻¹/n · (n·dy − Σdy − x̂·Σ(dy·x̂)), the batch statistics' own gradients included. */
  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (!this.trained) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    const { channels, plane, xhat, invStd, dx } = this;
    const stride = channels * plane;
    const count = batch * plane;
    const dgamma = this.gamma.grad, dbeta = this.beta.grad;
    for (let c = 0; c < channels; c++) {
      let sumDy = 0, sumDyX = 0;
      for (let s = 0; s < batch; s++) {
        for (let i = s * stride + c * plane, e = i + plane; i < e; i++) {
          sumDy += dy[i];
          sumDyX += dy[i] * xhat[i];
        }
      }
      dgamma[c] = sumDyX;
      dbeta[c] = sumDy;
      if (!needInputGrad) continue;
      const k = (this.gamma.value[c] * invStd[c]) / count;
      for (let s = 0; s < batch; s++) {
        for (let i = s * stride + c * plane, e = i + plane; i < e; i++) dx[i] = k * (count * dy[i] - sumDy - xhat[i] * sumDyX);
      }
    }
    return dx;
  }
}
