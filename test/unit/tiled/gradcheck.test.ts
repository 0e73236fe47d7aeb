/**
 * Centred-difference checks of the whole model's loss: for sampled parameters (and input
 * pixels through a first layer that needs dL/dx), (L(w + h) − L(w − h)) / 2h must match the
 * gradient backward() computed. The loss is evaluated in 'train' mode with the dropout mask
 * fixed by reseeding before every forward pass. Every kernel backend (JavaScript, WebAssembly
 * SIMD and relaxed SIMD) is checked.
 */
import { describe, expect, it } from 'vitest';
import type { LayerConfig } from '../../../src/geometry';
import { buildModel, Sequential } from '../../../src/tiled';
import type { KernelBackend } from '../../../src/tiled/kernels';
import { createRng, randomArray } from './helpers';
import { KERNEL_BACKENDS } from './kernel-backends';

function lossAt(model: Sequential, x: Float32Array, labels: Int32Array, batch: number): number {
  model.setSeed(11);
  model.forward(x, batch, 'train');
  return model.backward(labels, batch);
}

/**
 * Checks `samples` entries of every parameter tensor; returns the worst relative error seen.
 * Models with ReLU and max pooling need a small step so that no unit crosses its kink.
 */
function gradientCheck(model: Sequential, batch: number, seed: number, samples = 6, step = 1e-2): number {
  const rng = createRng(seed);
  const x = randomArray(rng, batch * model.inputSize);
  const labels = Int32Array.from({ length: batch }, () => rng.int(0, model.outputSize - 1));
  lossAt(model, x, labels, batch);
  const analytic = model.parameters().map((p) => Float64Array.from(p.grad));
  let worst = 0;
  model.parameters().forEach((p, k) => {
    for (let t = 0; t < samples; t++) {
      const i = rng.int(0, p.value.length - 1);
      const w = p.value[i];
      p.value[i] = w + step;
      const up = p.value[i];
      const lossUp = lossAt(model, x, labels, batch);
      p.value[i] = w - step;
      const down = p.value[i];
      const lossDown = lossAt(model, x, labels, batch);
      p.value[i] = w;
      const numeric = (lossUp - lossDown) / (up - down);
      // Relative error, with an absolute floor of 0.1 for gradients near zero (Float32 activations).
      const error = Math.abs(numeric - analytic[k][i]) / Math.max(0.1, Math.abs(numeric) + Math.abs(analytic[k][i]));
      if (error > worst) worst = error;
      expect(error, `${p.name}[${i}]: numeric ${numeric}, backward ${analytic[k][i]}`).toBeLessThan(2e-2);
    }
  });
  return worst;
}

describe.each(KERNEL_BACKENDS.map((b) => [b.info.kind, b] as const))('centred-difference gradient checks of the whole loss (%s kernels)', (_, kernels: KernelBackend) => {
  const model = (layers: LayerConfig[], inputShape: number[]): Sequential => Sequential.fromConfigs(layers, inputShape, { seed: 3, maxBatch: 4, kernels });

  it('lenet5 (conv, ReLU, max pooling, dense)', () => {
    gradientCheck(buildModel('lenet5', { seed: 5, maxBatch: 3, kernels }), 2, 1, 4, 3e-4);
  });

  it('lenet5-classic (zero padding, tanh, average pooling, folded softmax)', () => {
    gradientCheck(buildModel('lenet5-classic', { seed: 5, maxBatch: 2, kernels }), 2, 2, 4);
  });

  it('BatchNormalization after a bias-free convolution and dense layer, with LeakyReLU', () => {
    gradientCheck(model([
      { type: 'conv2d', filters: 3, kernelSize: 3, padding: 'same', useBias: false },
      { type: 'batchNormalization' },
      { type: 'leakyReLU', alpha: 0.3 },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 6, useBias: false },
      { type: 'batchNormalization', epsilon: 1e-2 },
      { type: 'activation', activation: 'tanh' },
      { type: 'dense', units: 4 },
    ], [6, 6, 2]), 4, 3);
  });

  it('Dropout with a fixed mask, tanh and sigmoid dense layers', () => {
    gradientCheck(model([
      { type: 'dense', units: 12, activation: 'tanh' },
      { type: 'dropout', rate: 0.4 },
      { type: 'dense', units: 8, activation: 'sigmoid' },
      { type: 'dense', units: 5, activation: 'leakyRelu' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ], [10]), 4, 4);
  });

  it('strided, dilated convolution, average pooling with same padding, global average pooling', () => {
    gradientCheck(model([
      { type: 'zeroPadding2d', padding: [1, 2] },
      { type: 'conv2d', filters: 4, kernelSize: 3, strides: 2, dilationRate: 1, activation: 'sigmoid' },
      { type: 'averagePooling2d', poolSize: 2, strides: 1, padding: 'same' },
      { type: 'conv2d', filters: 5, kernelSize: 2, dilationRate: 2, padding: 'same', activation: 'tanh' },
      { type: 'globalAveragePooling2d' },
      { type: 'dense', units: 3 },
    ], [9, 8, 2]), 3, 5);
  });
});
