/**
 * runImage's layers have the geometry's shapes (CURRICULUM §9/§10 for the modern LeNet-5),
 * and their display values are the raw values scaled as documented.
 */
import { describe, expect, test } from 'vitest';
import { MODELS, summary } from '../../../src/geometry';
import { firstLayerFilters, runImage } from '../../../src/inference';
import { buildModel } from '../../../src/tiled';

/** A 28×28 input with a vertical bar of ink, like a drawn "1". */
function bar(): Float32Array {
  const x = new Float32Array(784);
  for (let r = 4; r < 24; r++) for (let c = 13; c < 16; c++) x[r * 28 + c] = 1;
  return x;
}

describe('runImage on LeNet-5', () => {
  const model = buildModel('lenet5', { seed: 3, maxBatch: 1 });
  const result = runImage(model, bar());

  test('gives one entry per layer with the shapes of the summary (channels first)', () => {
    expect(result.layers.map((l) => l.name)).toEqual([
      'conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'flatten', 'dense', 'dense_1', 'dense_2',
    ]);
    // CURRICULUM: 6@28×28, 6@14×14, 16@10×10, 16@5×5, flatten 400, 120, 84, 10.
    expect(result.layers.map((l) => l.shape)).toEqual([[6, 28, 28], [6, 14, 14], [16, 10, 10], [16, 5, 5], [400], [120], [84], [10]]);
    const rows = summary(MODELS.lenet5.layers, MODELS.lenet5.inputShape).rows;
    result.layers.forEach((layer, i) => {
      const keras = rows[i].outputShape;
      const expected = keras.length === 3 ? [keras[2], keras[0], keras[1]] : keras;
      expect(layer.shape).toEqual(expected);
      expect(layer.values.length).toBe(expected.reduce((a, b) => a * b, 1));
      expect(layer.kind).toBe(keras.length === 3 ? 'maps' : 'vector');
    });
  });

  test('marks the flattened vector with the maps it came from', () => {
    const flatten = result.layers[4];
    expect(flatten.flattenedFrom).toEqual([16, 5, 5]);
    // Flatten only reorders: its values are the pooled maps' values in NCHW order.
    expect(Array.from(flatten.values)).toEqual(Array.from(result.layers[3].values));
  });

  test('scales ReLU layers to 0..1 by the layer maximum, and signed logits by the largest magnitude', () => {
    const conv = result.layers[0];
    expect(conv.signed).toBe(false);
    expect(conv.min).toBeGreaterThanOrEqual(0);
    const top = Math.max(...conv.values);
    conv.values.forEach((v, i) => expect(conv.display[i]).toBeCloseTo(v / top, 6));
    const logits = result.layers[7];
    expect(logits.signed).toBe(true);
    const reach = Math.max(...Array.from(logits.values, Math.abs));
    logits.values.forEach((v, i) => expect(logits.display[i]).toBeCloseTo(v / reach, 6));
    expect(Array.from(result.logits)).toEqual(Array.from(logits.values));
  });

  test('probabilities are the softmax of the logits, and predicted is their argmax', () => {
    const exps = Array.from(result.logits, (v) => Math.exp(v));
    const sum = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, i) => expect(result.probabilities[i]).toBeCloseTo(e / sum, 6));
    expect(result.predicted).toBe(exps.indexOf(Math.max(...exps)));
  });

  test('per-channel scaling puts every non-zero map at a maximum of 1', () => {
    const perChannel = runImage(model, bar(), { scale: 'channel' }).layers[0];
    for (let c = 0; c < 6; c++) {
      const block = perChannel.display.subarray(c * 784, (c + 1) * 784);
      const raw = perChannel.values.subarray(c * 784, (c + 1) * 784);
      expect(Math.max(...block)).toBeCloseTo(Math.max(...raw) > 0 ? 1 : 0, 6);
    }
  });

  test('refuses an input of the wrong length or with a value that is not a number', () => {
    expect(() => runImage(model, new Float32Array(783))).toThrow('the model takes 784 input values, got 783');
    const x = bar();
    x[5] = Number.NaN;
    expect(() => runImage(model, x)).toThrow('input value 5 is NaN');
  });
});

describe('firstLayerFilters', () => {
  test('returns the 6 kernels of 5×5 of LeNet-5 scaled by the largest magnitude', () => {
    const model = buildModel('lenet5', { seed: 3, maxBatch: 1 });
    const bank = firstLayerFilters(model)!;
    expect([bank.name, bank.filters, bank.inChannels, bank.kernelHeight, bank.kernelWidth]).toEqual(['conv2d', 6, 1, 5, 5]);
    const kernel = model.parameters()[0].value;
    expect(Array.from(bank.weights)).toEqual(Array.from(kernel));
    const maxAbs = Math.max(...Array.from(kernel, Math.abs));
    expect(bank.maxAbs).toBeCloseTo(maxAbs, 7);
    expect(Math.max(...Array.from(bank.display, Math.abs))).toBeCloseTo(1, 6);
    expect(bank.bias?.length).toBe(6);
  });

  test('is null for a model without convolutions', () => {
    expect(firstLayerFilters(buildModel('mlp', { seed: 1, maxBatch: 1 }))).toBeNull();
  });
});
