import { describe, expect, it } from 'vitest';
import { layerOutputShape, zeroPadding2dSides } from '../../../src/geometry';

describe('layerOutputShape (channels last, like Keras)', () => {
  it('conv2d with strides and dilation', () => {
    expect(layerOutputShape({ type: 'conv2d', filters: 5, kernelSize: 3, strides: 2 }, [7, 9, 1])).toEqual([3, 4, 5]);
    // K_eff = 2·(3 − 1) + 1 = 5: 9 − 5 + 1 = 5
    expect(layerOutputShape({ type: 'conv2d', filters: 1, kernelSize: 3, dilationRate: 2 }, [9, 9, 2])).toEqual([5, 5, 1]);
    expect(layerOutputShape({ type: 'conv2d', filters: 2, kernelSize: [3, 1] }, [5, 5, 1])).toEqual([3, 5, 2]);
  });

  it("pooling: pool size 2 by default, stride = pool size, 'same' gives ⌈W/S⌉", () => {
    expect(layerOutputShape({ type: 'maxPooling2d' }, [7, 7, 3])).toEqual([3, 3, 3]);
    expect(layerOutputShape({ type: 'maxPooling2d', padding: 'same' }, [7, 7, 3])).toEqual([4, 4, 3]);
    expect(layerOutputShape({ type: 'averagePooling2d', poolSize: 3, strides: 1 }, [5, 6, 2])).toEqual([3, 4, 2]);
  });

  it('1D layers on [length, channels]', () => {
    // curriculum §7: input (5, 1), Conv1D(filters=1, kernel_size=2) → (4, 1)
    expect(layerOutputShape({ type: 'conv1d', filters: 1, kernelSize: 2 }, [5, 1])).toEqual([4, 1]);
    expect(layerOutputShape({ type: 'conv1d', filters: 1, kernelSize: 3 }, [5, 1])).toEqual([3, 1]);
    expect(layerOutputShape({ type: 'conv1d', filters: 1, kernelSize: 3, padding: 'same' }, [5, 1])).toEqual([5, 1]);
    expect(layerOutputShape({ type: 'conv1d', filters: 3, kernelSize: 2, strides: 2 }, [5, 1])).toEqual([2, 3]);
    expect(layerOutputShape({ type: 'maxPooling1d' }, [9, 4])).toEqual([4, 4]);
    expect(layerOutputShape({ type: 'globalMaxPooling1d' }, [9, 4])).toEqual([4]);
  });

  it('global pooling keeps one number per channel; flatten multiplies everything', () => {
    expect(layerOutputShape({ type: 'globalAveragePooling2d' }, [7, 7, 64])).toEqual([64]);
    expect(layerOutputShape({ type: 'flatten' }, [5, 5, 64])).toEqual([1600]);
  });

  it('Dense acts on the last axis like Keras; shape-preserving layers keep the shape', () => {
    expect(layerOutputShape({ type: 'dense', units: 10 }, [4, 4, 8])).toEqual([4, 4, 10]);
    for (const type of ['reLU', 'leakyReLU', 'batchNormalization'] as const) {
      expect(layerOutputShape({ type }, [3, 3, 2])).toEqual([3, 3, 2]);
    }
    expect(layerOutputShape({ type: 'dropout', rate: 0 }, [10])).toEqual([10]);
  });

  it('zero padding: n, [rows, cols] and [[top, bottom], [left, right]]', () => {
    expect(layerOutputShape({ type: 'zeroPadding2d', padding: 2 }, [28, 28, 1])).toEqual([32, 32, 1]);
    expect(layerOutputShape({ type: 'zeroPadding2d' }, [5, 5, 1])).toEqual([7, 7, 1]);
    expect(layerOutputShape({ type: 'zeroPadding2d', padding: [1, 2] }, [5, 5, 1])).toEqual([7, 9, 1]);
    expect(zeroPadding2dSides([[0, 1], [2, 3]])).toEqual({ top: 0, bottom: 1, left: 2, right: 3 });
    expect(() => zeroPadding2dSides(-1)).toThrow(/non-negative/);
  });

  it('explains impossible configurations in plain words', () => {
    expect(() => layerOutputShape({ type: 'conv2d', filters: 1, kernelSize: 5 }, [4, 4, 1])).toThrow(
      'kernel height 5 is larger than the padded input height 4',
    );
    expect(() => layerOutputShape({ type: 'conv2d', filters: 1, kernelSize: 3, strides: 2, dilationRate: 2 }, [9, 9, 1])).toThrow(
      /stride above 1 cannot be combined with a dilation rate above 1/,
    );
    expect(() => layerOutputShape({ type: 'maxPooling2d', poolSize: 3 }, [2, 8, 1])).toThrow(/pool window height 3/);
    expect(() => layerOutputShape({ type: 'conv2d', filters: 1, kernelSize: 3, padding: 'full' as 'same' }, [4, 4, 1])).toThrow(
      /padding must be 'valid' or 'same'/,
    );
    expect(() => layerOutputShape({ type: 'dense', units: 2, activation: 'rellu' as 'relu' }, [3])).toThrow(/unknown activation 'rellu'/);
    expect(() => layerOutputShape({ type: 'dense', units: 2 }, [3, 0])).toThrow(/input shape/);
  });
});
