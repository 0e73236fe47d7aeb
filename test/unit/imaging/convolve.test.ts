import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../src/reference';
import { createRng } from '../../../src/random';
import { KERNEL_PRESETS } from '../../../src/presets';
import { convolveImage, convolvePlane, kernelLayout, planeFromRows, planeToRows } from '../../../src/imaging';

function randomRows(seed: string, height: number, width: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: height }, () => Array.from({ length: width }, () => rng.int(0, 255)));
}

function randomKernel(seed: string, rows: number, cols: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rng.normal() * 100) / 100));
}

function filterRows(rows: number[][], kernel: number[][], edge: 'zero' | 'replicate' = 'zero'): number[][] {
  const { plane, width, height } = planeFromRows(rows);
  return planeToRows(convolvePlane(plane, width, height, kernelLayout(kernel), edge), width, height);
}

function expectRowsClose(actual: number[][], expected: number[][], tolerance = 1e-9): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) => {
    expect(row.length).toBe(expected[r].length);
    row.forEach((v, c) => expect(Math.abs(v - expected[r][c]), `(${r}, ${c}): ${v} vs ${expected[r][c]}`).toBeLessThanOrEqual(tolerance));
  });
}

describe('convolvePlane', () => {
  it('reproduces worked example A with padding 1 (CURRICULUM §2)', () => {
    const input = [
      [7, 2, 3, 3, 8],
      [4, 5, 3, 8, 4],
      [3, 3, 2, 8, 4],
      [2, 8, 7, 2, 7],
      [5, 4, 4, 5, 4],
    ];
    expect(filterRows(input, KERNEL_PRESETS['vertical-edge'])).toEqual([
      [-7, 5, -4, -6, 11],
      [-10, 6, -9, -8, 19],
      [-16, -3, -2, -3, 18],
      [-15, -3, 0, -2, 15],
      [-12, -4, 5, 0, 7],
    ]);
  });

  it.each([
    [3, 3, 6, 7],
    [3, 3, 1, 1],
    [5, 5, 8, 5],
    [2, 2, 5, 6],
    [4, 3, 7, 4],
  ])('agrees with the reference conv2d (padding same) for a %i×%i kernel on a %i×%i image', (kh, kw, h, w) => {
    for (let trial = 0; trial < 5; trial++) {
      const rows = randomRows(`img-${kh}-${kw}-${trial}`, h, w);
      const kernel = randomKernel(`k-${kh}-${kw}-${trial}`, kh, kw);
      const expected = conv2d([rows], [[kernel]], undefined, { padding: 'same', trace: false }).output[0];
      expectRowsClose(filterRows(rows, kernel), expected);
    }
  });

  it('agrees with the reference conv2d with padding 1 for 3×3 kernels', () => {
    const rows = randomRows('pad1', 9, 11);
    const kernel = randomKernel('pad1-k', 3, 3);
    const expected = conv2d([rows], [[kernel]], undefined, { padding: 1, trace: false }).output[0];
    expectRowsClose(filterRows(rows, kernel), expected);
  });

  it("'replicate' reads the nearest border pixel outside the image", () => {
    // Pixel (0,0) of [[1,2],[3,4]] with an all-ones kernel sees rows (0,0,1) × cols (0,0,1):
    // 1+1+2 + 1+1+2 + 3+3+4 = 18. Pixel (1,1) sees rows (0,1,1) × cols (0,1,1): 1+2+2 + 3+4+4 + 3+4+4 = 27.
    const ones = [[1, 1, 1], [1, 1, 1], [1, 1, 1]];
    const out = filterRows([[1, 2], [3, 4]], ones, 'replicate');
    expect(out[0][0]).toBe(18);
    expect(out[1][1]).toBe(27);
    // With zeros outside, pixel (0,0) only sees 1+2+3+4.
    expect(filterRows([[1, 2], [3, 4]], ones, 'zero')[0][0]).toBe(10);
  });

  it('gives 0 for the Laplacian of a constant image (replicate everywhere, zero padding in the interior)', () => {
    const constant = Array.from({ length: 6 }, () => Array(7).fill(137));
    for (const name of ['laplacian', 'laplacian-8'] as const) {
      const replicate = filterRows(constant, KERNEL_PRESETS[name], 'replicate');
      expect(replicate.flat().every((v) => v === 0)).toBe(true);
      const zero = filterRows(constant, KERNEL_PRESETS[name], 'zero');
      expect(zero.slice(1, -1).flatMap((row) => row.slice(1, -1)).every((v) => v === 0)).toBe(true);
      // At the border the zeros outside make a nonzero response: e.g. the 4-neighbour corner sees 2 missing neighbours.
      if (name === 'laplacian') expect(zero[0][0]).toBe(-2 * 137);
    }
  });

  it('keeps a constant image constant under box and Gaussian blur', () => {
    const constant = Array.from({ length: 5 }, () => Array(5).fill(200));
    for (const name of ['box-blur', 'gaussian-blur'] as const) {
      const out = filterRows(constant, KERNEL_PRESETS[name], 'replicate');
      expectRowsClose(out, constant, 1e-9);
      const interior = filterRows(constant, KERNEL_PRESETS[name], 'zero')[2][2];
      expect(interior).toBeCloseTo(200, 9);
    }
  });

  it('leaves an image unchanged under the identity kernel, in every channel', () => {
    const planes = [0, 1, 2].map((c) => planeFromRows(randomRows(`id-${c}`, 4, 6)).plane);
    const out = convolveImage({ width: 6, height: 4, channels: planes }, KERNEL_PRESETS.identity);
    out.channels.forEach((plane, c) => expect(Array.from(plane)).toEqual(Array.from(planes[c])));
  });

  it('rejects a ragged kernel', () => {
    expect(() => kernelLayout([[1, 2], [3]])).toThrow(RangeError);
  });
});
