/**
 * Edits of the layer list behind <cnn-model-summary editable>: which settings each layer
 * type shows, a new layer's defaults, and immutable updates (set a field, add, move,
 * remove). Nothing is validated here: an impossible value is kept as typed and
 * geometry's summary() explains what is wrong with it.
 */
import type { ActivationName, IntOrPair, LayerConfig, LayerType } from '../src/geometry';
import type { ModelsKey } from '../src/i18n/models';

export type FieldKey = 'filters' | 'kernelSize' | 'poolSize' | 'strides' | 'padding' | 'units' | 'rate' | 'activation';

export interface FieldSpec {
  key: FieldKey;
  label: ModelsKey;
  /** 'int' a whole number, 'pair' a number or [rows, cols], 'rate' 0 ≤ r < 1, or a choice. */
  kind: 'int' | 'pair' | 'rate' | 'padding' | 'activation';
}

const FILTERS: FieldSpec = { key: 'filters', label: 'fieldFilters', kind: 'int' };
const KERNEL: FieldSpec = { key: 'kernelSize', label: 'fieldKernelSize', kind: 'pair' };
const POOL: FieldSpec = { key: 'poolSize', label: 'fieldPoolSize', kind: 'pair' };
const STRIDES: FieldSpec = { key: 'strides', label: 'fieldStrides', kind: 'pair' };
const PADDING: FieldSpec = { key: 'padding', label: 'fieldPadding', kind: 'padding' };
const UNITS: FieldSpec = { key: 'units', label: 'fieldUnits', kind: 'int' };
const RATE: FieldSpec = { key: 'rate', label: 'fieldRate', kind: 'rate' };
const ACTIVATION: FieldSpec = { key: 'activation', label: 'fieldActivation', kind: 'activation' };

/** The settings a reader can change, per layer type; other types show none. */
export function fieldsOf(type: LayerType): FieldSpec[] {
  switch (type) {
    case 'conv2d':
    case 'conv1d':
      return [FILTERS, KERNEL, STRIDES, PADDING, ACTIVATION];
    case 'maxPooling2d':
    case 'averagePooling2d':
    case 'maxPooling1d':
    case 'averagePooling1d':
      return [POOL, STRIDES, PADDING];
    case 'dense':
      return [UNITS, ACTIVATION];
    case 'dropout':
      return [RATE];
    default:
      return [];
  }
}

const POOLING_TYPES: ReadonlySet<LayerType> = new Set(['maxPooling2d', 'averagePooling2d', 'maxPooling1d', 'averagePooling1d']);

export const ACTIVATIONS: readonly ActivationName[] = ['linear', 'relu', 'tanh', 'sigmoid', 'softmax', 'leakyRelu'];

/** Layer types offered by "Add layer", with their label. */
export const ADDABLE_TYPES: readonly { type: LayerType; label: ModelsKey }[] = [
  { type: 'conv2d', label: 'typeConv2d' },
  { type: 'maxPooling2d', label: 'typeMaxPooling2d' },
  { type: 'averagePooling2d', label: 'typeAveragePooling2d' },
  { type: 'globalAveragePooling2d', label: 'typeGlobalAveragePooling2d' },
  { type: 'flatten', label: 'typeFlatten' },
  { type: 'dense', label: 'typeDense' },
  { type: 'dropout', label: 'typeDropout' },
  { type: 'batchNormalization', label: 'typeBatchNormalization' },
];

/** A new layer with settings that usually fit (a 3×3 'same' convolution keeps the map size). */
export function newLayer(type: LayerType): LayerConfig {
  switch (type) {
    case 'conv2d':
      return { type, filters: 8, kernelSize: 3, padding: 'same', activation: 'relu' };
    case 'maxPooling2d':
    case 'averagePooling2d':
      return { type, poolSize: 2 };
    case 'dense':
      return { type, units: 10, activation: 'relu' };
    case 'dropout':
      return { type, rate: 0.5 };
    default:
      return { type } as LayerConfig;
  }
}

/** What an input shows for a field: Keras's default when the config leaves it out. */
export function fieldValue(config: LayerConfig, key: FieldKey): unknown {
  const record = config as unknown as Record<string, unknown>;
  const value = record[key];
  if (value !== undefined) return value;
  // Keras: pooling strides default to the pool size, convolution strides to 1.
  if (key === 'strides') return record.poolSize ?? (POOLING_TYPES.has(config.type) ? 2 : 1);
  if (key === 'poolSize') return 2;
  if (key === 'padding') return 'valid';
  if (key === 'activation') return 'linear';
  return undefined;
}

/**
 * The config with one field changed. Pair fields take [rows, cols] for a non-square
 * window and a single number otherwise; 'linear' activation is Keras's default and is
 * dropped rather than written out.
 */
export function withField(config: LayerConfig, key: FieldKey, value: number | IntOrPair | string): LayerConfig {
  const next = { ...config } as Record<string, unknown>;
  if (key === 'activation' && value === 'linear') delete next.activation;
  else next[key] = value;
  return next as unknown as LayerConfig;
}

export function insertLayer(layers: LayerConfig[], at: number, layer: LayerConfig): LayerConfig[] {
  return [...layers.slice(0, at), layer, ...layers.slice(at)];
}

export function removeLayer(layers: LayerConfig[], index: number): LayerConfig[] {
  return layers.filter((_, i) => i !== index);
}

/** Swaps a layer with its neighbour; out-of-range moves leave the list as it is. */
export function moveLayer(layers: LayerConfig[], from: number, to: number): LayerConfig[] {
  if (to < 0 || to >= layers.length || from === to) return layers;
  const next = [...layers];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** A pair field's number input(s): one for a square window, two for [rows, cols]. */
export function pairParts(value: unknown): number[] {
  if (Array.isArray(value) && value.length === 2 && value[0] !== value[1]) return [Number(value[0]), Number(value[1])];
  if (Array.isArray(value)) return [Number(value[0])];
  return [typeof value === 'number' ? value : Number.NaN];
}
