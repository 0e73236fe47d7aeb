/** Bad inputs are refused with plain messages (students read them inside the elements). */
import { describe, expect, it } from 'vitest';
import {
  checkMatrix,
  checkTensor3,
  checkVector,
  conv1d,
  conv2d,
  conv2dBackward,
  convTranspose1d,
  convTranspose2d,
  dense,
  flatten,
  globalPool2dBackward,
  pad2d,
  pool2d,
  relu,
  reluBackward,
  softmaxCrossEntropy,
  unflatten,
  zeros,
  type Tensor3,
  type Tensor4,
} from '../../../src/reference';

const image = (c: number, h: number, w: number): Tensor3 => zeros([c, h, w]) as Tensor3;
const kernels = (o: number, i: number, h: number, w: number): Tensor4 => zeros([o, i, h, w]) as Tensor4;

describe('shape validation', () => {
  it('names the ragged row', () => {
    const ragged = [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4]];
    expect(() => checkMatrix(ragged, 'input')).toThrow('input row 2 has 4 values, expected 5');
    expect(() => conv2d([ragged], kernels(1, 1, 2, 2))).toThrow('input channel 0, row 2 has 4 values, expected 5');
    expect(() => checkTensor3([[[1, 2]], [[1, 2], [3, 4]]], 'input')).toThrow('input channel 1 has 2 rows, expected 1');
    expect(() => checkMatrix([[1, 2], [3]], 'weights')).toThrow('weights row 1 has 1 value, expected 2');
  });
  it('refuses empty arrays, non-numbers and NaN', () => {
    expect(() => checkVector([], 'bias')).toThrow('bias has no values');
    expect(() => checkTensor3([[]], 'input')).toThrow('input channel 0 has no rows');
    expect(() => checkMatrix([[1, 'x']], 'input')).toThrow('input row 0, value 1 is not a number (got "x")');
    expect(() => checkMatrix([[1, NaN]], 'input')).toThrow('input row 0, value 1 is not a finite number (got NaN)');
    expect(() => checkTensor3([[1, 2]], 'input')).toThrow('input channel 0, row 0 must be a list of values (got 1)');
    expect(() => relu([[1, 2], [3]])).toThrow('input row 1 has 1 value, expected 2');
  });
  it('names a channel mismatch between input and weights', () => {
    expect(() => conv2d(image(3, 5, 5), kernels(4, 2, 3, 3))).toThrow('weights have 2 input channels but the input has 3');
    expect(() => conv1d([[1, 2, 3]], [[[1], [1]]])).toThrow('weights have 2 input channels but the input has 1');
    expect(() => convTranspose2d(image(3, 2, 2), kernels(2, 1, 2, 2))).toThrow('weights have 2 input channels but the input has 3');
    expect(() => dense([1, 2, 3], [[1, 2]])).toThrow('each weights row has 2 values but the input has 3');
  });
  it('checks bias and gradient sizes', () => {
    expect(() => conv2d(image(1, 3, 3), kernels(2, 1, 2, 2), [1, 2, 3])).toThrow('bias has 3 values but there are 2 filters');
    expect(() => conv2dBackward(image(1, 3, 3), kernels(2, 1, 2, 2), image(2, 2, 3))).toThrow('dout has shape 2×2×3, expected 2×2×2');
    expect(() => reluBackward([1, 2], [1, 2, 3])).toThrow('dout has shape 3, expected 2');
    expect(() => globalPool2dBackward(image(2, 2, 2), [1], 'max')).toThrow('dout has 1 value but the input has 2 channels');
  });
});

describe('option validation', () => {
  it('stride, dilation and pool size must be positive integers', () => {
    expect(() => conv2d(image(1, 5, 5), kernels(1, 1, 3, 3), undefined, { stride: 0 })).toThrow('stride must be a positive integer, got 0');
    expect(() => conv2d(image(1, 5, 5), kernels(1, 1, 3, 3), undefined, { stride: [1, 1.5] })).toThrow('stride must be a positive integer, got 1.5');
    expect(() => conv1d([[1, 2, 3]], [[[1]]], undefined, { dilation: -1 })).toThrow('dilation must be a positive integer, got -1');
    expect(() => pool2d(image(1, 4, 4), { mode: 'max', size: 0 })).toThrow('pool size must be a positive integer, got 0');
    expect(() => convTranspose2d(image(1, 2, 2), kernels(1, 1, 2, 2), undefined, { stride: 0 })).toThrow('stride must be a positive integer, got 0');
  });
  it('a kernel larger than the padded input', () => {
    expect(() => conv2d(image(1, 4, 4), kernels(1, 1, 5, 5))).toThrow('kernel (5) is larger than the padded input (4)');
    expect(() => conv2d(image(1, 3, 3), kernels(1, 1, 6, 1), undefined, { padding: 1 })).toThrow('kernel (6) is larger than the padded input (5)');
    expect(() => conv2d(image(1, 4, 4), kernels(1, 1, 3, 3), undefined, { dilation: 2 })).toThrow(
      'kernel (5 after dilation) is larger than the padded input (4)',
    );
    expect(() => pool2d(image(1, 3, 3), { mode: 'avg', size: 4 })).toThrow('kernel (4) is larger than the padded input (3)');
  });
  it('padding spellings', () => {
    const run = (padding: unknown) => () => conv2d(image(1, 4, 4), kernels(1, 1, 3, 3), undefined, { padding: padding as 'same' });
    expect(run('samee')).toThrow(`padding must be 'valid', 'same', 'full', a non-negative integer or {top, bottom, left, right}, got "samee"`);
    expect(run(-1)).toThrow('padding must be a non-negative integer, got -1');
    expect(run({ top: 1, bottom: 1, left: 1 })).toThrow('padding.right must be a non-negative integer, got undefined');
    expect(() => pad2d(image(1, 2, 2), 1.5)).toThrow('padding.top must be a non-negative integer, got 1.5');
  });
  it('pool mode and all-padding max windows', () => {
    expect(() => pool2d(image(1, 4, 4), { mode: 'min' as 'max', size: 2 })).toThrow(`mode must be 'max' or 'avg', got "min"`);
    expect(() => pool2d(image(1, 2, 2), { mode: 'max', size: 2, padding: 2 })).toThrow('covers only padding');
  });
  it('transposed convolution output padding and cropping', () => {
    expect(() => convTranspose1d([[1, 2]], [[[1, 1]]], undefined, { stride: 2, outputPadding: 2 })).toThrow(
      'output padding (2) must be smaller than the stride (2) or the dilation (1)',
    );
    expect(() => convTranspose1d([[1]], [[[1]]], undefined, { padding: 1 })).toThrow(
      'padding (1) crops away the whole output: it cuts 2 cells from the 1 the transposed convolution makes',
    );
  });
  it('labels and reshapes', () => {
    expect(() => softmaxCrossEntropy([1, 2, 3], 3)).toThrow('label must be an integer from 0 to 2, got 3');
    expect(() => unflatten([1, 2, 3], [2, 2])).toThrow('cannot reshape 3 values into 2×2 (4 values)');
    expect(() => flatten([[1, 2], [3]])).toThrow('input row 1 has 1 value, expected 2');
  });
});
