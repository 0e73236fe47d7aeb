/**
 * Layer configurations with TensorFlow.js layers' argument names, shared by the geometry
 * module (shapes, Param #, Keras-style summary), the tiled engine's Sequential model,
 * the quizzes and the model-summary element. Shapes are channels-last like Keras
 * ([H, W, C] for images, [L, C] for sequences, [N] for vectors), without the batch axis.
 */
export type ActivationName = 'linear' | 'relu' | 'tanh' | 'sigmoid' | 'softmax' | 'leakyRelu';
export type PaddingName = 'valid' | 'same';
export type IntOrPair = number | [number, number];

export interface Conv2DConfig {
  type: 'conv2d';
  filters: number;
  kernelSize: IntOrPair;
  strides?: IntOrPair;
  padding?: PaddingName;
  dilationRate?: IntOrPair;
  activation?: ActivationName;
  useBias?: boolean;
  name?: string;
}
export interface Conv1DConfig {
  type: 'conv1d';
  filters: number;
  kernelSize: number;
  strides?: number;
  padding?: PaddingName;
  dilationRate?: number;
  activation?: ActivationName;
  useBias?: boolean;
  name?: string;
}
export interface Pooling2DConfig {
  type: 'maxPooling2d' | 'averagePooling2d';
  /** Defaults to 2 like Keras. */
  poolSize?: IntOrPair;
  /** Defaults to poolSize like Keras. */
  strides?: IntOrPair;
  padding?: PaddingName;
  name?: string;
}
export interface Pooling1DConfig {
  type: 'maxPooling1d' | 'averagePooling1d';
  poolSize?: number;
  strides?: number;
  padding?: PaddingName;
  name?: string;
}
export interface GlobalPoolingConfig {
  type: 'globalAveragePooling2d' | 'globalMaxPooling2d' | 'globalAveragePooling1d' | 'globalMaxPooling1d';
  name?: string;
}
export interface DenseConfig {
  type: 'dense';
  units: number;
  activation?: ActivationName;
  useBias?: boolean;
  name?: string;
}
export interface FlattenConfig {
  type: 'flatten';
  name?: string;
}
export interface DropoutConfig {
  type: 'dropout';
  rate: number;
  name?: string;
}
export interface BatchNormalizationConfig {
  type: 'batchNormalization';
  momentum?: number;
  epsilon?: number;
  name?: string;
}
/** Standalone activation layers (Keras's Activation, ReLU, LeakyReLU). */
export interface ActivationLayerConfig {
  type: 'activation' | 'reLU' | 'leakyReLU';
  /** For 'activation'. */
  activation?: ActivationName;
  /** For 'leakyReLU' (Keras's default 0.3). */
  alpha?: number;
  name?: string;
}
export interface ZeroPadding2DConfig {
  type: 'zeroPadding2d';
  /** A number for every side, [rows, cols], or [[top, bottom], [left, right]]. */
  padding?: number | [number, number] | [[number, number], [number, number]];
  name?: string;
}

export type LayerConfig =
  | Conv2DConfig
  | Conv1DConfig
  | Pooling2DConfig
  | Pooling1DConfig
  | GlobalPoolingConfig
  | DenseConfig
  | FlattenConfig
  | DropoutConfig
  | BatchNormalizationConfig
  | ActivationLayerConfig
  | ZeroPadding2DConfig;

export type LayerType = LayerConfig['type'];

/** One row of a Keras-style model.summary(). */
export interface SummaryRow {
  /** Keras's auto name: conv2d, conv2d_1, max_pooling2d, flatten, dense, dense_1 … */
  name: string;
  /** Keras class name: Conv2D, MaxPooling2D, Flatten, Dense … */
  className: string;
  /** Without the batch axis, e.g. [26, 26, 32]. */
  outputShape: number[];
  /** As Keras prints it: "(None, 26, 26, 32)". */
  outputShapeText: string;
  params: number;
  trainableParams: number;
  /** How the count was obtained, e.g. "(3·3·1 + 1)·32 = 320". */
  paramsFormula: string;
  config: LayerConfig;
}

export interface ModelSummary {
  inputShape: number[];
  rows: SummaryRow[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}

/**
 * Thrown for an impossible configuration; names the layer and the reason, e.g.
 * "layer 3 (conv2d_1): kernel height 5 is larger than the padded input height 4".
 * A problem with the model as a whole (no layers, a bad input shape) has layerIndex −1
 * and a layerName of 'model' or 'input', and reads "input: …".
 */
export class LayerConfigError extends Error {
  constructor(
    /** Zero-based position in the model; −1 for the model or its input as a whole. */
    readonly layerIndex: number,
    readonly layerName: string,
    readonly reason: string,
  ) {
    super(layerIndex >= 0 ? `layer ${layerIndex + 1} (${layerName}): ${reason}` : `${layerName}: ${reason}`);
    this.name = 'LayerConfigError';
  }
}
