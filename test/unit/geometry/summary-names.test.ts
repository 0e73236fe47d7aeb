import { describe, expect, it } from 'vitest';
import { kerasLayerNames, kerasNameStem, summary, type LayerConfig } from '../../../src/geometry';

describe("Keras's automatic layer names", () => {
  it('counts each class across the model: conv2d, conv2d_1, dense, dense_1, dense_2', () => {
    const layers: LayerConfig[] = [
      { type: 'conv2d', filters: 4, kernelSize: 3 },
      { type: 'conv2d', filters: 4, kernelSize: 3 },
      { type: 'flatten' },
      { type: 'dense', units: 8 },
      { type: 'dense', units: 8 },
      { type: 'dense', units: 2 },
    ];
    expect(summary(layers, [8, 8, 1]).rows.map((row) => row.name)).toEqual([
      'conv2d',
      'conv2d_1',
      'flatten',
      'dense',
      'dense_1',
      'dense_2',
    ]);
  });

  it('turns every class name into the snake_case stem Keras uses', () => {
    const expected: Record<string, string> = {
      Conv2D: 'conv2d',
      Conv1D: 'conv1d',
      MaxPooling2D: 'max_pooling2d',
      AveragePooling2D: 'average_pooling2d',
      MaxPooling1D: 'max_pooling1d',
      GlobalAveragePooling2D: 'global_average_pooling2d',
      GlobalMaxPooling2D: 'global_max_pooling2d',
      BatchNormalization: 'batch_normalization',
      Activation: 'activation',
      ReLU: 're_lu',
      LeakyReLU: 'leaky_re_lu',
      ZeroPadding2D: 'zero_padding2d',
      Dropout: 'dropout',
      Flatten: 'flatten',
      Dense: 'dense',
    };
    for (const [className, stem] of Object.entries(expected)) expect(kerasNameStem(className), className).toBe(stem);
  });

  it('keeps an explicit name, which does not use up a number', () => {
    const names = kerasLayerNames([
      { type: 'dense', units: 4, name: 'hidden' },
      { type: 'dense', units: 4 },
      { type: 'dense', units: 4 },
    ]);
    expect(names).toEqual(['hidden', 'dense', 'dense_1']);
  });

  it('names the rows of a mixed model with class names and pooling counters', () => {
    const layers: LayerConfig[] = [
      { type: 'conv2d', filters: 8, kernelSize: 3, padding: 'same' },
      { type: 'batchNormalization' },
      { type: 'reLU' },
      { type: 'maxPooling2d' },
      { type: 'conv2d', filters: 8, kernelSize: 3, padding: 'same' },
      { type: 'activation', activation: 'relu' },
      { type: 'maxPooling2d' },
      { type: 'globalAveragePooling2d' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ];
    const model = summary(layers, [16, 16, 3]);
    expect(model.rows.map((row) => `${row.name} (${row.className})`)).toEqual([
      'conv2d (Conv2D)',
      'batch_normalization (BatchNormalization)',
      're_lu (ReLU)',
      'max_pooling2d (MaxPooling2D)',
      'conv2d_1 (Conv2D)',
      'activation (Activation)',
      'max_pooling2d_1 (MaxPooling2D)',
      'global_average_pooling2d (GlobalAveragePooling2D)',
      'dense (Dense)',
    ]);
  });
});

describe('trainable and non-trainable parameters', () => {
  it("BatchNormalization's moving mean and variance are non-trainable", () => {
    const layers: LayerConfig[] = [
      { type: 'conv2d', filters: 8, kernelSize: 3 },
      { type: 'batchNormalization' },
      { type: 'flatten' },
      { type: 'dense', units: 2 },
    ];
    const model = summary(layers, [5, 5, 1]);
    const conv = (3 * 3 * 1 + 1) * 8;
    const dense = 3 * 3 * 8 * 2 + 2;
    expect(model.rows[1].params).toBe(4 * 8);
    expect(model.rows[1].trainableParams).toBe(2 * 8);
    expect(model.totalParams).toBe(conv + 32 + dense);
    expect(model.trainableParams).toBe(conv + 16 + dense);
    expect(model.nonTrainableParams).toBe(16);
  });

  it('useBias: false drops one weight per filter or unit', () => {
    const model = summary(
      [
        { type: 'conv2d', filters: 4, kernelSize: 3, useBias: false },
        { type: 'flatten' },
        { type: 'dense', units: 2, useBias: false },
      ],
      [4, 4, 2],
    );
    expect(model.rows.map((row) => row.params)).toEqual([3 * 3 * 2 * 4, 0, 2 * 2 * 4 * 2]);
  });
});
