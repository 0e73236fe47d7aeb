import type { InkImage } from './types';

/** Source pixels an output pixel overlaps along one axis, with the overlapping fraction of it. */
interface Tap {
  index: number;
  weight: number;
}

/**
 * For each of `outSize` output pixels, the source pixels under it and how much of the
 * output pixel each one covers. Output pixel i spans [i·r, (i + 1)·r) in source units
 * (r = inSize / outSize); its weights sum to 1, so the result is the area average.
 */
export function areaTaps(inSize: number, outSize: number): Tap[][] {
  const ratio = inSize / outSize;
  const taps: Tap[][] = [];
  for (let i = 0; i < outSize; i++) {
    const start = i * ratio;
    const end = (i + 1) * ratio;
    const row: Tap[] = [];
    for (let s = Math.floor(start); s < Math.min(Math.ceil(end), inSize); s++) {
      const overlap = Math.min(end, s + 1) - Math.max(start, s);
      if (overlap > 1e-9) row.push({ index: s, weight: overlap / ratio });
    }
    taps.push(row);
  }
  return taps;
}

/**
 * Resizes by area averaging (a box filter with fractional coverage): each output pixel is
 * the mean of the source area it covers. Shrinking a thick stroke this way gives the soft,
 * anti-aliased edges MNIST digits have. Done separably: columns first, then rows.
 */
export function areaResize(image: InkImage, outWidth: number, outHeight: number): InkImage {
  const { data, width, height } = image;
  const columnTaps = areaTaps(width, outWidth);
  const rowTaps = areaTaps(height, outHeight);
  const narrow = new Float32Array(outWidth * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < outWidth; x++) {
      let sum = 0;
      for (const { index, weight } of columnTaps[x]) sum += data[y * width + index] * weight;
      narrow[y * outWidth + x] = sum;
    }
  }
  const out = new Float32Array(outWidth * outHeight);
  for (let y = 0; y < outHeight; y++) {
    for (const { index, weight } of rowTaps[y]) {
      for (let x = 0; x < outWidth; x++) out[y * outWidth + x] += narrow[index * outWidth + x] * weight;
    }
  }
  return { data: out, width: outWidth, height: outHeight };
}
