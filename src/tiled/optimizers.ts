/**
 * Optimizers that update Params in place from their grads (after Sequential.backward).
 * L2 weight decay adds λ·w to the gradient of decaying params (weights, not biases or
 * BatchNorm parameters): g = ∇L + λ·w.
 *   SGD           v ← μ·v − η·g;  w ← w + v               (μ = 0: plain SGD)
 *   SGD Nesterov  v ← μ·v − η·g;  w ← w + μ·v − η·g       (Keras's formulation)
 *   Adam          m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε),
 *                 m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)           (Kingma & Ba, Algorithm 1)
 */
import type { Param } from './layer';

export type OptimizerConfig =
  | { type: 'sgd'; lr: number; momentum?: number; nesterov?: boolean; weightDecay?: number }
  | { type: 'adam'; lr: number; beta1?: number; beta2?: number; epsilon?: number; weightDecay?: number };

export interface Optimizer {
  step(): void;
  setLearningRate(lr: number): void;
  readonly config: OptimizerConfig;
}

export function createOptimizer(params: Param[], config: OptimizerConfig): Optimizer {
  if (!(config.lr >= 0)) throw new RangeError(`learning rate must be ≥ 0, got ${config.lr}`);
  return config.type === 'sgd' ? new Sgd(params, { ...config }) : new Adam(params, { ...config });
}

class Sgd implements Optimizer {
  private readonly velocity: Float32Array[];

  constructor(private readonly params: Param[], readonly config: Extract<OptimizerConfig, { type: 'sgd' }>) {
    this.velocity = params.map((p) => new Float32Array((config.momentum ?? 0) > 0 ? p.value.length : 0));
  }

  setLearningRate(lr: number): void {
    this.config.lr = lr;
  }

  step(): void {
    const { lr } = this.config;
    const mu = this.config.momentum ?? 0;
    const nesterov = this.config.nesterov ?? false;
    const lambda = this.config.weightDecay ?? 0;
    for (let k = 0; k < this.params.length; k++) {
      const p = this.params[k];
      const w = p.value, g = p.grad, v = this.velocity[k];
      const wd = p.decay ? lambda : 0;
      const n = w.length;
      if (mu === 0) {
        for (let i = 0; i < n; i++) w[i] -= lr * (g[i] + wd * w[i]);
      } else if (nesterov) {
        for (let i = 0; i < n; i++) {
          const gi = g[i] + wd * w[i];
          const vi = mu * v[i] - lr * gi;
          v[i] = vi;
          w[i] += mu * vi - lr * gi;
        }
      } else {
        for (let i = 0; i < n; i++) {
          const vi = mu * v[i] - lr * (g[i] + wd * w[i]);
          v[i] = vi;
          w[i] += vi;
        }
      }
    }
  }
}

class Adam implements Optimizer {
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
  private t = 0;

  constructor(private readonly params: Param[], readonly config: Extract<OptimizerConfig, { type: 'adam' }>) {
    this.m = params.map((p) => new Float32Array(p.value.length));
    this.v = params.map((p) => new Float32Array(p.value.length));
  }

  setLearningRate(lr: number): void {
    this.config.lr = lr;
  }

  step(): void {
    const { lr } = this.config;
    const b1 = this.config.beta1 ?? 0.9, b2 = this.config.beta2 ?? 0.999;
    const eps = this.config.epsilon ?? 1e-7;
    const lambda = this.config.weightDecay ?? 0;
    this.t++;
    const c1 = 1 - b1 ** this.t, c2 = 1 - b2 ** this.t;
    for (let k = 0; k < this.params.length; k++) {
      const p = this.params[k];
      const w = p.value, g = p.grad, m = this.m[k], v = this.v[k];
      const wd = p.decay ? lambda : 0;
      for (let i = 0; i < w.length; i++) {
        const gi = g[i] + wd * w[i];
        const mi = b1 * m[i] + (1 - b1) * gi;
        const vi = b2 * v[i] + (1 - b2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        w[i] -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
      }
    }
  }
}
