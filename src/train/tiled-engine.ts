import type { LayerConfig, ModelName } from '../geometry';
import { buildModel, createOptimizer, type Param, type Sequential } from '../tiled';
import type { EngineFactory } from './engine-types';

/** Explicit layer lists train on MNIST-shaped input. */
export const MNIST_INPUT_SHAPE = [28, 28, 1];

/** The tiled engine as the loop, backends and replicas see it. */
export const tiledEngine: EngineFactory<Sequential> = {
  buildModel: (spec, { seed, maxBatch }) =>
    typeof spec === 'string'
      ? buildModel(spec as ModelName, { seed, maxBatch })
      : buildModel(spec as LayerConfig[], { seed, maxBatch, inputShape: MNIST_INPUT_SHAPE }),
  // Parameters handed to an optimizer always come from this engine's models, so they are
  // full tiled Params (with shape and decay), not just the loop's structural view.
  createOptimizer: (params, settings) => createOptimizer(params as Param[], settings),
};
