import type { GreyImage, InkImage } from './types';

/**
 * The drawing as ink in 0..1. Byte data (canvas alpha or grey) is divided by 255; float
 * data is taken as already 0..1. Values are clamped so a stray value cannot leak out of
 * the range the model was trained on; dark-on-light drawings are flipped.
 */
export function toInk(image: GreyImage, darkInk = false): InkImage {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`the drawing must be at least 1×1 pixels, got ${width}×${height}`);
  }
  if (data.length !== width * height) {
    throw new RangeError(`expected ${width}·${height} = ${width * height} values, got ${data.length}`);
  }
  const scale = data instanceof Uint8ClampedArray || data instanceof Uint8Array ? 1 / 255 : 1;
  const ink = new Float32Array(width * height);
  for (let i = 0; i < ink.length; i++) {
    const value = Math.min(1, Math.max(0, Number(data[i]) * scale || 0));
    ink[i] = darkInk ? 1 - value : value;
  }
  return { data: ink, width, height };
}
