import { describe, expect, it } from 'vitest';
import { batchNormParams, conv1dParams, conv2dParams, denseParams, withThousands } from '../../../src/geometry';

describe('parameter counts with their formulas', () => {
  it('conv2d: (K·K·Cin + 1)·Cout', () => {
    expect(conv2dParams({ kernel: [3, 3], inChannels: 1, filters: 32 })).toEqual({
      params: 320,
      formula: '(3·3·1 + 1)·32 = 320',
    });
    expect(conv2dParams({ kernel: [3, 3], inChannels: 32, filters: 64 }).formula).toBe('(3·3·32 + 1)·64 = 18,496');
  });

  it('conv2d without bias: K·K·Cin·Cout', () => {
    expect(conv2dParams({ kernel: [5, 3], inChannels: 2, filters: 4, useBias: false })).toEqual({
      params: 5 * 3 * 2 * 4,
      formula: '5·3·2·4 = 120',
    });
  });

  it('conv1d: (K·Cin + 1)·Cout, e.g. the traffic model’s 224', () => {
    expect(conv1dParams({ kernel: 6, inChannels: 1, filters: 32 })).toEqual({ params: 224, formula: '(6·1 + 1)·32 = 224' });
  });

  it('dense: in·out + out', () => {
    expect(denseParams({ inputs: 784, units: 128 })).toEqual({ params: 100480, formula: '784·128 + 128 = 100,480' });
    expect(denseParams({ inputs: 784, units: 128, useBias: false })).toEqual({
      params: 100352,
      formula: '784·128 = 100,352',
    });
  });

  it('batch normalization: 4·C of which 2·C are not trainable, as Keras counts', () => {
    expect(batchNormParams(32)).toEqual({
      params: 128,
      trainableParams: 64,
      nonTrainableParams: 64,
      formula: '4·32 = 128',
    });
  });

  it('refuses zero or negative sizes', () => {
    expect(() => conv2dParams({ kernel: [3, 3], inChannels: 1, filters: 0 })).toThrow(/filters must be a positive integer, got 0/);
    expect(() => conv2dParams({ kernel: [0, 3], inChannels: 1, filters: 2 })).toThrow(/kernel height/);
    expect(() => denseParams({ inputs: 10, units: -1 })).toThrow(/units/);
    expect(() => batchNormParams(0)).toThrow(/channels/);
  });

  it('groups thousands like Keras', () => {
    expect(withThousands(62378344)).toBe('62,378,344');
    expect(withThousands(999)).toBe('999');
    expect(withThousands(1000)).toBe('1,000');
    expect(withThousands(0)).toBe('0');
  });
});
