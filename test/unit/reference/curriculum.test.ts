/** The worked examples of CURRICULUM.md §1, §2, §3, §5, §7 and §8, number for number. */
import { describe, expect, it } from 'vitest';
import { conv1d, conv2d, convTranspose1d, pad2d, pool2d, type Matrix, type Tensor3 } from '../../../src/reference';
import { expectClose } from './helpers';

const exampleA: Matrix = [
  [7, 2, 3, 3, 8],
  [4, 5, 3, 8, 4],
  [3, 3, 2, 8, 4],
  [2, 8, 7, 2, 7],
  [5, 4, 4, 5, 4],
];
const verticalEdge: Matrix = [
  [1, 0, -1],
  [1, 0, -1],
  [1, 0, -1],
];
/** A single-channel image and a single filter, as the 2D examples use them. */
const image = (m: Matrix): Tensor3 => [m];
const filter = (k: Matrix): number[][][][] => [[k]];

describe('§1 fully connected vs convolution', () => {
  it('a 2×2 kernel on a 3×3 image: 4 outputs, each from 4 inputs with shared weights', () => {
    const { output, steps } = conv2d(image([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), filter([[1, 2], [3, 4]]));
    expect(output).toEqual([[[37, 47], [67, 77]]]);
    expect(steps).toHaveLength(4);
    for (const step of steps) expect(step.terms.map((t) => t.weight)).toEqual([1, 2, 3, 4]);
  });
});

describe('§2 example A: vertical edge kernel on a 5×5 input', () => {
  it('valid, stride 1 gives [[6,−9,−8],[−3,−2,−3],[−3,0,−2]]', () => {
    const { output } = conv2d(image(exampleA), filter(verticalEdge));
    expect(output).toEqual([[[6, -9, -8], [-3, -2, -3], [-3, 0, -2]]]);
  });

  it('traces the top-left cell row by row: 7·1, 2·0, 3·(−1), 4·1, … = 6', () => {
    const step = conv2d(image(exampleA), filter(verticalEdge)).steps[0];
    expect([step.outChannel, step.outRow, step.outCol]).toEqual([0, 0, 0]);
    expect(step.window).toEqual({ row: 0, col: 0, height: 3, width: 3 });
    expect(step.terms.map((t) => t.value)).toEqual([7, 2, 3, 4, 5, 3, 3, 3, 2]);
    expect(step.terms.map((t) => t.weight)).toEqual([1, 0, -1, 1, 0, -1, 1, 0, -1]);
    expect(step.terms.map((t) => t.product + 0)).toEqual([7, 0, -3, 4, 0, -3, 3, 0, -2]);
    expect(step.terms.map((t) => [t.row, t.col])).toEqual([
      [0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2],
    ]);
    expect(step.terms.every((t) => !t.padded)).toBe(true);
    expect(step.channelSums).toEqual([6]);
    expect(step.bias).toBe(0);
    expect(step.sum).toBe(6);
  });

  it('steps run over output rows, then columns', () => {
    const { steps } = conv2d(image(exampleA), filter(verticalEdge));
    expect(steps.map((s) => [s.outRow, s.outCol])).toEqual([
      [0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2],
    ]);
    expect(steps.map((s) => s.sum)).toEqual([6, -9, -8, -3, -2, -3, -3, 0, -2]);
  });

  it('stride 2 gives [[6,−8],[−3,−2]]', () => {
    expect(conv2d(image(exampleA), filter(verticalEdge), undefined, { stride: 2 }).output).toEqual([[[6, -8], [-3, -2]]]);
  });

  const samePadded = [
    [-7, 5, -4, -6, 11],
    [-10, 6, -9, -8, 19],
    [-16, -3, -2, -3, 18],
    [-15, -3, 0, -2, 15],
    [-12, -4, 5, 0, 7],
  ];
  it('padding 1 gives the 5×5 result', () => {
    expect(conv2d(image(exampleA), filter(verticalEdge), undefined, { padding: 1 }).output).toEqual([samePadded]);
  });
  it("padding 'same' gives the same 5×5 result; the corner window reads 5 padding cells", () => {
    const { output, steps } = conv2d(image(exampleA), filter(verticalEdge), undefined, { padding: 'same' });
    expect(output).toEqual([samePadded]);
    expect(steps[0].window).toEqual({ row: -1, col: -1, height: 3, width: 3 });
    expect(steps[0].terms.filter((t) => t.padded)).toHaveLength(5);
    expect(steps[0].terms.filter((t) => t.padded).every((t) => t.value === 0)).toBe(true);
  });
});

describe('§2 example B: binary image', () => {
  it('gives [[4,3,4],[2,4,3],[2,3,4]]', () => {
    const input = [
      [1, 1, 1, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 1, 1, 1],
      [0, 0, 1, 1, 0],
      [0, 1, 1, 0, 0],
    ];
    const kernel = [
      [1, 0, 1],
      [0, 1, 0],
      [1, 0, 1],
    ];
    expect(conv2d(image(input), filter(kernel)).output).toEqual([[[4, 3, 4], [2, 4, 3], [2, 3, 4]]]);
  });
});

describe('§2 example C: three channels, one 3×3×3 filter of 0.1', () => {
  const channel = [0, 1, 2, 3, 4].map((row) => new Array(5).fill(row < 3 ? 200 : 0));
  const input = [channel, channel, channel];
  const weights = [[0, 1, 2].map(() => [[0.1, 0.1, 0.1], [0.1, 0.1, 0.1], [0.1, 0.1, 0.1]])];
  const { output, steps } = conv2d(input, weights);

  it('gives rows of 540, 360 and 180', () => {
    expectClose(output, [[[540, 540, 540], [360, 360, 360], [180, 180, 180]]], 1e-9);
  });
  it('each step sums 27 products, channel by channel', () => {
    const rowSums = [180, 120, 60];
    for (const step of steps) {
      expect(step.terms).toHaveLength(27);
      expect(step.terms.map((t) => t.channel)).toEqual([...Array(9).fill(0), ...Array(9).fill(1), ...Array(9).fill(2)]);
      expectClose(step.channelSums, [0, 1, 2].map(() => rowSums[step.outRow]), 1e-9);
    }
  });
});

describe('§2 flip: true convolution', () => {
  const input = [[[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]]];
  const kernel = [[1, 2, 0], [-1, 3, 4], [2, -2, 5]];
  const rotated = kernel.map((row) => [...row].reverse()).reverse();

  it('equals cross-correlation with the kernel rotated by 180°', () => {
    for (const padding of ['valid', 'same', 'full'] as const) {
      const flipped = conv2d(input, [[kernel]], [1], { flip: true, padding, stride: 1 });
      expect(flipped.output).toEqual(conv2d(input, [[rotated]], [1], { padding }).output);
    }
  });

  it("with 'full' padding matches G[i,j] = Σ F[m,n]·X[i−m, j−n]", () => {
    const x = input[0];
    const size = x.length + kernel.length - 1;
    const expected = Array.from({ length: size }, (_, i) =>
      Array.from({ length: size }, (_, j) => {
        let sum = 0;
        kernel.forEach((row, m) =>
          row.forEach((f, n) => {
            const value = x[i - m]?.[j - n];
            if (value !== undefined) sum += f * value;
          }),
        );
        return sum;
      }),
    );
    expect(conv2d(input, [[kernel]], undefined, { flip: true, padding: 'full' }).output).toEqual([expected]);
  });

  it('records the flipped weights in the trace', () => {
    const step = conv2d(input, [[kernel]], undefined, { flip: true }).steps[0];
    expect(step.terms.map((t) => t.weight)).toEqual(rotated.flat());
  });
});

describe('§3 padding', () => {
  it('a 5×5 input padded with one ring of zeros becomes 7×7', () => {
    const input = [
      [1, 2, 3, 4, 5],
      [2, 1, 0, 1, 2],
      [3, 0, 1, 1, 0],
      [1, 4, 1, 1, 2],
      [2, 1, 1, 0, 0],
    ];
    const zeroRow = [0, 0, 0, 0, 0, 0, 0];
    expect(pad2d([input], 1)).toEqual([[zeroRow, ...input.map((row) => [0, ...row, 0]), zeroRow]]);
  });
  it('pads each side separately, with any value', () => {
    expect(pad2d([[[1, 2]]], { top: 1, bottom: 0, left: 0, right: 2 }, -1)).toEqual([[[-1, -1, -1, -1], [1, 2, -1, -1]]]);
  });
});

describe('§5 pooling', () => {
  const first = [[[1, 3, 2, 1], [2, 9, 1, 1], [1, 3, 2, 3], [5, 6, 1, 2]]];
  it('max 2×2 stride 2 gives [[9,2],[6,3]] and names each winner', () => {
    const { output, steps } = pool2d(first, { mode: 'max', size: 2 });
    expect(output).toEqual([[[9, 2], [6, 3]]]);
    expect(steps.map((s) => s.winner)).toEqual([
      { row: 1, col: 1 },
      { row: 0, col: 2 },
      { row: 3, col: 1 },
      { row: 2, col: 3 },
    ]);
    expect(steps[0].terms.map((t) => t.value)).toEqual([1, 3, 2, 9]);
  });
  it('average 2×2 stride 2 gives [[3.75,1.25],[3.75,2.0]]', () => {
    const { output, steps } = pool2d(first, { mode: 'avg', size: 2, stride: 2 });
    expect(output).toEqual([[[3.75, 1.25], [3.75, 2.0]]]);
    expect(steps.every((s) => s.winner === undefined && s.mode === 'avg')).toBe(true);
  });
  it('max 2×2 stride 2 on the second example gives [[4,8],[6,9]]', () => {
    const { output, steps } = pool2d([[[4, 3, 1, 5], [1, 3, 4, 8], [4, 5, 4, 3], [6, 5, 9, 4]]], { mode: 'max', size: 2 });
    expect(output).toEqual([[[4, 8], [6, 9]]]);
    expect(steps.map((s) => s.winner)).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 3 },
      { row: 3, col: 0 },
      { row: 3, col: 2 },
    ]);
  });
  it('a tie goes to the first maximum in row-major order, as in PyTorch', () => {
    expect(pool2d([[[5, 5], [5, 5]]], { mode: 'max', size: 2 }).steps[0].winner).toEqual({ row: 0, col: 0 });
    expect(pool2d([[[1, 7], [7, 2]]], { mode: 'max', size: 2 }).steps[0].winner).toEqual({ row: 0, col: 1 });
  });
  it("padding cells never win max pooling, and count in the average unless countPadding is false", () => {
    const input = [[[-4, -2, -6]]];
    const max = pool2d(input, { mode: 'max', size: 2, padding: 'same' });
    expect(max.output).toEqual([[[-2, -6]]]);
    expect(max.steps[1].winner).toEqual({ row: 0, col: 2 });
    // 'same' on width 3 with size 2: one padding column on the right, one padding row below.
    expect(pool2d(input, { mode: 'avg', size: 2, padding: 'same' }).output).toEqual([[[-1.5, -1.5]]]);
    expect(pool2d(input, { mode: 'avg', size: 2, padding: 'same', countPadding: false }).output).toEqual([[[-3, -6]]]);
  });
});

