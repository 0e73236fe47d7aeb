/** Sequential: shapes, batching, shared parameter buffers, dropout modes, initialisation and errors. */
import { describe, expect, it } from 'vitest';
import { LayerConfigError, type LayerConfig } from '../../../src/geometry';
import { buildModel, createOptimizer, parameterBufferBytes, Sequential } from '../../../src/tiled';
import { createRng, expectAllClose, randomArray } from './helpers';

const std = (a: Float32Array): number => {
  const mean = a.reduce((s, v) => s + v, 0) / a.length;
  return Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
};

describe('Sequential', () => {
  it('builds lenet5 with the Keras layer names, NCHW shapes and 61,706 parameters', () => {
    const model = buildModel('lenet5', { seed: 1, maxBatch: 2 });
    expect(model.inputSize).toBe(784);
    expect(model.outputSize).toBe(10);
    expect(model.parameterCount).toBe(61_706);
    model.forward(randomArray(createRng(1), 2 * 784), 2, 'infer');
    expect(model.activations().map((a) => `${a.name} ${a.shape.join('×')} ${a.data.length}`)).toEqual([
      'conv2d 6×28×28 9408', 'max_pooling2d 6×14×14 2352', 'conv2d_1 16×10×10 3200', 'max_pooling2d_1 16×5×5 800',
      'flatten 400 800', 'dense 120 240', 'dense_1 84 168', 'dense_2 10 20',
    ]);
  });

  it('gives each sample of a batch the same logits as on its own', () => {
    const model = buildModel('lenet5-classic', { seed: 4, maxBatch: 5 });
    const x = randomArray(createRng(2), 5 * 784);
    const together = model.forward(x, 5, 'infer').slice();
    for (let s = 0; s < 5; s++) {
      const alone = model.forward(x.subarray(s * 784, (s + 1) * 784), 1, 'infer');
      expectAllClose(alone, together.subarray(s * 10, (s + 1) * 10), 1e-6, `sample ${s}`);
    }
    expect(Array.from(model.predict(x, 5))).toEqual([0, 1, 2, 3, 4].map((s) => {
      const row = Array.from(together.subarray(s * 10, (s + 1) * 10));
      return row.indexOf(Math.max(...row));
    }));
  });

  it('is reproducible from its seed', () => {
    const a = buildModel('lenet5', { seed: 7, maxBatch: 1 }).valueBuffer();
    const b = buildModel('lenet5', { seed: 7, maxBatch: 1 }).valueBuffer();
    const c = buildModel('lenet5', { seed: 8, maxBatch: 1 }).valueBuffer();
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('trains reproducibly: same seed and data, same weights after dropout and Adam steps', () => {
    const run = (): Float32Array => {
      const model = buildModel('keras-c', { seed: 12, maxBatch: 8 });
      const opt = createOptimizer(model.parameters(), { type: 'adam', lr: 0.01 });
      const rng = createRng(4);
      for (let step = 0; step < 3; step++) {
        model.forward(randomArray(rng, 8 * 784), 8, 'train');
        model.backward(Int32Array.from({ length: 8 }, (_, i) => (i + step) % 10), 8);
        opt.step();
      }
      return model.valueBuffer().slice();
    };
    const first = run();
    expect(Array.from(run())).toEqual(Array.from(first));
    expect(Array.from(first)).not.toEqual(Array.from(buildModel('keras-c', { seed: 12, maxBatch: 8 }).valueBuffer()));
  });

  it('initialises ReLU layers with He and tanh layers with Glorot normal, biases with zeros', () => {
    const relu = buildModel('lenet5', { seed: 1, maxBatch: 1 }).parameters();
    // dense: 400 → 120, He σ = √(2/400)
    expect(std(relu[4].value)).toBeCloseTo(Math.sqrt(2 / 400), 2);
    expect(relu[5].value.every((v) => v === 0)).toBe(true);
    const tanh = buildModel('lenet5-classic', { seed: 1, maxBatch: 1 }).parameters();
    // conv2d_2: 16 → 120 channels, 5×5, Glorot σ = √(2/(400 + 3000))
    expect(std(tanh[4].value)).toBeCloseTo(Math.sqrt(2 / 3400), 3);
  });

  it('keeps values and grads in one buffer, which may be shared memory', () => {
    const bytes = parameterBufferBytes([{ type: 'dense', units: 3 }, { type: 'dense', units: 2 }], [4]);
    expect(bytes).toBe(8 * (4 * 3 + 3 + 3 * 2 + 2));
    const shared = new SharedArrayBuffer(bytes);
    const layers: LayerConfig[] = [{ type: 'dense', units: 3 }, { type: 'dense', units: 2 }];
    const first = Sequential.fromConfigs(layers, [4], { seed: 1, maxBatch: 2, buffer: shared });
    const second = Sequential.fromConfigs(layers, [4], { seed: 99, maxBatch: 2, buffer: shared, initialize: false });
    expect(first.parameters()[0].value.buffer).toBe(shared);
    expect(Array.from(second.valueBuffer())).toEqual(Array.from(first.valueBuffer()));
    first.forward(Float32Array.from([1, 2, 3, 4, 4, 3, 2, 1]), 2, 'train');
    first.backward(Int32Array.from([0, 1]), 2);
    expect(second.parameters()[2].grad).toEqual(first.parameters()[2].grad);
    expect(first.gradientBuffer().subarray(12, 15)).toEqual(first.parameters()[1].grad);
    expect(() => Sequential.fromConfigs(layers, [4], { seed: 1, maxBatch: 1, buffer: new ArrayBuffer(8) })).toThrow(/needs 184/);
  });

  it('applies dropout only in training, with a mask fixed by the seed', () => {
    const model = buildModel([{ type: 'dropout', rate: 0.5 }, { type: 'dense', units: 2 }], { seed: 1, maxBatch: 1, inputShape: [64] });
    const x = new Float32Array(64).fill(1);
    model.forward(x, 1, 'infer');
    expect(Array.from(model.activations()[0].data)).toEqual(Array.from(x));
    model.setSeed(5);
    model.forward(x, 1, 'train');
    const masked = Array.from(model.activations()[0].data);
    expect(new Set(masked)).toEqual(new Set([0, 2]));
    model.setSeed(5);
    model.forward(x, 1, 'train');
    expect(Array.from(model.activations()[0].data)).toEqual(masked);
    model.setSeed(6);
    model.forward(x, 1, 'train');
    expect(Array.from(model.activations()[0].data)).not.toEqual(masked);
  });

  it('updates BatchNorm running statistics in training and uses them at inference', () => {
    const model = buildModel([{ type: 'batchNormalization', momentum: 0.5 }, { type: 'dense', units: 2 }], { seed: 1, maxBatch: 2, inputShape: [1] });
    model.forward(Float32Array.from([1, 3]), 2, 'train'); // mean 2, unbiased variance 2
    const [mean, variance] = model.stateTensors().map((t) => t.value[0]);
    expect(mean).toBeCloseTo(0.5 * 0 + 0.5 * 2, 6);
    expect(variance).toBeCloseTo(0.5 * 1 + 0.5 * 2, 6);
    model.forward(Float32Array.from([2]), 1, 'infer');
    // (2 − 1) / √(1.5 + 0.001) with γ = 1, β = 0
    expect(model.activations()[0].data[0]).toBeCloseTo(1 / Math.sqrt(1.501), 5);
  });

  it('explains what it cannot build', () => {
    const build = (layers: LayerConfig[], inputShape: number[]) => () => Sequential.fromConfigs(layers, inputShape, { seed: 1, maxBatch: 1 });
    expect(build([{ type: 'dense', units: 4, activation: 'softmax' }, { type: 'dense', units: 2 }], [3]))
      .toThrow(/layer 1 \(dense\): softmax is only supported as the output activation/);
    expect(build([{ type: 'conv1d', filters: 2, kernelSize: 3 }], [10, 1])).toThrow(/does not support conv1d/);
    expect(build([{ type: 'conv2d', filters: 2, kernelSize: 3 }, { type: 'dense', units: 2 }], [5, 5, 1]))
      .toThrow(/layer 2 \(dense\): needs a flat input/);
    expect(build([{ type: 'conv2d', filters: 2, kernelSize: 7 }], [5, 5, 1])).toThrow(LayerConfigError);
    const model = buildModel('mlp', { seed: 1, maxBatch: 2 });
    expect(() => model.forward(new Float32Array(3 * 784), 3, 'infer')).toThrow(/batch must be an integer in 1..2/);
    model.forward(new Float32Array(784), 1, 'infer');
    expect(() => model.backward(Int32Array.from([1]), 1)).toThrow(/backward needs forward\(x, 1, 'train'\) first/);
    model.forward(new Float32Array(784), 1, 'train');
    expect(() => model.backward(Int32Array.from([10]), 1)).toThrow(/label 0 is 10/);
    const regression = buildModel('keras-d', { seed: 1, maxBatch: 1 });
    regression.forward(new Float32Array(5), 1, 'train');
    expect(() => regression.backward(Int32Array.from([0]), 1)).toThrow(/needs at least 2 classes, but this model has 1 output/);
  });
});
