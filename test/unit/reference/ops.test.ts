/** Forward values of the smaller ops, against numbers worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
  conv1d,
  convTranspose2d,
  dense,
  flatten,
  globalPool2d,
  leakyRelu,
  pad1d,
  relu,
  sigmoid,
  softmax,
  softmaxCrossEntropy,
  tanh,
  unflatten,
} from '../../../src/reference';
import { expectClose } from './helpers';

describe('activations', () => {
  it('relu keeps the nesting and records each element with its index', () => {
    const { output, steps } = relu([[-1, 2], [0.5, -3]]);
    expect(output).toEqual([[0, 2], [0.5, 0]]);
    expect(steps).toEqual([
      { index: [0, 0], input: -1, output: 0 },
      { index: [0, 1], input: 2, output: 2 },
      { index: [1, 0], input: 0.5, output: 0.5 },
      { index: [1, 1], input: -3, output: 0 },
    ]);
    expect(relu(-2).output).toBe(0);
    expect(relu(-2).steps).toEqual([{ index: [], input: -2, output: 0 }]);
  });
  it('leakyRelu scales negatives by alpha (default 0.01)', () => {
    expect(leakyRelu([-100, 3]).output).toEqual([-1, 3]);
    expect(leakyRelu([[-10, 4]], 0.3).output).toEqual([[-3, 4]]);
  });
  it('sigmoid and tanh at known points, without overflow far out', () => {
    expect(sigmoid([0]).output).toEqual([0.5]);
    expectClose(sigmoid([Math.log(3)]).output, [0.75], 1e-12);
    expect(sigmoid([-1000, 1000]).output).toEqual([0, 1]);
    expectClose(tanh([Math.log(2)]).output, [0.6], 1e-12); // (2 − ½)/(2 + ½)
  });
  it('softmax: [0, ln 2] → [1/3, 2/3]; huge equal scores stay finite', () => {
    expectClose(softmax([0, Math.log(2)]).output, [1 / 3, 2 / 3], 1e-12);
    expect(softmax([1000, 1000]).output).toEqual([0.5, 0.5]);
    expect(softmax([1, 2]).steps.map((s) => s.index)).toEqual([[0], [1]]);
  });
  it('softmax cross-entropy: loss −log p_label and dlogits p − one-hot', () => {
    const { loss, dlogits } = softmaxCrossEntropy([0, Math.log(2)], 1);
    expect(loss).toBeCloseTo(-Math.log(2 / 3), 12);
    expectClose(dlogits, [1 / 3, -1 / 3], 1e-12);
    expect(softmaxCrossEntropy([1000, 0], 1).loss).toBeCloseTo(1000, 9);
  });
});

describe('dense', () => {
  it('output[j] = Σ input[i]·W[j][i] + b[j], with a step per output unit', () => {
    const { output, steps } = dense([1, 2], [[1, 1], [2, -1]], [0.5, 0]);
    expect(output).toEqual([3.5, 0]);
    expect(steps[1]).toEqual({
      outIndex: 1,
      terms: [
        { inIndex: 0, value: 1, weight: 2, product: 2 },
        { inIndex: 1, value: 2, weight: -1, product: -2 },
      ],
      bias: 0,
      sum: 0,
    });
  });
});

describe('flatten and unflatten', () => {
  const x = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]; // [C=2][H=2][W=2]
  it("'chw' (PyTorch) takes channel by channel, 'hwc' (Keras) position by position", () => {
    expect(flatten(x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(flatten(x, 'hwc')).toEqual([1, 5, 2, 6, 3, 7, 4, 8]);
    expect(flatten([[1, 2, 3], [4, 5, 6]], 'hwc')).toEqual([1, 4, 2, 5, 3, 6]);
  });
  it('unflatten inverts flatten in both orders', () => {
    expect(unflatten([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2])).toEqual(x);
    expect(unflatten([1, 5, 2, 6, 3, 7, 4, 8], [2, 2, 2], 'hwc')).toEqual(x);
    expect(unflatten([1, 2, 3], [3])).toEqual([1, 2, 3]);
  });
});

describe('global pooling and 1D ops', () => {
  it('one value per channel', () => {
    const input = [[[1, 2], [3, 6]], [[-1, -5], [0, -2]]];
    expect(globalPool2d(input, 'avg').output).toEqual([3, -2]);
    const max = globalPool2d(input, 'max');
    expect(max.output).toEqual([6, 0]);
    expect(max.steps.map((s) => s.winner)).toEqual([{ row: 1, col: 1 }, { row: 1, col: 0 }]);
  });
  it('pad1d adds values at each end', () => {
    expect(pad1d([[1, 2]], { left: 1, right: 2 })).toEqual([[0, 1, 2, 0, 0]]);
    expect(pad1d([[1]], 1, 9)).toEqual([[9, 1, 9]]);
  });
  it('conv1d traces positions, padding and channel sums', () => {
    const { output, steps } = conv1d([[1, 2, 3], [1, 0, 1]], [[[1, -1], [2, 2]]], [1], { padding: 'same' });
    // same with K=2: one padding cell on the right.
    expect(output).toEqual([[1 - 2 + 2 + 0 + 1, 2 - 3 + 0 + 2 + 1, 3 + 2 + 1]]);
    expect(steps[2].terms.map((t) => [t.channel, t.position, t.padded])).toEqual([
      [0, 2, false],
      [0, 3, true],
      [1, 2, false],
      [1, 3, true],
    ]);
    expect(steps[2].channelSums).toEqual([3, 2]);
  });
});

describe('convTranspose2d', () => {
  const input = [[[1, 2], [3, 4]]];
  const ones = [[[[1, 1], [1, 1]]]];
  it('stride 2 places one scaled kernel per input cell, without overlap', () => {
    expect(convTranspose2d(input, ones, undefined, { stride: 2 }).output).toEqual([
      [[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]],
    ]);
  });
  it('stride 1 overlaps the copies, which add up; bias is added once per cell', () => {
    const { output, steps } = convTranspose2d(input, ones, [10]);
    expect(output).toEqual([[[11, 13, 12], [14, 20, 16], [13, 17, 14]]]);
    expect(steps[3]).toMatchObject({ inChannel: 0, inRow: 1, inCol: 1, inputValue: 4 });
    expect(steps[3].adds.map((a) => [a.outRow, a.outCol, a.product])).toEqual([[1, 1, 4], [1, 2, 4], [2, 1, 4], [2, 2, 4]]);
  });
});
