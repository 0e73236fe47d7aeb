/**
 * Flattening a feature map into a vector for a dense layer, in either framework's order:
 * 'chw' (PyTorch, channels first: all of channel 0, then channel 1 …) or
 * 'hwc' (Keras, channels last: all channels of position 0, then position 1 …).
 */
import type { Vector } from './types';
import { checkNumbers, checkVector, shapeText, type Nested } from './tensor';

export type FlattenOrder = 'chw' | 'hwc';

const leaves = (x: Nested): number[] => (Array.isArray(x) ? x.flatMap(leaves) : [x]);

/** x is in PyTorch layout ([C][H][W], [C][L] or a vector); the first axis is the channel axis. */
export function flatten(x: Nested[], order: FlattenOrder = 'chw'): Vector {
  checkNumbers(x, 'input');
  const channels = x.map(leaves); // each channel's values, row-major
  if (order === 'chw') return channels.flat();
  return channels[0].flatMap((_, position) => channels.map((channel) => channel[position]));
}

/** Builds a nested array of `shape` from values in row-major order. */
function reshape(values: number[], shape: number[]): Nested {
  if (shape.length === 0) return values[0];
  const [length, ...rest] = shape;
  const blockSize = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length }, (_, i) => reshape(values.slice(i * blockSize, (i + 1) * blockSize), rest));
}

/** The inverse of flatten: `shape` is the PyTorch-layout shape, e.g. [C, H, W]. */
export function unflatten(vector: Vector, shape: number[], order: FlattenOrder = 'chw'): Nested[] {
  checkVector(vector, 'input');
  const size = shape.reduce((a, b) => a * b, 1);
  if (shape.length === 0 || !shape.every((n) => Number.isInteger(n) && n > 0) || size !== vector.length) {
    throw new Error(`cannot reshape ${vector.length} values into ${shapeText(shape)} (${size} values)`);
  }
  const [channelCount, ...spatial] = shape;
  const perChannel = size / channelCount;
  // Position p of channel c sits at c·perChannel + p (chw) or p·channelCount + c (hwc).
  const channelValues = Array.from({ length: channelCount }, (_, c) =>
    Array.from({ length: perChannel }, (_, p) => vector[order === 'chw' ? c * perChannel + p : p * channelCount + c]),
  );
  return channelValues.map((values) => reshape(values, spatial));
}
