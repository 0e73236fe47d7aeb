import type { LayerConfig, ModelName } from '../geometry';
import { buildModel, createOptimizer, type Param, type Sequential } from '../tiled';
import type { KernelBackend } from '../tiled/kernels';
import { isKernelChoice, loadKernels, type KernelChoice } from '../wasm';
import type { EngineFactory } from './engine-types';

/** Explicit layer lists train on MNIST-shaped input. */
export const MNIST_INPUT_SHAPE = [28, 28, 1];

/** The tiled engine on the JavaScript kernels, as the loop, backends and replicas see it. */
export const tiledEngine: EngineFactory<Sequential> = tiledEngineOn(undefined);

/**
 * The tiled engine whose models run on `kernels` (src/wasm's loadKernels; undefined: the
 * JavaScript kernels). Its `withKernels` loads another choice, as replica threads do.
 */
export function tiledEngineOn(kernels: KernelBackend | undefined): EngineFactory<Sequential> {
  return {
    buildModel: (spec, { seed, maxBatch }) =>
      typeof spec === 'string'
        ? buildModel(spec as ModelName, { seed, maxBatch, kernels })
        : buildModel(spec as LayerConfig[], { seed, maxBatch, inputShape: MNIST_INPUT_SHAPE, kernels }),
    // Parameters handed to an optimizer always come from this engine's models, so they are
    // full tiled Params (with shape and decay), not just the loop's structural view.
    createOptimizer: (params, settings) => createOptimizer(params as Param[], settings),
    kernels: kernels?.info.kind ?? 'js',
    withKernels: (choice) => loadTiledEngine(choice),
  };
}

/** The tiled engine on the kernels `choice` resolves to ('auto': the fastest this engine runs; see src/wasm). */
export async function loadTiledEngine(choice: KernelChoice | string = 'auto'): Promise<EngineFactory<Sequential> & { kernelInfo: KernelBackend['info'] }> {
  if (!isKernelChoice(choice)) throw new RangeError(`unknown kernels "${choice}"; use auto, js, simd or relaxed`);
  const backend = await loadKernels(choice);
  return { ...tiledEngineOn(backend), kernelInfo: backend.info };
}
