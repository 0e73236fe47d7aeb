import { describe, expect, it } from 'vitest';
import { transposedOutputSize } from '../../../src/geometry';
import { loadTorchCases, shapeOf } from './torch-fixtures';

describe('transposedOutputSize', () => {
  it('curriculum §8: (W − 1)·S − 2P + K, e.g. W=3, K=3, S=2 gives 7', () => {
    const result = transposedOutputSize({ input: 3, kernel: 3, stride: 2 });
    expect(result.size).toBe((3 - 1) * 2 - 0 + 3);
    expect(result.formula).toBe('O = (W − 1)·S − 2P + K');
    expect(result.substituted).toBe('O = (3 − 1)·2 − 2·0 + 3 = 7');
  });

  it('a stride-1 transposed convolution undoes the shrinking of a valid convolution: 5 → 3 → 5', () => {
    expect(transposedOutputSize({ input: 3, kernel: 3 }).size).toBe(5);
  });

  it('adds output padding once, at the end, and shows it in the formula', () => {
    const result = transposedOutputSize({ input: 4, kernel: 3, stride: 2, padding: 1, outputPadding: 1 });
    expect(result.size).toBe((4 - 1) * 2 - 2 * 1 + 3 + 1);
    expect(result.formula).toContain('P_out');
    expect(result.substituted).toContain('+ 1 = 8');
  });

  it('uses the dilated kernel extent D·(K − 1) + 1', () => {
    const result = transposedOutputSize({ input: 4, kernel: 3, dilation: 2 });
    expect(result.size).toBe(3 + 2 * 2 + 1);
    expect(result.formula).toContain('D·(K − 1) + 1');
  });

  it('refuses output padding not smaller than both stride and dilation, like PyTorch', () => {
    expect(() => transposedOutputSize({ input: 4, kernel: 3, stride: 2, outputPadding: 2 })).toThrow(
      /output padding \(2\) must be smaller than the stride \(2\)/,
    );
    expect(() => transposedOutputSize({ input: 4, kernel: 3, stride: 1, outputPadding: 1 })).toThrow(/output padding/);
    // PyTorch accepts it when the dilation is larger
    expect(transposedOutputSize({ input: 4, kernel: 3, stride: 1, dilation: 2, outputPadding: 1 }).size).toBe(
      3 + 2 * 2 + 1 + 1,
    );
  });

  it('refuses padding that crops everything, and non-positive sizes', () => {
    expect(() => transposedOutputSize({ input: 1, kernel: 2, padding: 1 })).toThrow(/crops away/);
    expect(() => transposedOutputSize({ input: 0, kernel: 3 })).toThrow(/input size/);
    expect(() => transposedOutputSize({ input: 3, kernel: 3, stride: 0 })).toThrow(/stride/);
  });

  it('agrees with every transposed-convolution output shape in the PyTorch fixtures', () => {
    const transposed = loadTorchCases().filter((c) => c.op.startsWith('convTranspose'));
    expect(transposed.length).toBeGreaterThan(4);
    for (const c of transposed) {
      const spatialIn = shapeOf(c.input).slice(1);
      const spatialOut = shapeOf(c.output).slice(1);
      const kernels = shapeOf(c.weights).slice(2);
      spatialIn.forEach((input, axis) => {
        const size = transposedOutputSize({
          input,
          kernel: kernels[axis],
          stride: c.options.stride,
          padding: c.options.padding,
          outputPadding: c.options.outputPadding,
        }).size;
        expect(size, `${c.id} axis ${axis}`).toBe(spatialOut[axis]);
      });
    }
  });
});
