/**
 * Independent measurements of a 28×28 result, written separately from src/digits so the
 * tests do not check the code against itself.
 */
export interface Measured {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
  comX: number;
  comY: number;
  mass: number;
}

/** Bounding box of values above `threshold` and the centre of mass (pixel centres at i + 0.5). */
export function measure(pixels: ArrayLike<number>, size = 28, threshold = 0.02): Measured {
  let left = size;
  let right = -1;
  let top = size;
  let bottom = -1;
  let mass = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = pixels[y * size + x];
      mass += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
      if (v > threshold) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { left, right, top, bottom, width: right - left + 1, height: bottom - top + 1, comX: sx / mass, comY: sy / mass, mass };
}

/** A width × height canvas-like byte image with filled rectangles of full ink (255). */
export function drawRects(
  width: number,
  height: number,
  rects: { x: number; y: number; w: number; h: number }[],
): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height);
  for (const { x, y, w, h } of rects) {
    for (let row = y; row < y + h; row++) data.fill(255, row * width + x, row * width + x + w);
  }
  return data;
}
