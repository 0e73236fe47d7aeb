/**
 * Optimizer steps on a tiny parameter vector against updates worked out by hand, on every
 * kernel backend (the WebAssembly updates run when the params carry a slot in their model's
 * memory, as Sequential gives them), and the vectorised updates against the JavaScript ones.
 */
import { describe, expect, it } from 'vitest';
import { createOptimizer, type OptimizerConfig, type Param } from '../../../src/tiled';
import { JS_BACKEND } from '../../../src/tiled/js-kernels';
import type { KernelBackend } from '../../../src/tiled/kernels';
import { attachParamSlot } from '../../../src/tiled/param-slot';
import { createRng, expectAllClose, randomArray } from './helpers';
import { copyInto, KERNEL_BACKENDS, testWorkspace } from './kernel-backends';

/** Params holding these values and gradients where `backend`'s kernels work on them. */
function paramsOn(backend: KernelBackend, specs: { name: string; value: ArrayLike<number>; grad: ArrayLike<number>; decay: boolean }[]): Param[] {
  const ws = testWorkspace(backend, 1 << 16);
  return specs.map(({ name, value, grad, decay }) => {
    const param: Param = { name, shape: [value.length], value: copyInto(ws, value), grad: copyInto(ws, grad), decay };
    if (backend !== JS_BACKEND) attachParamSlot(param, { kernels: ws.kernels, first: ws.alloc.f32(value.length), second: ws.alloc.f32(value.length) });
    return param;
  });
}

const values = (params: Param[]): number[] => params.flatMap((p) => Array.from(p.value));

function expectValues(params: Param[], expected: number[]): void {
  values(params).forEach((v, i) => expect(v, `value ${i}`).toBeCloseTo(expected[i], 6));
}

describe.each(KERNEL_BACKENDS.map((b) => [b.info.kind, b] as const))('optimizers (%s kernels)', (_, backend) => {
  /** A weight [1, −2] (decays) and a bias [0.5] (does not), with fixed gradients. */
  const tinyParams = (): Param[] => paramsOn(backend, [
    { name: 'w', value: [1, -2], grad: [0.5, 0.25], decay: true },
    { name: 'b', value: [0.5], grad: [-1], decay: false },
  ]);

  it('plain SGD: w − η·g', () => {
    const params = tinyParams();
    createOptimizer(params, { type: 'sgd', lr: 0.1 }).step();
    expectValues(params, [0.95, -2.025, 0.6]);
  });

  it('SGD with momentum 0.9, two steps: v = 0.9·v − η·g', () => {
    const params = tinyParams();
    const opt = createOptimizer(params, { type: 'sgd', lr: 0.1, momentum: 0.9 });
    opt.step(); // v = [−0.05, −0.025, 0.1]
    opt.step(); // v = [−0.095, −0.0475, 0.19]
    expectValues(params, [1 - 0.05 - 0.095, -2 - 0.025 - 0.0475, 0.5 + 0.1 + 0.19]);
  });

  it('Nesterov momentum: w += μ·v − η·g', () => {
    const params = tinyParams();
    const opt = createOptimizer(params, { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true });
    opt.step(); // v = −η·g; w += 0.9·v − η·g = −1.9·η·g
    expectValues(params, [1 - 0.095, -2 - 0.0475, 0.5 + 0.19]);
    opt.step(); // v = 0.9·(−η·g) − η·g = −1.9·η·g; w += 0.9·v − η·g = −2.71·η·g
    expectValues(params, [1 - 0.095 - 0.1355, -2 - 0.0475 - 0.06775, 0.5 + 0.19 + 0.271]);
  });

  it('L2 weight decay adds λ·w to the gradient of weights only', () => {
    const params = tinyParams();
    createOptimizer(params, { type: 'sgd', lr: 0.1, weightDecay: 0.1 }).step();
    // w: g + 0.1·w = [0.6, 0.05]; bias unchanged by decay
    expectValues(params, [1 - 0.06, -2 - 0.005, 0.6]);
  });

  it('Adam: bias-corrected first step moves each value by about η against its gradient sign', () => {
    const params = tinyParams();
    const opt = createOptimizer(params, { type: 'adam', lr: 0.01, epsilon: 1e-8 });
    opt.step(); // m̂ = g, v̂ = g² → Δ = −η·g / (|g| + ε)
    expectValues(params, [1 - 0.01, -2 - 0.01, 0.5 + 0.01]);
  });

  it('Adam: a second step with a new gradient', () => {
    const params = tinyParams();
    const opt = createOptimizer(params, { type: 'adam', lr: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    opt.step();
    params[0].grad[0] = -0.5; // the first weight's gradient flips
    opt.step();
    // m = 0.9·0.05 + 0.1·(−0.5) = −0.005, m̂ = −0.005 / 0.19 = −0.0263158
    // v = 0.999·0.00025 + 0.001·0.25 = 0.00049975, v̂ = 0.00049975 / 0.001999 = 0.25000
    // Δ = −0.01 · (−0.0263158) / (0.5 + 1e-8) = +0.000526316
    const mHat = -0.005 / (1 - 0.81);
    const vHat = (0.999 * 0.00025 + 0.001 * 0.25) / (1 - 0.999 ** 2);
    expect(params[0].value[0]).toBeCloseTo(0.99 - (0.01 * mHat) / (Math.sqrt(vHat) + 1e-8), 6);
    expect(params[0].value[0]).toBeCloseTo(0.990526316, 6);
  });

  it('setLearningRate changes later steps', () => {
    const params = tinyParams();
    const opt = createOptimizer(params, { type: 'sgd', lr: 0.1 });
    opt.setLearningRate(0.2);
    expect(opt.config.lr).toBe(0.2);
    opt.step();
    expectValues(params, [0.9, -2.05, 0.7]);
  });
});

describe.each(KERNEL_BACKENDS.filter((b) => b !== JS_BACKEND).map((b) => [b.info.kind, b] as const))(
  'vectorised optimizer updates (%s kernels)', (_, backend) => {
    const CONFIGS: OptimizerConfig[] = [
      { type: 'sgd', lr: 0.1, weightDecay: 0.01 },
      { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 5e-4 },
      { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true },
      { type: 'adam', lr: 0.003, weightDecay: 1e-4 },
    ];
    it.each(CONFIGS)('match the JavaScript updates over 3 steps on 4-lane and leftover values: %o', (config) => {
      const rng = createRng(9);
      // 19 values: four full vectors and a 3-value tail; the bias has 2 (tail only).
      const specs = [
        { name: 'w', value: randomArray(rng, 19), grad: randomArray(rng, 19), decay: true },
        { name: 'b', value: randomArray(rng, 2), grad: randomArray(rng, 2), decay: false },
      ];
      const wasm = paramsOn(backend, specs), js = paramsOn(JS_BACKEND, specs);
      const a = createOptimizer(wasm, config), b = createOptimizer(js, config);
      for (let step = 0; step < 3; step++) {
        a.step();
        b.step();
      }
      wasm.forEach((p, k) => expectAllClose(p.value, js[k].value, 1e-6, `${p.name}`));
    });
  },
);
