import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random';
import { KERNEL_PRESETS } from '../../../src/presets';
import { convolvePlane, kernelLayout, pixelProducts } from '../../../src/imaging';

function randomPlane(seed: string, count: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: count }, () => rng.int(0, 255));
}

describe('pixelProducts', () => {
  it('sums to exactly the value convolvePlane wrote, at every pixel, for both edge modes', () => {
    const [width, height] = [7, 5];
    const plane = randomPlane('products', width * height);
    const kernels = [KERNEL_PRESETS['gaussian-blur'], KERNEL_PRESETS.sharpen, [[0.3, -1.7], [2.2, 0.1]], [[1, 2, 3, 4, 5]]];
    for (const kernel of kernels) {
      for (const edge of ['zero', 'replicate'] as const) {
        const filtered = convolvePlane(plane, width, height, kernelLayout(kernel), edge);
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            expect(pixelProducts(plane, width, height, kernel, x, y, edge).sum).toBe(filtered[y * width + x]);
          }
        }
      }
    }
  });

  it('lists the 3×3 neighbourhood, weights and products of worked example A', () => {
    const input = [7, 2, 3, 3, 8, 4, 5, 3, 8, 4, 3, 3, 2, 8, 4, 2, 8, 7, 2, 7, 5, 4, 4, 5, 4];
    const result = pixelProducts(Float64Array.from(input), 5, 5, KERNEL_PRESETS['vertical-edge'], 1, 1);
    expect(result.terms.map((row) => row.map((t) => t.value))).toEqual([[7, 2, 3], [4, 5, 3], [3, 3, 2]]);
    expect(result.terms.map((row) => row.map((t) => t.product))).toEqual([[7, 0, -3], [4, 0, -3], [3, 0, -2]]);
    expect(result.sum).toBe(6);
  });

  it('marks zero-padding cells at the corner and reads replicated ones', () => {
    const plane = Float64Array.from([1, 2, 3, 4]);
    const zero = pixelProducts(plane, 2, 2, KERNEL_PRESETS['box-blur'], 0, 0, 'zero');
    expect(zero.terms.flat().filter((t) => t.padded)).toHaveLength(5);
    expect(zero.terms[0][0]).toMatchObject({ row: -1, col: -1, padded: true, value: 0 });
    const replicate = pixelProducts(plane, 2, 2, KERNEL_PRESETS['box-blur'], 0, 0, 'replicate');
    expect(replicate.terms.flat().some((t) => t.padded)).toBe(false);
    expect(replicate.terms.map((row) => row.map((t) => t.value))).toEqual([[1, 1, 2], [1, 1, 2], [3, 3, 4]]);
  });

  it('refuses a pixel outside the image', () => {
    expect(() => pixelProducts(new Float64Array(4), 2, 2, KERNEL_PRESETS.identity, 2, 0)).toThrow(/outside/);
  });
});
