/**
 * Data augmentation for MNIST-like images: a small random shift and rotation of each
 * training image, drawn anew every epoch from (seed, epoch), so a run is reproducible
 * and does not depend on how many workers compute gradients. Pure: bytes in, bytes out.
 */
import type { ImageDataset } from '../data';
import { createRng, seedFrom, type Rng } from '../random';

export interface AugmentLimits {
  /** Largest shift in pixels, in each direction (the courses use about 2 px, i.e. ±0.1 of 28). */
  shift: number;
  /** Largest rotation in degrees, either way. */
  rotation: number;
}

export const DEFAULT_AUGMENT: AugmentLimits = { shift: 2, rotation: 10 };

/** Where one image moves: dx right, dy down (pixels), angle clockwise on screen (degrees). */
export interface ImageTransform {
  dx: number;
  dy: number;
  angle: number;
}

/** A transform drawn uniformly within the limits (three draws, in this order). */
export function randomTransform(rng: Rng, limits: AugmentLimits = DEFAULT_AUGMENT): ImageTransform {
  const dx = (rng.next() * 2 - 1) * limits.shift;
  const dy = (rng.next() * 2 - 1) * limits.shift;
  const angle = (rng.next() * 2 - 1) * limits.rotation;
  return { dx, dy, angle };
}

/**
 * dst ← src rotated about the image centre and then shifted, by inverse mapping with
 * bilinear interpolation; outside the source is background (0). An identity transform
 * copies exactly. Output pixel centre (x, y) samples the source at
 *   R(−angle)·((x, y) − centre − (dx, dy)) + centre.
 */
export function transformImage(src: ArrayLike<number>, dst: Uint8Array, rows: number, cols: number, t: ImageTransform): void {
  const radians = (t.angle * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (cols - 1) / 2;
  const cy = (rows - 1) / 2;
  for (let y = 0; y < rows; y++) {
    const py = y - cy - t.dy;
    for (let x = 0; x < cols; x++) {
      const px = x - cx - t.dx;
      // Inverse rotation of the offset from the centre.
      const sx = cos * px + sin * py + cx;
      const sy = -sin * px + cos * py + cy;
      dst[y * cols + x] = Math.round(bilinear(src, rows, cols, sx, sy));
    }
  }
}

/** Source value at a fractional position; pixels outside the image count as 0. */
function bilinear(src: ArrayLike<number>, rows: number, cols: number, sx: number, sy: number): number {
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const fx = sx - x0;
  const fy = sy - y0;
  const at = (x: number, y: number): number => (x >= 0 && x < cols && y >= 0 && y < rows ? src[y * cols + x] : 0);
  // Exact integer positions (the identity, whole-pixel shifts) read one pixel, no rounding drift.
  if (fx < 1e-9 && fy < 1e-9) return at(x0, y0);
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** The generator of one epoch's transforms. */
export function augmentRng(seed: number, epoch: number): Rng {
  return createRng(seedFrom(`augment:${seed}:${epoch}`));
}

/**
 * Writes an augmented copy of every image of `source` into `target` (the same length,
 * e.g. a SharedArrayBuffer the gradient workers read), image i with the i-th transform
 * of the epoch's generator.
 */
export function augmentImages(source: ImageDataset, target: Uint8Array, seed: number, epoch: number, limits: AugmentLimits = DEFAULT_AUGMENT): void {
  const size = source.rows * source.cols;
  if (target.length !== source.images.length) {
    throw new RangeError(`augmentImages: target holds ${target.length} bytes, the images ${source.images.length}`);
  }
  const rng = augmentRng(seed, epoch);
  for (let i = 0; i < source.count; i++) {
    const from = source.images.subarray(i * size, (i + 1) * size);
    transformImage(from, target.subarray(i * size, (i + 1) * size), source.rows, source.cols, randomTransform(rng, limits));
  }
}
