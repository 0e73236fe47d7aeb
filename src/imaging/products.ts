/**
 * The multiplications behind one filtered pixel, for the lab's hover view: the K×K
 * neighbourhood, the kernel, each product and their sum, read and added exactly as
 * convolvePlane does so the sum equals the filtered value bit for bit.
 */
import { kernelLayout, sourceIndex } from './convolve';
import type { EdgeMode, KernelMatrix } from './types';

export interface PixelTerm {
  /** Image coordinates this kernel cell lands on (may be outside the image). */
  row: number;
  col: number;
  /** True for a zero-padding cell (its value is 0). */
  padded: boolean;
  value: number;
  weight: number;
  product: number;
}

export interface PixelProducts {
  x: number;
  y: number;
  /** Terms as a grid shaped like the kernel. */
  terms: PixelTerm[][];
  sum: number;
}

export function pixelProducts(
  plane: Float64Array,
  width: number,
  height: number,
  kernel: KernelMatrix,
  x: number,
  y: number,
  edge: EdgeMode = 'zero',
): PixelProducts {
  if (!(Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < width && y < height)) {
    throw new RangeError(`pixel (${x}, ${y}) is outside the ${width}×${height} image`);
  }
  const { rows, cols, top, left, weights } = kernelLayout(kernel);
  const terms: PixelTerm[][] = [];
  let sum = 0;
  for (let kr = 0; kr < rows; kr++) {
    const line: PixelTerm[] = [];
    for (let kc = 0; kc < cols; kc++) {
      const row = y - top + kr;
      const col = x - left + kc;
      const index = sourceIndex(row, col, width, height, edge);
      const weight = weights[kr * cols + kc];
      const value = index >= 0 ? plane[index] : 0;
      const product = weight * value;
      if (index >= 0) sum += product;
      line.push({ row, col, padded: index < 0, value, weight, product });
    }
    terms.push(line);
  }
  return { x, y, terms, sum };
}
