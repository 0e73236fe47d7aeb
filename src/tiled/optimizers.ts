/**
 * Optimizers that update Params in place from their grads (after Sequential.backward).
 * L2 weight decay adds λ·w to the gradient of decaying params (weights, not biases or
 * BatchNorm parameters): g = ∇L + λ·w.
 *   SGD           v ← μ·v − η·g;  w ← w + v               (μ = 0: plain SGD)
 *   SGD Nesterov  v ← μ·v − η·g;  w ← w + μ·v − η·g       (Keras's formulation)
 *   Adam          m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε),
 *                 m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)           (Kingma & Ba, Algorithm 1)
 */
import { jsKernels } from './js-kernels';
import type { Kernels } from './kernels';
import type { Param } from './layer';
import { paramSlot } from './param-slot';

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

/**
 * Where one param's update runs: on its model's kernels with state in the model's memory
 * (param-slot.ts; reset to zero here, so one optimizer per model at a time), or on the
 * JavaScript kernels with fresh heap arrays. `size` is the state length (0 when unused).
 */
interface Updater {
  kernels: Kernels;
  first: Float32Array;
  second: Float32Array;
}

function updater(p: Param, size: number): Updater {
  const slot = paramSlot(p);
  if (slot === undefined) return { kernels: jsKernels, first: new Float32Array(size), second: new Float32Array(size) };
  slot.first.fill(0);
  slot.second.fill(0);
  return slot;
}

class Sgd implements Optimizer {
  private readonly updaters: Updater[];

  constructor(private readonly params: Param[], readonly config: Extract<OptimizerConfig, { type: 'sgd' }>) {
    const momentum = (config.momentum ?? 0) > 0;
    this.updaters = params.map((p) => updater(p, momentum ? p.value.length : 0));
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
      const p = this.params[k], u = this.updaters[k];
      u.kernels.sgdStep(p.value, p.grad, u.first, lr, mu, p.decay ? lambda : 0, nesterov);
    }
  }
}

class Adam implements Optimizer {
  private readonly updaters: Updater[];
  private t = 0;

  constructor(private readonly params: Param[], readonly config: Extract<OptimizerConfig, { type: 'adam' }>) {
    this.updaters = params.map((p) => updater(p, p.value.length));
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
      const p = this.params[k], u = this.updaters[k];
      u.kernels.adamStep(p.value, p.grad, u.first, u.second, lr, b1, b2, eps, p.decay ? lambda : 0, c1, c2);
    }
  }
}
