import { describe, expect, it } from 'vitest';
import { MODELS, MODEL_NAMES, summary, toChannelsFirst } from '../../../src/geometry';

describe('MODELS', () => {
  it('holds exactly the courses’ models', () => {
    expect([...MODEL_NAMES].sort()).toEqual(
      ['alexnet', 'keras-a', 'keras-b', 'keras-c', 'keras-d', 'keras-e', 'lenet5', 'lenet5-classic', 'mlp', 'traffic-1d'].sort(),
    );
  });

  it('every model summarises and has both English and Korean descriptions', () => {
    for (const name of MODEL_NAMES) {
      const { layers, inputShape, description } = MODELS[name];
      expect(summary(layers, inputShape).rows.length, name).toBe(layers.length);
      expect(description.en.length, name).toBeGreaterThan(10);
      expect(description.ko, name).toMatch(/[가-힣]/);
    }
  });

  it('the models the tiled engine trains on MNIST end in 10 linear outputs', () => {
    for (const name of ['lenet5', 'mlp'] as const) {
      const last = MODELS[name].layers.at(-1);
      expect(last?.type).toBe('dense');
      expect(last && 'activation' in last ? last.activation : undefined).toBeUndefined();
      expect(MODELS[name].inputShape).toEqual([28, 28, 1]);
    }
  });

  it('mlp: 784 → 128 → 32 → 10, total 104,938', () => {
    const model = summary(MODELS.mlp.layers, MODELS.mlp.inputShape);
    expect(model.rows.map((row) => row.outputShape[0])).toEqual([784, 128, 32, 10]);
    expect(model.totalParams).toBe(784 * 128 + 128 + 128 * 32 + 32 + 32 * 10 + 10);
  });
});

describe('toChannelsFirst', () => {
  it('moves channels to the front for the NCHW engine', () => {
    expect(toChannelsFirst([28, 28, 1])).toEqual([1, 28, 28]);
    expect(toChannelsFirst([288, 32])).toEqual([32, 288]);
    expect(toChannelsFirst([10])).toEqual([10]);
  });
});
