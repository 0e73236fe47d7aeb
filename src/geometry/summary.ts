import { requireShape } from './checks';
import { KERAS_CLASS_NAMES, kerasLayerNames, kerasShapeText } from './keras-names';
import { layerParams } from './layer-params';
import { layerOutputShape } from './layer-shape';
import { LayerConfigError, type LayerConfig, type ModelSummary, type SummaryRow } from './types';

/**
 * Keras's model.summary() for a Sequential model: each layer's auto name (conv2d,
 * conv2d_1, max_pooling2d, dense …, or its explicit `name`), class name, output shape
 * "(None, 26, 26, 32)" and Param # with the formula behind it, then the totals split
 * into trainable and non-trainable (BatchNormalization's moving mean and variance).
 *
 * Throws a LayerConfigError naming the layer (position and name) and the reason for
 * the first layer that cannot work: a kernel larger than the padded input, stride 0,
 * non-positive sizes, filters or units, a dropout rate outside [0, 1), an unknown layer
 * type, a rank mismatch such as Conv2D after Flatten, a repeated name, or an empty model.
 */
export function summary(layers: LayerConfig[], inputShape: number[]): ModelSummary {
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new LayerConfigError(-1, 'model', 'the model has no layers; add at least one');
  }
  try {
    requireShape(inputShape);
  } catch (error) {
    throw asLayerError(error, -1, 'input');
  }
  const names = kerasLayerNames(layers);
  const rows: SummaryRow[] = [];
  let shape = [...inputShape];
  layers.forEach((config, index) => {
    const name = names[index];
    const earlier = names.indexOf(name);
    if (earlier < index) {
      throw new LayerConfigError(index, name, `the name '${name}' is already used by layer ${earlier + 1}; names must be unique`);
    }
    try {
      const outputShape = layerOutputShape(config, shape);
      const { params, trainableParams, formula } = layerParams(config, shape);
      rows.push({
        name,
        className: KERAS_CLASS_NAMES[config.type],
        outputShape,
        outputShapeText: kerasShapeText(outputShape),
        params,
        trainableParams,
        paramsFormula: formula,
        config,
      });
      shape = outputShape;
    } catch (error) {
      throw asLayerError(error, index, name);
    }
  });
  const totalParams = rows.reduce((sum, row) => sum + row.params, 0);
  const trainableParams = rows.reduce((sum, row) => sum + row.trainableParams, 0);
  return {
    inputShape: [...inputShape],
    rows,
    totalParams,
    trainableParams,
    nonTrainableParams: totalParams - trainableParams,
  };
}

/** Our own checks throw RangeError with a readable reason; anything else is a bug and passes through. */
function asLayerError(error: unknown, index: number, name: string): unknown {
  return error instanceof RangeError ? new LayerConfigError(index, name, error.message) : error;
}
