import { describe, expect, it } from 'vitest';
import { KERNEL_PRESETS } from '../../../src/presets';
import { KernelSpecError, formatKernelSpec, integerForm, normaliseKernelSpec, parseKernelSpec } from '../../../src/imaging';

function errorOf(text: string): KernelSpecError | null {
  try {
    parseKernelSpec(text);
  } catch (error) {
    if (error instanceof KernelSpecError) return error;
    throw error;
  }
  return null;
}

const codeOf = (text: string): string => errorOf(text)?.code ?? 'none';

describe('kernel specs', () => {
  it('writes blur presets as integers over a divisor', () => {
    expect(integerForm(KERNEL_PRESETS['box-blur'])).toEqual({ weights: [[1, 1, 1], [1, 1, 1], [1, 1, 1]], divisor: 9 });
    expect(integerForm(KERNEL_PRESETS['gaussian-blur'])).toEqual({ weights: [[1, 2, 1], [2, 4, 2], [1, 2, 1]], divisor: 16 });
    expect(integerForm([[0.5, Math.PI]]).divisor).toBe(1);
  });

  it('reads a preset name, a JSON matrix and JSON with a divisor', () => {
    const box = parseKernelSpec(' box-blur ');
    expect(box.preset).toBe('box-blur');
    expect(box.divisor).toBe(9);
    expect(box.kernel).toEqual(KERNEL_PRESETS['box-blur']);
    const custom = parseKernelSpec('[[0,-1,0],[-1,4,-1],[0,-1,0]]');
    expect(custom.preset).toBeNull();
    expect(custom.kernel[1][1]).toBe(4);
    const divided = parseKernelSpec('{"weights":[[1,2],[3,4]],"divisor":10}');
    expect(divided.kernel).toEqual([[0.1, 0.2], [0.3, 0.4]]);
  });

  it('formats a spec back to text that parses to the same kernel', () => {
    expect(formatKernelSpec(parseKernelSpec('sharpen'))).toBe('sharpen');
    const text = formatKernelSpec(parseKernelSpec('{"weights":[[1,2],[3,4]],"divisor":10}'));
    expect(parseKernelSpec(text).kernel).toEqual([[0.1, 0.2], [0.3, 0.4]]);
    expect(formatKernelSpec(parseKernelSpec('[[1,0],[0,-1]]'))).toBe('[[1,0],[0,-1]]');
  });

  it('names what is wrong with a bad kernel', () => {
    expect(codeOf('blurry')).toBe('unknown-preset');
    expect(codeOf('[[1,2],')).toBe('bad-json');
    expect(codeOf('[1,2,3]')).toBe('not-matrix');
    expect(codeOf('[[1,2],[3]]')).toBe('ragged');
    expect(codeOf('[[1,"a"]]')).toBe('not-number');
    expect(codeOf(JSON.stringify(Array.from({ length: 10 }, () => Array(10).fill(1))))).toBe('too-large');
    expect(codeOf('{"weights":[[1]],"divisor":0}')).toBe('bad-divisor');
  });

  it('names a bad row or cell counting from 0 at the top left', () => {
    // The third row is short: row 2, compared with row 0.
    const ragged = errorOf('[[1,2,3],[4,5,6],[7,8]]')!;
    expect(ragged.params).toEqual({ row: 2, count: 2, expected: 3 });
    expect(ragged.message).toBe('row 2 has 2 numbers but row 0 has 3 (rows count from 0)');
    // Second row, third column.
    const text = errorOf('[[1,2,3],[4,5,"x"]]')!;
    expect(text.params).toEqual({ row: 1, col: 2 });
    expect(text.message).toBe('row 1, column 2 (counting from 0 at the top left) is not a number');
  });
});

describe('normaliseKernelSpec', () => {
  it('divides by the sum of the weights, and refuses a zero-sum kernel', () => {
    const normalised = normaliseKernelSpec(parseKernelSpec('[[1,2,1],[2,4,2],[1,2,1]]'))!;
    expect(normalised.divisor).toBe(16);
    expect(normalised.kernel).toEqual(KERNEL_PRESETS['gaussian-blur']);
    expect(normaliseKernelSpec(parseKernelSpec('laplacian'))).toBeNull();
  });
});
