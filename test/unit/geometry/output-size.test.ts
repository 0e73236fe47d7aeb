import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveKernel, outputSize, resolveAxisPadding, resolvePadding2d } from '../../../src/geometry';
import { loadTorchCases, shapeOf } from './torch-fixtures';

const cases = loadTorchCases();

describe('outputSize: curriculum §4', () => {
  it('5×5 input, 3×3 filter, stride 2, no padding gives 2', () => {
    expect(outputSize({ input: 5, kernel: 3, stride: 2 }).size).toBe(2);
  });

  it('one ring of zero padding keeps a 5×5 input at 5×5 under a 3×3 filter', () => {
    expect(outputSize({ input: 5, kernel: 3, padding: 1 }).size).toBe(5);
  });

  it("Keras 'valid' 3×3 on 28 gives 26 and 2×2 pooling of 11 gives 5 (model A)", () => {
    expect(outputSize({ input: 28, kernel: 3, padding: 'valid' }).size).toBe(26);
    expect(outputSize({ input: 11, kernel: 2, stride: 2 }).size).toBe(5);
  });

  it('flags a quotient that does not tile the input and floors it', () => {
    const result = outputSize({ input: 6, kernel: 3, stride: 2 });
    expect(result.quotient).toBe(1.5);
    expect(result.isInteger).toBe(false);
    expect(result.size).toBe(2);
    expect(result.substituted).toContain('⌊');
  });

  it('marks a tiling configuration as integer', () => {
    const result = outputSize({ input: 7, kernel: 3, stride: 2 });
    expect(result.isInteger).toBe(true);
    expect(result.quotient).toBe(2);
  });

  it('writes the formula in symbols and with the values substituted', () => {
    const result = outputSize({ input: 5, kernel: 3, stride: 2, padding: 1 });
    expect(result.formula).toContain('W');
    expect(result.formula).toContain('S');
    expect(result.substituted).toContain('5');
    expect(result.substituted).toContain('3');
    expect(result.substituted).toContain('2·1');
    expect(result.substituted.endsWith('= 3')).toBe(true);
  });

  it('refuses a kernel larger than the padded input, and stride 0', () => {
    expect(() => outputSize({ input: 4, kernel: 5 })).toThrow(/larger than the padded input/);
    expect(() => outputSize({ input: 4, kernel: 3, stride: 0 })).toThrow(/stride/);
  });
});

describe("padding: TensorFlow's 'same'", () => {
  it('gives ⌈W/S⌉ for any size, kernel, stride and dilation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (input, kernel, stride, dilation) => {
          const result = outputSize({ input, kernel, stride, dilation, padding: 'same' });
          expect(result.size).toBe(Math.ceil(input / stride));
          // the extra cell of an odd total goes after (bottom/right)
          expect(result.padAfter - result.padBefore).toBeGreaterThanOrEqual(0);
          expect(result.padAfter - result.padBefore).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('puts the odd cell at the bottom/right: 2×2 kernel, stride 1 pads 0 before and 1 after', () => {
    expect(resolveAxisPadding(5, 2, 1, 1, 'same')).toEqual([0, 1]);
  });

  it('stride 2 on an even input pads only after: W=8, K=3, S=2 needs 1 cell, placed at the end', () => {
    // total = (⌈8/2⌉ − 1)·2 + 3 − 8 = 1
    expect(resolveAxisPadding(8, 3, 2, 1, 'same')).toEqual([0, 1]);
  });

  it("'full' pads K_eff − 1 on both sides", () => {
    expect(resolveAxisPadding(10, 5, 1, 2, 'full')).toEqual([8, 8]);
    expect(effectiveKernel(5, 2)).toBe(9);
  });

  it('agrees with the explicit pads recorded in the PyTorch fixtures', () => {
    const convs = cases.filter((c) => c.op === 'conv2d');
    expect(convs.length).toBeGreaterThan(5);
    for (const c of convs) {
      const [, height, width] = shapeOf(c.input);
      const o = c.options;
      const [kh, kw] = shapeOf(c.weights).slice(2);
      const pads = resolvePadding2d([height, width], [kh, kw], o.stride, o.dilation, o.padding);
      expect(pads, c.id).toEqual(o.pads);
    }
  });
});

describe('outputSize agrees with PyTorch output shapes', () => {
  it('for every conv2d, conv1d and pool2d fixture', () => {
    let checked = 0;
    for (const c of cases) {
      const inShape = shapeOf(c.input);
      const outShape = shapeOf(c.output);
      const weights = shapeOf(c.weights);
      const o = c.options;
      if (c.op === 'conv2d' || c.op === 'pool2d') {
        const kernel = c.op === 'conv2d' ? weights.slice(2) : [o.size, o.size];
        const stride: [number, number] = c.op === 'conv2d' ? o.stride : [o.stride, o.stride];
        const dilation: [number, number] = c.op === 'conv2d' ? o.dilation : [1, 1];
        for (const axis of [0, 1]) {
          const size = outputSize({
            input: inShape[axis + 1],
            kernel: kernel[axis],
            stride: stride[axis],
            dilation: dilation[axis],
            padding: o.padding,
          }).size;
          expect(size, `${c.id} axis ${axis}`).toBe(outShape[axis + 1]);
        }
        checked++;
      } else if (c.op === 'conv1d') {
        const size = outputSize({
          input: inShape[1],
          kernel: weights[2],
          stride: o.stride,
          dilation: o.dilation,
          padding: o.padding,
        }).size;
        expect(size, c.id).toBe(outShape[1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
