import { describe, expect, it } from 'vitest';
import { INPUT_PRESETS, KERNEL_PRESETS, isInputPreset, isKernelPreset } from '../../../src/presets';

const sum = (m: number[][]) => m.flat().reduce((a, b) => a + b, 0);

describe('kernel presets', () => {
  it('normalise blurs to 1 and keep derivative filters at 0', () => {
    expect(sum(KERNEL_PRESETS['box-blur'])).toBeCloseTo(1, 12);
    expect(sum(KERNEL_PRESETS['gaussian-blur'])).toBeCloseTo(1, 12);
    for (const name of ['vertical-edge', 'horizontal-edge', 'edge', 'laplacian', 'laplacian-8'] as const) {
      expect(sum(KERNEL_PRESETS[name])).toBe(0);
    }
    expect(sum(KERNEL_PRESETS.sharpen)).toBe(1);
    expect(sum(KERNEL_PRESETS.identity)).toBe(1);
  });

  it('builds the 4-neighbour Laplacian from second differences along both axes', () => {
    // d²/dx² ≈ I[i, j+1] − 2I[i, j] + I[i, j−1]; d²/dy² likewise; their sum is the kernel.
    const second = (axis: 'row' | 'col') =>
      [0, 1, 2].map((r) =>
        [0, 1, 2].map((c) => {
          if (axis === 'col') return r === 1 ? (c === 1 ? -2 : 1) : 0;
          return c === 1 ? (r === 1 ? -2 : 1) : 0;
        }),
      );
    const dxx = second('col');
    const dyy = second('row');
    const combined = dxx.map((row, r) => row.map((v, c) => v + dyy[r][c]));
    expect(combined).toEqual(KERNEL_PRESETS.laplacian);
  });

  it('recognises preset names', () => {
    expect(isKernelPreset('sharpen')).toBe(true);
    expect(isKernelPreset('toString')).toBe(false);
    expect(isInputPreset('example-a')).toBe(true);
    expect(isInputPreset('constructor')).toBe(false);
  });
});

describe('input presets', () => {
  it('are rectangular [C][H][W] tensors', () => {
    for (const [name, tensor] of Object.entries(INPUT_PRESETS)) {
      const h = tensor[0].length;
      const w = tensor[0][0].length;
      for (const channel of tensor) {
        expect(channel.length, name).toBe(h);
        for (const row of channel) expect(row.length, name).toBe(w);
      }
    }
    expect(INPUT_PRESETS['example-c'].length).toBe(3);
  });
});
