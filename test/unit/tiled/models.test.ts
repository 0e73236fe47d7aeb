/** Every course model (geometry's MODELS) builds in the tiled engine with Keras's parameter count, or is refused by name. */
import { describe, expect, it } from 'vitest';
import { MODEL_NAMES, MODELS, summary } from '../../../src/geometry';
import { buildModel } from '../../../src/tiled';
import { createRng, expectAllClose, randomArray } from './helpers';
import { KERNEL_BACKENDS } from './kernel-backends';

// AlexNet's 62 million parameters are left to the geometry tests: building them here would
// take most of the unit suite's time for nothing the smaller models do not cover.
const names = MODEL_NAMES.filter((name) => name !== 'alexnet');

describe('course models in the tiled engine', () => {
  names.forEach((name) => it(name, () => {
    const { layers, inputShape } = MODELS[name];
    if (layers.some((layer) => layer.type === 'conv1d')) {
      expect(() => buildModel(name, { seed: 1, maxBatch: 1 })).toThrow(/does not support conv1d layers/);
      return;
    }
    const model = buildModel(name, { seed: 1, maxBatch: 1 });
    expect(model.parameterCount).toBe(summary(layers, inputShape).totalParams);
    const channelsLast = summary(layers, inputShape).rows.at(-1)!.outputShape;
    expect(model.outputSize).toBe(channelsLast.reduce((a, b) => a * b, 1));
  }));
});

/**
 * On every kernel backend each course model builds (for WebAssembly: a measuring build, then
 * one in a memory of the measured size, which would throw if the two asked for different
 * buffers), trains a step and predicts like the JavaScript kernels.
 */
describe.each(KERNEL_BACKENDS.map((b) => [b.info.kind, b] as const))('course models on the %s kernels', (_, kernels) => {
  const trainable = names.filter((name) => !MODELS[name].layers.some((layer) => layer.type === 'conv1d'));
  trainable.forEach((name) => it(`${name}: a training step and an inference pass match the JavaScript kernels`, () => {
    const reference = buildModel(name, { seed: 2, maxBatch: 3 });
    const model = buildModel(name, { seed: 2, maxBatch: 3, kernels });
    expect(model.kernelInfo.kind).toBe(kernels.info.kind);
    const x = randomArray(createRng(4), 3 * model.inputSize);
    const logits = Array.from(reference.forward(x, 3, 'infer'));
    expectAllClose(model.forward(x, 3, 'infer'), logits, 1e-4, `${name} logits`);
    if (model.outputSize < 2) return; // regression and sigmoid outputs cannot be trained (see README)
    const labels = Int32Array.from([0, 1, model.outputSize - 1]);
    reference.forward(x, 3, 'train');
    model.forward(x, 3, 'train');
    expect(model.backward(labels, 3)).toBeCloseTo(reference.backward(labels, 3), 4);
    expectAllClose(model.gradientBuffer(), reference.gradientBuffer(), 1e-4, `${name} gradients`);
  }));
});
