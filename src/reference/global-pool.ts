/**
 * Global pooling (Keras's GlobalAveragePooling2D / GlobalMaxPooling2D): one number per
 * channel, from a single window that covers the whole feature map.
 */
import type { PoolStep, Tensor3, Traced, Vector } from './types';
import { checkTensor3, checkVector } from './tensor';
import { pool2d, pool2dBackward } from './pool';

export type GlobalPoolMode = 'max' | 'avg';

const wholeMap = (input: Tensor3): [number, number] => [input[0].length, input[0][0].length];

export function globalPool2d(input: Tensor3, mode: GlobalPoolMode): Traced<Vector, PoolStep> {
  checkTensor3(input, 'input');
  const { output, steps } = pool2d(input, { mode, size: wholeMap(input) });
  return { output: output.map((channel) => channel[0][0]), steps };
}

/** dout has one value per channel; it goes to the winner (max) or is spread evenly (avg). */
export function globalPool2dBackward(input: Tensor3, dout: Vector, mode: GlobalPoolMode): Tensor3 {
  checkTensor3(input, 'input');
  checkVector(dout, 'dout');
  if (dout.length !== input.length) {
    throw new Error(`dout has ${dout.length} value${dout.length === 1 ? '' : 's'} but the input has ${input.length} channels`);
  }
  return pool2dBackward(input, dout.map((value) => [[value]]), { mode, size: wholeMap(input) });
}
