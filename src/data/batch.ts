import type { ImageDataset } from './dataset';

/**
 * How pixels become network inputs, the same in Node and the browser: x = pixel / 255,
 * so 0 (background) → 0 and 255 (ink) → 1. Plain scaling rather than standardising
 * with MNIST's mean and deviation keeps inputs readable in lessons (a pixel is "how
 * much ink") and needs no statistics shipped alongside the weights.
 */
export const PIXEL_SCALE = 1 / 255;

/** x = pixel / 255; the single place this mapping is written down. */
export function normalisePixel(pixel: number): number {
  return pixel * PIXEL_SCALE;
}

/**
 * Writes images order[start] … order[start+count−1] as floats into `x` (count·rows·cols
 * values, image after image, which is NCHW with one channel) and their labels into `y`.
 * Both outputs are preallocated by the caller and reused batch after batch.
 */
export function fillBatch(
  data: ImageDataset,
  order: ArrayLike<number>,
  start: number,
  count: number,
  x: Float32Array,
  y: Uint8Array | Int32Array,
): void {
  const size = data.rows * data.cols;
  if (start < 0 || start + count > order.length) {
    throw new RangeError(`fillBatch: positions ${start}…${start + count - 1} are outside the order of ${order.length}`);
  }
  if (x.length < count * size || y.length < count) {
    throw new RangeError(`fillBatch: buffers hold ${Math.floor(x.length / size)} images, batch needs ${count}`);
  }
  const { images, labels } = data;
  for (let b = 0; b < count; b++) {
    const index = order[start + b];
    if (!(index >= 0 && index < data.count)) throw new RangeError(`fillBatch: image ${index} is not in 0…${data.count - 1}`);
    const from = index * size;
    const to = b * size;
    for (let p = 0; p < size; p++) x[to + p] = images[from + p] * PIXEL_SCALE;
    y[b] = labels[index];
  }
}

/** Writes images start … start+count−1 in their stored order (evaluation needs no shuffle). */
export function fillRange(
  data: ImageDataset,
  start: number,
  count: number,
  x: Float32Array,
  y?: Uint8Array | Int32Array,
): void {
  const size = data.rows * data.cols;
  if (start < 0 || start + count > data.count) {
    throw new RangeError(`fillRange: images ${start}…${start + count - 1} are outside 0…${data.count - 1}`);
  }
  const pixels = data.images.subarray(start * size, (start + count) * size);
  for (let p = 0; p < pixels.length; p++) x[p] = pixels[p] * PIXEL_SCALE;
  if (y) y.set(data.labels.subarray(start, start + count));
}
