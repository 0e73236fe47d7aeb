/** Canvas RGBA bytes ↔ planar channels, and the grey conversion. */
import type { ColourMode, PlanarImage } from './types';

/**
 * Luma of an sRGB pixel with the ITU-R BT.601 weights (0.299, 0.587, 0.114), rounded to
 * an integer like PIL's convert('L'), so the hover table shows whole numbers.
 */
export function greyFromRgb(red: number, green: number, blue: number): number {
  return Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
}

/** Splits canvas RGBA bytes into planes; alpha is ignored (photos are opaque). */
export function planarFromRgba(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  mode: ColourMode,
): PlanarImage {
  const count = width * height;
  if (rgba.length !== count * 4) {
    throw new RangeError(`expected ${count * 4} RGBA bytes for ${width}×${height}, got ${rgba.length}`);
  }
  if (mode === 'grey') {
    const grey = new Float64Array(count);
    for (let i = 0; i < count; i++) grey[i] = greyFromRgb(rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]);
    return { width, height, channels: [grey] };
  }
  const planes = [new Float64Array(count), new Float64Array(count), new Float64Array(count)];
  for (let i = 0; i < count; i++) {
    planes[0][i] = rgba[4 * i];
    planes[1][i] = rgba[4 * i + 1];
    planes[2][i] = rgba[4 * i + 2];
  }
  return { width, height, channels: planes };
}

/**
 * Planes back to opaque RGBA bytes; `toByte` maps each value (identity-with-clamping
 * for source images, a display mapping for filtered ones). One plane is shown as grey.
 */
export function rgbaFromPlanar(image: PlanarImage, toByte: (value: number) => number): Uint8ClampedArray<ArrayBuffer> {
  const count = image.width * image.height;
  const out = new Uint8ClampedArray(count * 4);
  const [r, g = r, b = r] = image.channels;
  for (let i = 0; i < count; i++) {
    out[4 * i] = toByte(r[i]);
    out[4 * i + 1] = toByte(g[i]);
    out[4 * i + 2] = toByte(b[i]);
    out[4 * i + 3] = 255;
  }
  return out;
}

/** Rows of one plane as nested arrays ([H][W]), for comparing with the reference engine. */
export function planeToRows(plane: Float64Array, width: number, height: number): number[][] {
  return Array.from({ length: height }, (_, row) => Array.from(plane.subarray(row * width, (row + 1) * width)));
}

/** Nested rows ([H][W]) as a plane; rows must all have the same length. */
export function planeFromRows(rows: number[][]): { plane: Float64Array; width: number; height: number } {
  const height = rows.length;
  const width = height > 0 ? rows[0].length : 0;
  const plane = new Float64Array(width * height);
  rows.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`row ${r} has ${row.length} values, expected ${width}`);
    plane.set(row, r * width);
  });
  return { plane, width, height };
}
