/**
 * Convolving a photo with a small kernel, the way a CNN layer with 'same' padding and
 * stride 1 does it: cross-correlation (no kernel flip), output the size of the input.
 * Plain typed-array loops: a 256×256 RGB image with a 3×3 kernel is ~1.8 M multiply-adds.
 */
import type { EdgeMode, KernelMatrix, PlanarImage } from './types';

/** Kernel dimensions and where its anchor sits: 'same' padding puts the odd cell after (bottom/right). */
export interface KernelLayout {
  rows: number;
  cols: number;
  /** Rows of padding above the image = ⌊(K_h − 1)/2⌋; the anchor is this far from the kernel's top. */
  top: number;
  /** Columns of padding left of the image = ⌊(K_w − 1)/2⌋. */
  left: number;
  /** Weights row-major. */
  weights: Float64Array;
}

export function kernelLayout(kernel: KernelMatrix): KernelLayout {
  const rows = kernel.length;
  const cols = rows > 0 ? kernel[0].length : 0;
  if (rows === 0 || cols === 0 || kernel.some((row) => row.length !== cols)) {
    throw new RangeError('a kernel must be a non-empty rectangle of numbers');
  }
  return {
    rows,
    cols,
    top: Math.floor((rows - 1) / 2),
    left: Math.floor((cols - 1) / 2),
    weights: Float64Array.from(kernel.flat()),
  };
}

/**
 * The input index read at (row, col), or −1 for a zero-padding cell. With 'replicate'
 * the coordinates are clamped to the border. Shared by the full convolution and the
 * per-pixel product list so both read exactly the same cells.
 */
export function sourceIndex(row: number, col: number, width: number, height: number, edge: EdgeMode): number {
  if (edge === 'replicate') {
    const r = row < 0 ? 0 : row >= height ? height - 1 : row;
    const c = col < 0 ? 0 : col >= width ? width - 1 : col;
    return r * width + c;
  }
  return row < 0 || row >= height || col < 0 || col >= width ? -1 : row * width + col;
}

/**
 * out[y][x] = Σ_kr Σ_kc K[kr][kc] · in[y − top + kr][x − left + kc], summed row-major over
 * the kernel starting from 0 (the same order pixelProducts adds its terms in).
 */
export function convolvePlane(
  plane: Float64Array,
  width: number,
  height: number,
  layout: KernelLayout,
  edge: EdgeMode = 'zero',
): Float64Array {
  const out = new Float64Array(width * height);
  const { rows, cols, top, left, weights } = layout;
  // Pixels whose whole window lies inside the image skip the border logic: the hot path,
  // hand-inlined because it is ~99% of a photo. Both paths add terms in the same order.
  const innerTop = top;
  const innerBottom = height - (rows - 1 - top); // exclusive
  const innerLeft = left;
  const innerRight = width - (cols - 1 - left); // exclusive
  for (let y = 0; y < height; y++) {
    const rowInside = y >= innerTop && y < innerBottom;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      if (rowInside && x >= innerLeft && x < innerRight) {
        let k = 0;
        for (let kr = 0; kr < rows; kr++) {
          let index = (y - top + kr) * width + (x - left);
          for (let kc = 0; kc < cols; kc++) sum += weights[k++] * plane[index++];
        }
      } else {
        for (let kr = 0; kr < rows; kr++) {
          for (let kc = 0; kc < cols; kc++) {
            const index = sourceIndex(y - top + kr, x - left + kc, width, height, edge);
            // A padding cell contributes weight × 0 = 0; adding it would change nothing.
            if (index >= 0) sum += weights[kr * cols + kc] * plane[index];
          }
        }
      }
      out[y * width + x] = sum;
    }
  }
  return out;
}

/** Filters every channel of an image with the same kernel (a depthwise 'same' convolution). */
export function convolveImage(image: PlanarImage, kernel: KernelMatrix, edge: EdgeMode = 'zero'): PlanarImage {
  const layout = kernelLayout(kernel);
  return {
    width: image.width,
    height: image.height,
    channels: image.channels.map((plane) => convolvePlane(plane, image.width, image.height, layout, edge)),
  };
}
