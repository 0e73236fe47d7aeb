/**
 * Where the element's layers come from: a course model by name (model="lenet5") or a
 * JSON layer list (layers='[…]') with input-shape. Bad input becomes a readable message
 * instead of an exception, as every ConvLab element promises.
 */
import { MODELS, MODEL_NAMES, type LayerConfig, type ModelName } from '../src/geometry';
import type { Params } from '../src/i18n';
import type { ModelsKey } from '../src/i18n/models';
import { UnparsedJson } from './shared/json-attribute';

/** A message to translate when rendering, so switching language re-words it. */
export interface SourceProblem {
  key: ModelsKey;
  params?: Params;
}

export type ModelSource =
  | { ok: true; layers: LayerConfig[]; inputShape: number[]; model: ModelName | null }
  | { ok: false; problem: SourceProblem };

const DEFAULT_INPUT_SHAPE = [28, 28, 1];

export function resolveSource(model: string | null | undefined, layers: unknown, inputShape: unknown): ModelSource {
  const fail = (key: ModelsKey, params?: Params): ModelSource => ({ ok: false, problem: { key, params } });
  const named = model && Object.hasOwn(MODELS, model) ? MODELS[model as ModelName] : undefined;
  if (model && !named) {
    return fail('errorUnknownModel', { name: model, names: MODEL_NAMES.join(', ') });
  }
  if (inputShape instanceof UnparsedJson) {
    return fail('errorJson', { attribute: 'input-shape', detail: inputShape.reason });
  }
  if (inputShape !== null && inputShape !== undefined && !isNumberList(inputShape)) {
    return fail('errorInputShape');
  }
  const shape = (inputShape as number[] | null | undefined) ?? named?.inputShape ?? DEFAULT_INPUT_SHAPE;
  if (layers instanceof UnparsedJson) {
    return fail('errorJson', { attribute: 'layers', detail: layers.reason });
  }
  if (layers !== null && layers !== undefined) {
    if (!Array.isArray(layers) || !layers.every((layer) => typeof layer === 'object' && layer !== null && !Array.isArray(layer))) {
      return fail('errorLayersList');
    }
    return { ok: true, layers: structuredClone(layers) as LayerConfig[], inputShape: [...shape], model: null };
  }
  if (!named) return fail('errorNoModel');
  return { ok: true, layers: structuredClone(named.layers), inputShape: [...shape], model: model as ModelName };
}

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}
