import type { LayerConfig, LayerType } from './types';

/** Keras's class name for each layer type, as model.summary() prints it. */
export const KERAS_CLASS_NAMES: Record<LayerType, string> = {
  conv2d: 'Conv2D',
  conv1d: 'Conv1D',
  maxPooling2d: 'MaxPooling2D',
  averagePooling2d: 'AveragePooling2D',
  maxPooling1d: 'MaxPooling1D',
  averagePooling1d: 'AveragePooling1D',
  globalAveragePooling2d: 'GlobalAveragePooling2D',
  globalMaxPooling2d: 'GlobalMaxPooling2D',
  globalAveragePooling1d: 'GlobalAveragePooling1D',
  globalMaxPooling1d: 'GlobalMaxPooling1D',
  dense: 'Dense',
  flatten: 'Flatten',
  dropout: 'Dropout',
  batchNormalization: 'BatchNormalization',
  activation: 'Activation',
  reLU: 'ReLU',
  leakyReLU: 'LeakyReLU',
  zeroPadding2d: 'ZeroPadding2D',
};

export function isLayerType(type: unknown): type is LayerType {
  return typeof type === 'string' && Object.hasOwn(KERAS_CLASS_NAMES, type);
}

/**
 * Keras's automatic name stem: the class name in snake_case. A capital followed by
 * lower-case letters or digits starts a word, and so does a capital after a lower-case
 * letter; a capital after a digit does not (MaxPooling2D → max_pooling2d,
 * ReLU → re_lu, LeakyReLU → leaky_re_lu, Conv2D → conv2d).
 */
export function kerasNameStem(className: string): string {
  return className
    .replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * The names a fresh Keras session gives a model's layers: the first of each class gets
 * the bare stem, later ones _1, _2 … counted across the whole model (conv2d, conv2d_1,
 * dense, dense_1, dense_2). An explicit `name` is kept and does not use up a number.
 * Unknown types fall back to their type string, so the caller can report them by name.
 */
export function kerasLayerNames(configs: LayerConfig[]): string[] {
  const seen = new Map<string, number>();
  return configs.map((config) => {
    if (config.name !== undefined && config.name !== '') return config.name;
    const type: unknown = config.type;
    const stem = isLayerType(type) ? kerasNameStem(KERAS_CLASS_NAMES[type]) : String(type);
    const count = seen.get(stem) ?? 0;
    seen.set(stem, count + 1);
    return count === 0 ? stem : `${stem}_${count}`;
  });
}

/** A shape as Keras prints it, with the batch axis as None: "(None, 26, 26, 32)". */
export function kerasShapeText(shape: number[]): string {
  return `(None, ${shape.join(', ')})`;
}
