import type { InkImage, PixelBox } from './types';

/** Smallest rectangle holding every pixel whose ink exceeds `threshold`, or null when there is none. */
export function inkBoundingBox({ data, width, height }: InkImage, threshold = 0): PixelBox | null {
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] <= threshold) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** The pixels inside a box, as their own image. */
export function crop({ data, width }: InkImage, box: PixelBox): InkImage {
  const out = new Float32Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) {
    const from = (box.top + y) * width + box.left;
    out.set(data.subarray(from, from + box.width), y * box.width);
  }
  return { data: out, width: box.width, height: box.height };
}