describe('§7 1D convolution (Keras shapes)', () => {
  const series = [[1, 2, 3, 4, 5]];
  it('kernel 2 on length 5 gives length 4; same keeps 5; stride 2 gives 2', () => {
    expect(conv1d(series, [[[1, 1]]]).output).toEqual([[3, 5, 7, 9]]);
    expect(conv1d(series, [[[1, 1, 1]]], undefined, { padding: 'same' }).output).toEqual([[3, 6, 9, 12, 9]]);
    expect(conv1d(series, [[[1, 1]]], undefined, { stride: 2 }).output).toEqual([[3, 7]]);
  });
});

describe('§8 transposed convolution', () => {
  it('each input value scales the kernel; copies are added at stride offsets', () => {
    const { output, steps } = convTranspose1d([[1, 2]], [[[1, 1, 1]]], undefined, { stride: 2 });
    expect(output).toEqual([[1, 1, 3, 2, 2]]);
    expect(steps[1].inputValue).toBe(2);
    expect(steps[1].adds.map((a) => [a.outPosition, a.product])).toEqual([[2, 2], [3, 2], [4, 2]]);
  });
  it('padding crops the border: those adds are marked cropped', () => {
    const { output, steps } = convTranspose1d([[1, 2]], [[[1, 1, 1]]], undefined, { stride: 2, padding: 1 });
    expect(output).toEqual([[1, 3, 2]]);
    expect(steps[0].adds.map((a) => a.cropped)).toEqual([true, false, false]);
    expect(steps[1].adds.map((a) => a.cropped)).toEqual([false, false, true]);
  });
});
