/** Every course model (geometry's MODELS) builds in the tiled engine with Keras's parameter count, or is refused by name. */
import { describe, expect, it } from 'vitest';
import { MODEL_NAMES, MODELS, summary } from '../../../src/geometry';
import { buildModel } from '../../../src/tiled';

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
