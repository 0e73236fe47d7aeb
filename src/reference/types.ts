/**
 * Shapes and step traces of the scalar reference engine (DESIGN.md contract 1).
 * Arrays use PyTorch's layout without the batch axis; values are float64.
 * A trace is plain data: enough to draw a step and to narrate it, never animation.
 */
export type Vector = number[];
export type Matrix = number[][];
/** [C][H][W] for images, or [Cout][Cin][K] for 1D kernels. */
export type Tensor3 = number[][][];
/** [Cout][Cin][Kh][Kw] conv weights, [Cin][Cout][Kh][Kw] transposed-conv weights. */
export type Tensor4 = number[][][][];

/** Explicit padding of each side of a 2D input, in cells. */
export interface Pads2d {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
/** Explicit padding of each end of a 1D input. */
export interface Pads1d {
  left: number;
  right: number;
}

/**
 * 'valid' = none; 'same' = TensorFlow's (output = ceil(W/S); an odd total puts the extra
 * cell at the bottom/right); 'full' = K_eff − 1 on every side; a number pads every side.
 */
export type Padding = 'valid' | 'same' | 'full' | number | Pads2d;
export type Padding1d = 'valid' | 'same' | 'full' | number | Pads1d;

export interface Conv2dOptions {
  stride?: number | [number, number];
  padding?: Padding;
  dilation?: number | [number, number];
  /** True convolution (image-processing form): the kernel is rotated 180° first. */
  flip?: boolean;
  /** Record a step per output cell (default true); false skips the trace for large inputs such as photos. */
  trace?: boolean;
}

export interface Conv1dOptions {
  stride?: number;
  padding?: Padding1d;
  dilation?: number;
  flip?: boolean;
  /** Record a step per output cell (default true); false skips the trace for large inputs such as photos. */
  trace?: boolean;
}

/** One multiplication inside a convolution window. */
export interface ConvTerm {
  /** Input channel. */
  channel: number;
  /** Position in the original (unpadded) input; outside 0..H−1 / 0..W−1 means a padding cell. */
  row: number;
  col: number;
  /** Position inside the kernel as applied (after flipping when `flip` is set). */
  kernelRow: number;
  kernelCol: number;
  /** True when (row, col) is a padding cell, whose value is 0. */
  padded: boolean;
  value: number;
  weight: number;
  product: number;
}

/** Computing one output cell of a 2D convolution. Terms are row-major per channel. */
export interface ConvStep {
  outChannel: number;
  outRow: number;
  outCol: number;
  /** The window's top-left corner in original input coordinates (may be negative) and its extent (dilated). */
  window: { row: number; col: number; height: number; width: number };
  terms: ConvTerm[];
  /** Sum of products for each input channel, before the bias. */
  channelSums: number[];
  bias: number;
  /** Sum of every product plus the bias: the value written to the output cell. */
  sum: number;
}

export interface Conv1dTerm {
  channel: number;
  /** Position in the original sequence; outside 0..L−1 means padding. */
  position: number;
  kernelIndex: number;
  padded: boolean;
  value: number;
  weight: number;
  product: number;
}

export interface Conv1dStep {
  outChannel: number;
  outPosition: number;
  window: { start: number; length: number };
  terms: Conv1dTerm[];
  channelSums: number[];
  bias: number;
  sum: number;
}

export interface PoolOptions {
  mode: 'max' | 'avg';
  /** Window size; a number for square windows. */
  size: number | [number, number];
  /** Defaults to the size (Keras's default). */
  stride?: number | [number, number];
  padding?: Padding;
  /**
   * Average pooling: whether padding cells count in the divisor. Default true, as PyTorch's
   * count_include_pad; Keras's 'same' average pooling divides by the real cells only (false).
   */
  countPadding?: boolean;
  /** Record a step per output cell (default true); false skips the trace for large inputs such as photos. */
  trace?: boolean;
}

export interface PoolTerm {
  row: number;
  col: number;
  padded: boolean;
  value: number;
}

export interface PoolStep {
  channel: number;
  outRow: number;
  outCol: number;
  window: { row: number; col: number; height: number; width: number };
  terms: PoolTerm[];
  mode: 'max' | 'avg';
  /** Max pooling: the winning cell (first maximum in row-major order, as PyTorch). */
  winner?: { row: number; col: number };
  result: number;
}

export interface ConvTranspose2dOptions {
  stride?: number | [number, number];
  padding?: number | [number, number];
  outputPadding?: number | [number, number];
  /** Spacing between kernel taps in the output (PyTorch's dilation); default 1. */
  dilation?: number | [number, number];
  /** Record a step per output cell (default true); false skips the trace for large inputs such as photos. */
  trace?: boolean;
}

export interface ConvTranspose1dOptions {
  stride?: number;
  padding?: number;
  outputPadding?: number;
  dilation?: number;
  /** Record a step per output cell (default true); false skips the trace for large inputs such as photos. */
  trace?: boolean;
}

/** One input value's kernel-scaled copy being added into the output. */
export interface ScatterAdd {
  outChannel: number;
  /** Position in the final output; cropped = true when it falls in the cut-away padding border. */
  outRow: number;
  outCol: number;
  kernelRow: number;
  kernelCol: number;
  weight: number;
  product: number;
  cropped: boolean;
}

export interface ScatterStep {
  inChannel: number;
  inRow: number;
  inCol: number;
  inputValue: number;
  adds: ScatterAdd[];
}

export interface ScatterAdd1d {
  outChannel: number;
  outPosition: number;
  kernelIndex: number;
  weight: number;
  product: number;
  cropped: boolean;
}

export interface ScatterStep1d {
  inChannel: number;
  inPosition: number;
  inputValue: number;
  adds: ScatterAdd1d[];
}

/** One output unit of a dense layer: output[j] = Σ_i input[i]·W[j][i] + b[j]. */
export interface DenseStep {
  outIndex: number;
  terms: { inIndex: number; value: number; weight: number; product: number }[];
  bias: number;
  sum: number;
}

/** One element through an activation function; `index` is its position in the nested array. */
export interface ActivationStep {
  index: number[];
  input: number;
  output: number;
}

export interface Traced<T, S> {
  output: T;
  steps: S[];
}

export interface ConvGradients<T, W> {
  dinput: T;
  dweights: W;
  dbias: number[];
}
