/** Named course models (geometry's MODELS) or explicit configs, as tiled Sequential models. */
import { MODELS, type LayerConfig, type ModelName } from '../geometry';
import type { KernelBackend } from './kernels';
import { Sequential } from './sequential';

export interface BuildModelOptions {
  seed: number;
  maxBatch: number;
  /** Channels last; required with explicit configs, defaults to the named model's. */
  inputShape?: number[];
  buffer?: ArrayBufferLike;
  initialize?: boolean;
  /** The kernels to run on (src/wasm's loadKernels); default the JavaScript kernels. */
  kernels?: KernelBackend;
}

export function buildModel(model: ModelName | LayerConfig[], opts: BuildModelOptions): Sequential {
  if (typeof model === 'string') {
    if (!Object.hasOwn(MODELS, model)) throw new RangeError(`unknown model "${model}"; known models are ${Object.keys(MODELS).join(', ')}`);
    const definition = MODELS[model];
    return Sequential.fromConfigs(definition.layers, opts.inputShape ?? definition.inputShape, opts);
  }
  if (opts.inputShape === undefined) throw new RangeError('buildModel with explicit layer configs needs opts.inputShape');
  return Sequential.fromConfigs(model, opts.inputShape, opts);
}
