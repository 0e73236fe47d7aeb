/**
 * Short seeded training runs on synthetic, separable data (no MNIST here: src/data has its
 * own check): class k is a bright 6×6 square at one of ten positions, jittered by up to two
 * pixels, on uniform noise. Learning must take every model well above chance (10%), and the
 * WebAssembly kernels must follow the JavaScript kernels' loss curve from the same seed.
 */
import { describe, expect, it } from 'vitest';
import type { ModelName } from '../../../src/geometry';
import { buildModel, createOptimizer, type OptimizerConfig } from '../../../src/tiled';
import { JS_BACKEND } from '../../../src/tiled/js-kernels';
import type { KernelBackend } from '../../../src/tiled/kernels';
import { createRng, expectAllClose } from './helpers';
import { KERNEL_BACKENDS } from './kernel-backends';

const SIDE = 28;
const CORNERS = [[2, 2], [2, 11], [2, 20], [11, 2], [11, 11], [11, 20], [20, 2], [20, 11], [20, 20], [6, 15]];

function syntheticSquares(count: number, seed: number): { x: Float32Array; labels: Uint8Array } {
  const rng = createRng(seed);
  const x = new Float32Array(count * SIDE * SIDE);
  const labels = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    const label = s % 10;
    labels[s] = label;
    const base = s * SIDE * SIDE;
    for (let i = 0; i < SIDE * SIDE; i++) x[base + i] = 0.3 * rng.next();
    const top = CORNERS[label][0] + rng.int(-2, 2), left = CORNERS[label][1] + rng.int(-2, 2);
    for (let y = Math.max(0, top); y < Math.min(SIDE, top + 6); y++) {
      for (let c = Math.max(0, left); c < Math.min(SIDE, left + 6); c++) x[base + y * SIDE + c] = 1;
    }
  }
  return { x, labels };
}

function train(name: ModelName, optimizer: OptimizerConfig, epochs: number): { firstLoss: number; lastLoss: number; accuracy: number } {
  const batch = 32;
  const data = syntheticSquares(320, 1);
  const test = syntheticSquares(200, 2);
  const model = buildModel(name, { seed: 3, maxBatch: batch });
  const opt = createOptimizer(model.parameters(), optimizer);
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let start = 0; start < 320; start += batch) {
      model.forward(data.x.subarray(start * 784, (start + batch) * 784), batch, 'train');
      losses.push(model.backward(data.labels.subarray(start, start + batch), batch));
      opt.step();
    }
  }
  const predictions = model.predict(test.x, 200);
  const correct = predictions.reduce((n, p, i) => n + (p === test.labels[i] ? 1 : 0), 0);
  return { firstLoss: losses[0], lastLoss: losses[losses.length - 1], accuracy: correct / 200 };
}

describe('seeded training on synthetic squares', () => {
  it('lenet5 with SGD + Nesterov momentum reaches ≥ 95% held-out accuracy in 4 epochs', () => {
    const run = train('lenet5', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, 4);
    expect(run.firstLoss).toBeGreaterThan(2);
    expect(run.lastLoss).toBeLessThan(0.5);
    expect(run.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('mlp with Adam and weight decay reaches ≥ 90% held-out accuracy in 4 epochs', () => {
    const run = train('mlp', { type: 'adam', lr: 0.003, weightDecay: 1e-4 }, 4);
    expect(run.lastLoss).toBeLessThan(run.firstLoss / 3);
    expect(run.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});

/** The loss of each of `steps` training steps at batch 8, cycling through 320 synthetic images. */
function lossCurve(name: ModelName, optimizer: OptimizerConfig, kernels: KernelBackend, steps: number): Float64Array {
  const batch = 8;
  const data = syntheticSquares(320, 1);
  const model = buildModel(name, { seed: 5, maxBatch: batch, kernels });
  expect(model.kernelInfo.kind).toBe(kernels.info.kind);
  const opt = createOptimizer(model.parameters(), optimizer);
  const losses = new Float64Array(steps);
  for (let step = 0; step < steps; step++) {
    const start = (step * batch) % 320;
    model.forward(data.x.subarray(start * 784, (start + batch) * 784), batch, 'train');
    losses[step] = model.backward(data.labels.subarray(start, start + batch), batch);
    opt.step();
  }
  return losses;
}

const WASM_BACKENDS = KERNEL_BACKENDS.filter((b) => b !== JS_BACKEND).map((b) => [b.info.kind, b] as const);
/**
 * Learning rates that keep these small-batch runs away from the edge of stability. There
 * (lenet5 at lr 0.02–0.05 on batches of 8) the loss spikes now and then, and at each spike a
 * 1e-7 rounding difference between the kernels grows 10–100×, up to 1e-2 within 100 steps: a
 * chaotic divergence that says nothing about the kernels. At lr 0.005 the largest difference
 * over seven seeds was 7e-5.
 */
const RUNS: [ModelName, OptimizerConfig][] = [
  ['lenet5', { type: 'sgd', lr: 0.005, momentum: 0.9, nesterov: true, weightDecay: 5e-4 }],
  ['mlp', { type: 'adam', lr: 0.003, weightDecay: 1e-4 }],
  // tanh, average pooling and zero padding run on the JavaScript kernels inside a WebAssembly model
  ['lenet5-classic', { type: 'sgd', lr: 0.05, momentum: 0.9 }],
];

describe.each(WASM_BACKENDS)('%s kernels train like the JavaScript kernels', (_, backend) => {
  it.each(RUNS)('%s: the same loss at each of 100 steps from the same seed', (name, optimizer) => {
    const js = lossCurve(name, optimizer, JS_BACKEND, 100);
    const wasm = lossCurve(name, optimizer, backend, 100);
    // Float32 sums in another order drift apart slowly; a wrong kernel is off by far more.
    expectAllClose(wasm, js, 1e-3, `${name} loss`);
    expect(js[99]).toBeLessThan(js[0] / 2);
  });
});
