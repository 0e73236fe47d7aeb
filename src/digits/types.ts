/**
 * Types of the digit preprocessing: a drawing (any size, one grey channel) in, an
 * MNIST-like 28×28 input out. Coordinates are continuous with pixel (x, y) covering
 * [x, x + 1) × [y, y + 1), so its centre is (x + 0.5, y + 0.5) and the centre of a
 * 28×28 field is (14, 14).
 */

/** One grey channel, row by row. Uint8 data is 0..255, float data 0..1. */
export interface GreyImage {
  data: Uint8ClampedArray | Uint8Array | Float32Array | Float64Array | readonly number[];
  width: number;
  height: number;
}

/** Ink as a float image, 0 = background, 1 = full ink. */
export interface InkImage {
  data: Float32Array;
  width: number;
  height: number;
}

/** A pixel rectangle: columns left … left + width − 1, rows top … top + height − 1. */
export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PreprocessOptions {
  /** Side of the square output field; MNIST's 28. */
  fieldSize?: number;
  /** Longer side of the ink after scaling; MNIST's 20 (a 4-pixel margin on each side). */
  boxSize?: number;
  /** 'bilinear' puts the centre of mass exactly at the centre; 'integer' moves by whole pixels. */
  shift?: 'bilinear' | 'integer';
  /** Pixels with less ink than this (0..1) do not count for the bounding box. */
  inkThreshold?: number;
  /** True when the drawing is dark ink on a light background (it is flipped first). */
  darkInk?: boolean;
}

export interface PreprocessedDigit {
  /** fieldSize² values in 0..1, row by row: 0 background, 1 ink (white on black, as MNIST). */
  pixels: Float32Array;
  /** True when nothing was drawn: then pixels are all zero. */
  empty: boolean;
  /** The ink's bounding box in the drawing, or null when empty. */
  box: PixelBox | null;
  /** Width and height of the ink after scaling (longer side = boxSize). */
  scaledSize: { width: number; height: number };
  /** Where the ink's centre of mass ended up (the field's centre unless ink was clipped). */
  centreOfMass: Point | null;
}
