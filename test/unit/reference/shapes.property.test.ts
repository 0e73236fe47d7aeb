/**
 * Property tests: for random configurations the engine's output shape is the one src/geometry
 * predicts, and the engine refuses exactly the configurations geometry calls impossible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputSize, type OutputSizeInput } from '../../../src/geometry';
import { conv1d, conv2d, convTranspose1d, convTranspose2d, pool2d, zeros, type Padding, type Tensor3 } from '../../../src/reference';

type AxisPadding = OutputSizeInput['padding'];

/** geometry's prediction for one axis, or the reason it gives for refusing. */
function predict(input: number, kernel: number, stride: number, dilation: number, padding: AxisPadding): number | string {
  try {
    return outputSize({ input, kernel, stride, dilation, padding }).size;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs the engine; a refusal must carry geometry's reason, a success geometry's shape. */
function expectAgreement(run: () => number[], rows: number | string, cols: number | string, leading: number): void {
  if (typeof rows === 'string' || typeof cols === 'string') {
    expect(run).toThrow(typeof rows === 'string' ? rows : (cols as string));
  } else {
    expect(run()).toEqual([leading, rows, cols]);
  }
}

const shape3 = (x: number[][][]): number[] => [x.length, x[0].length, x[0][0].length];

const namedPadding = fc.constantFrom<'valid' | 'same' | 'full'>('valid', 'same', 'full');
const explicit2d = fc.record({
  top: fc.nat(2),
  bottom: fc.nat(2),
  left: fc.nat(2),
  right: fc.nat(2),
});
const padding2d: fc.Arbitrary<Padding> = fc.oneof(namedPadding, fc.nat(2), explicit2d);

/** Splits any 2D padding spelling into what geometry takes for rows and for columns. */
function axes(padding: Padding): [AxisPadding, AxisPadding] {
  if (typeof padding === 'object') return [[padding.top, padding.bottom], [padding.left, padding.right]];
  return [padding, padding];
}

describe('output shapes agree with geometry.outputSize', () => {
  it('conv2d', () => {
    const config = fc.record({
      channels: fc.integer({ min: 1, max: 2 }),
      filters: fc.integer({ min: 1, max: 2 }),
      height: fc.integer({ min: 1, max: 8 }),
      width: fc.integer({ min: 1, max: 8 }),
      kernelH: fc.integer({ min: 1, max: 4 }),
      kernelW: fc.integer({ min: 1, max: 4 }),
      strideH: fc.integer({ min: 1, max: 3 }),
      strideW: fc.integer({ min: 1, max: 3 }),
      dilation: fc.integer({ min: 1, max: 2 }),
      padding: padding2d,
    });
    fc.assert(
      fc.property(config, (c) => {
        const [rowPadding, colPadding] = axes(c.padding);
        const rows = predict(c.height, c.kernelH, c.strideH, c.dilation, rowPadding);
        const cols = predict(c.width, c.kernelW, c.strideW, c.dilation, colPadding);
        const input = zeros([c.channels, c.height, c.width]) as Tensor3;
        const weights = zeros([c.filters, c.channels, c.kernelH, c.kernelW]) as number[][][][];
        const options = { stride: [c.strideH, c.strideW] as [number, number], dilation: c.dilation, padding: c.padding };
        expectAgreement(() => shape3(conv2d(input, weights, undefined, options).output), rows, cols, c.filters);
      }),
      { numRuns: 300 },
    );
  });

  it('conv1d', () => {
    const config = fc.record({
      length: fc.integer({ min: 1, max: 12 }),
      kernel: fc.integer({ min: 1, max: 5 }),
      stride: fc.integer({ min: 1, max: 3 }),
      dilation: fc.integer({ min: 1, max: 3 }),
      padding: fc.oneof(namedPadding, fc.nat(3), fc.record({ left: fc.nat(3), right: fc.nat(3) })),
    });
    fc.assert(
      fc.property(config, (c) => {
        const axisPadding: AxisPadding = typeof c.padding === 'object' ? [c.padding.left, c.padding.right] : c.padding;
        const predicted = predict(c.length, c.kernel, c.stride, c.dilation, axisPadding);
        const input = [new Array<number>(c.length).fill(1)];
        const run = (): number[] => {
          const { output } = conv1d(input, [[new Array<number>(c.kernel).fill(1)]], undefined, c);
          return [1, output.length, output[0].length];
        };
        expectAgreement(run, 1, predicted, 1);
      }),
      { numRuns: 300 },
    );
  });

  it('pool2d (stride defaults to the pool size)', () => {
    const config = fc.record({
      height: fc.integer({ min: 1, max: 9 }),
      width: fc.integer({ min: 1, max: 9 }),
      size: fc.integer({ min: 1, max: 4 }),
      stride: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      mode: fc.constantFrom<'max' | 'avg'>('max', 'avg'),
      // Explicit padding stays below the pool size, so no max window is all padding.
      padding: fc.oneof(namedPadding, fc.nat(3)),
    });
    fc.assert(
      fc.property(config, (c) => {
        const padding = typeof c.padding === 'number' ? Math.min(c.padding, c.size - 1) : c.padding;
        const stride = c.stride ?? c.size;
        const rows = predict(c.height, c.size, stride, 1, padding);
        const cols = predict(c.width, c.size, stride, 1, padding);
        const input = zeros([2, c.height, c.width]) as Tensor3;
        const run = (): number[] => shape3(pool2d(input, { mode: c.mode, size: c.size, stride: c.stride, padding }).output);
        expectAgreement(run, rows, cols, 2);
      }),
      { numRuns: 300 },
    );
  });

  // Transposed convolution has its own formula, written out here independently of the engine.
  const transposedSize = (w: number, k: number, s: number, p: number, op: number, d: number): number =>
    (w - 1) * s - 2 * p + d * (k - 1) + op + 1;
  const transposeConfig = fc
    .record({
      height: fc.integer({ min: 1, max: 5 }),
      width: fc.integer({ min: 1, max: 5 }),
      kernel: fc.integer({ min: 1, max: 4 }),
      stride: fc.integer({ min: 1, max: 3 }),
      padding: fc.nat(2),
      dilation: fc.integer({ min: 1, max: 2 }),
      outputPadding: fc.nat(2),
    })
    .filter((c) => c.outputPadding < Math.max(c.stride, c.dilation));

  it('convTranspose2d: (W−1)S − 2P + D(K−1) + op + 1', () => {
    fc.assert(
      fc.property(transposeConfig, (c) => {
        const rows = transposedSize(c.height, c.kernel, c.stride, c.padding, c.outputPadding, c.dilation);
        const cols = transposedSize(c.width, c.kernel, c.stride, c.padding, c.outputPadding, c.dilation);
        const input = zeros([1, c.height, c.width]) as Tensor3;
        const weights = zeros([1, 3, c.kernel, c.kernel]) as number[][][][];
        const run = (): number[] => shape3(convTranspose2d(input, weights, undefined, c).output);
        if (rows < 1 || cols < 1) expect(run).toThrow('crops away the whole output');
        else expect(run()).toEqual([3, rows, cols]);
      }),
      { numRuns: 300 },
    );
  });

  it('convTranspose1d: (W−1)S − 2P + D(K−1) + op + 1', () => {
    fc.assert(
      fc.property(transposeConfig, (c) => {
        const length = transposedSize(c.width, c.kernel, c.stride, c.padding, c.outputPadding, c.dilation);
        const input = [new Array<number>(c.width).fill(1)];
        const run = (): number => convTranspose1d(input, [[new Array<number>(c.kernel).fill(1)]], undefined, c).output[0].length;
        if (length < 1) expect(run).toThrow('crops away the whole output');
        else expect(run()).toBe(length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('traces have one step per output cell', () => {
  it('conv2d, pool2d and convTranspose2d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }), (size, kernel, stride) => {
        const input = zeros([2, size, size]) as Tensor3;
        const conv = conv2d(input, zeros([3, 2, kernel, kernel]) as number[][][][], undefined, { stride });
        expect(conv.steps).toHaveLength(conv.output.flat(2).length);
        expect(conv.steps.every((s) => s.terms.length === 2 * kernel * kernel)).toBe(true);
        const pool = pool2d(input, { mode: 'max', size: kernel, stride });
        expect(pool.steps).toHaveLength(pool.output.flat(2).length);
        const transposed = convTranspose2d(input, zeros([2, 1, kernel, kernel]) as number[][][][], undefined, { stride });
        expect(transposed.steps).toHaveLength(2 * size * size);
      }),
      { numRuns: 50 },
    );
  });
  it('trace: false skips the steps but not the output', () => {
    const input = [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]];
    const traced = conv2d(input, [[[[1, 0], [0, -1]]]], [0.5]);
    const untraced = conv2d(input, [[[[1, 0], [0, -1]]]], [0.5], { trace: false });
    expect(untraced.steps).toEqual([]);
    expect(untraced.output).toEqual(traced.output);
  });
});
