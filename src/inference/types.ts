/**
 * What inference hands to a view: probabilities, the predicted class and every layer's
 * output with values already scaled for display, so elements only paint numbers.
 */
import type { LayerType } from '../geometry';

/** How a layer's values are laid out for drawing. */
export type ActivationKind = 'maps' | 'vector';

export interface LayerActivation {
  /** Keras's layer name: conv2d, max_pooling2d, flatten, dense_1 … */
  name: string;
  /** The config type (conv2d, maxPooling2d, dense …), for labels and layout. */
  type: LayerType;
  /** 'maps' for C×H×W outputs (one heatmap per channel), 'vector' for flat ones. */
  kind: ActivationKind;
  /** Channels first without the batch axis: [C, H, W] or [N]. */
  shape: number[];
  /** The raw values of this one sample (a copy, safe to keep). */
  values: Float32Array;
  /** The same values scaled for display: 0..1, or −1..1 when `signed`. */
  display: Float32Array;
  /** True when the layer has negative values: display is then value / max|value|, centred at 0. */
  signed: boolean;
  /** Smallest and largest raw value. */
  min: number;
  max: number;
  /**
   * For a vector made by flattening maps: the maps' [C, H, W], so a view can lay the
   * vector out as C rows of H·W values and show that flattening only reorders.
   */
  flattenedFrom?: number[];
}

export interface InferenceResult {
  /** Softmax of the last layer's outputs (the models' last layer is linear; softmax lives in the loss). */
  probabilities: Float32Array;
  /** Index of the largest probability. */
  predicted: number;
  /** The last layer's raw outputs. */
  logits: Float32Array;
  /** Every layer's output in model order. */
  layers: LayerActivation[];
}

/** The first convolution's kernels, for drawing on a diverging scale centred at 0. */
export interface FilterBank {
  /** Layer name, e.g. conv2d. */
  name: string;
  filters: number;
  inChannels: number;
  kernelHeight: number;
  kernelWidth: number;
  /** [filters][inChannels][kh][kw] raw weights (a copy). */
  weights: Float32Array;
  /** weights / max|weight| over the whole bank: −1..1, 0 stays 0. */
  display: Float32Array;
  /** One bias per filter. */
  bias: Float32Array | null;
  /** Largest |weight|, the scale's end. */
  maxAbs: number;
}

/** How activations are scaled: one scale per layer (compare channels) or per channel (see each map's pattern). */
export type DisplayScale = 'layer' | 'channel';
