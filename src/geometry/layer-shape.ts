import {
  describeValue,
  requireActivation,
  requireNonNegativeInteger,
  requirePositiveInteger,
  requireShape,
} from './checks';
import { KERAS_CLASS_NAMES, isLayerType, kerasShapeText } from './keras-names';
import type { Pads2d } from '../reference/types';
import type { LayerConfig, ZeroPadding2DConfig } from './types';
import { conv1dShape, conv2dShape, pooling1dShape, pooling2dShape } from './window-shape';

const IMAGE_AXES = 'height, width, channels';
const SEQUENCE_AXES = 'length, channels';

/**
 * The shape a layer produces from `inputShape`, channels last and without the batch axis
 * like Keras: [H, W, C] for images, [L, C] for sequences, [N] for vectors. Dense acts on
 * the last axis, as in Keras, so a Dense layer before Flatten keeps the spatial axes.
 * Throws a RangeError whose message says in plain words why the layer cannot work.
 */
export function layerOutputShape(config: LayerConfig, inputShape: number[]): number[] {
  requireShape(inputShape);
  const type: unknown = config?.type;
  if (!isLayerType(type)) {
    throw new RangeError(
      `unknown layer type ${describeValue(type)}; known types are ${Object.keys(KERAS_CLASS_NAMES).join(', ')}`,
    );
  }
  switch (config.type) {
    case 'conv2d':
      return conv2dShape(config, requireRank(config, inputShape, 3, IMAGE_AXES));
    case 'conv1d':
      return conv1dShape(config, requireRank(config, inputShape, 2, SEQUENCE_AXES));
    case 'maxPooling2d':
    case 'averagePooling2d':
      return pooling2dShape(config, requireRank(config, inputShape, 3, IMAGE_AXES));
    case 'maxPooling1d':
    case 'averagePooling1d':
      return pooling1dShape(config, requireRank(config, inputShape, 2, SEQUENCE_AXES));
    case 'globalAveragePooling2d':
    case 'globalMaxPooling2d':
      return [requireRank(config, inputShape, 3, IMAGE_AXES)[2]];
    case 'globalAveragePooling1d':
    case 'globalMaxPooling1d':
      return [requireRank(config, inputShape, 2, SEQUENCE_AXES)[1]];
    case 'dense':
      requirePositiveInteger('units', config.units);
      requireActivation(config.activation);
      return [...inputShape.slice(0, -1), config.units];
    case 'flatten':
      return [inputShape.reduce((product, size) => product * size, 1)];
    case 'dropout':
      if (typeof config.rate !== 'number' || !(config.rate >= 0 && config.rate < 1)) {
        throw new RangeError(`dropout rate must be at least 0 and below 1, got ${describeValue(config.rate)}`);
      }
      return [...inputShape];
    case 'activation':
      if (config.activation === undefined) throw new RangeError('an Activation layer needs an activation name');
      requireActivation(config.activation);
      return [...inputShape];
    case 'leakyReLU':
      if (config.alpha !== undefined && !Number.isFinite(config.alpha)) {
        throw new RangeError(`alpha must be a finite number, got ${describeValue(config.alpha)}`);
      }
      return [...inputShape];
    case 'batchNormalization':
    case 'reLU':
      return [...inputShape];
    case 'zeroPadding2d': {
      const [height, width, channels] = requireRank(config, inputShape, 3, IMAGE_AXES);
      const { top, bottom, left, right } = zeroPadding2dSides(config.padding);
      return [height + top + bottom, width + left + right, channels];
    }
  }
}

/**
 * ZeroPadding2D's argument as explicit sides: n pads every side, [rows, cols] pads top and
 * bottom by rows and left and right by cols, [[top, bottom], [left, right]] is explicit.
 * Keras's default is 1 on every side.
 */
export function zeroPadding2dSides(padding: ZeroPadding2DConfig['padding'] = 1): Pads2d {
  const sides = explicitSides(padding);
  if (sides === undefined) {
    throw new RangeError(
      `zero padding must be n, [rows, cols] or [[top, bottom], [left, right]], got ${describeValue(padding)}`,
    );
  }
  const [[top, bottom], [left, right]] = sides;
  return {
    top: requireNonNegativeInteger('top padding', top),
    bottom: requireNonNegativeInteger('bottom padding', bottom),
    left: requireNonNegativeInteger('left padding', left),
    right: requireNonNegativeInteger('right padding', right),
  };
}

function explicitSides(padding: unknown): [[unknown, unknown], [unknown, unknown]] | undefined {
  if (typeof padding === 'number') return [[padding, padding], [padding, padding]];
  if (!Array.isArray(padding) || padding.length !== 2) return undefined;
  const [rows, cols]: unknown[] = padding;
  if (typeof rows === 'number' && typeof cols === 'number') return [[rows, rows], [cols, cols]];
  const isPair = (value: unknown): value is [unknown, unknown] => Array.isArray(value) && value.length === 2;
  return isPair(rows) && isPair(cols) ? [rows, cols] : undefined;
}

/** The input shape when it has the rank the layer needs; otherwise a sentence explaining the mismatch. */
function requireRank(config: LayerConfig, shape: number[], rank: number, axes: string): number[] {
  if (shape.length === rank) return shape;
  const className = KERAS_CLASS_NAMES[config.type];
  const hint =
    shape.length === 1 ? '; convolution and pooling layers must come before Flatten (or Dense) turns the maps into a vector' : '';
  throw new RangeError(
    `${className} needs a ${rank}-D input (${axes}) but receives ${kerasShapeText(shape)}, which is ${shape.length}-D${hint}`,
  );
}
