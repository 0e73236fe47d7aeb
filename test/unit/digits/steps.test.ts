import { describe, expect, it } from 'vitest';
import { areaResize, centreOfMass, inkBoundingBox, toInk, translateInto } from '../../../src/digits';

const image = (width: number, height: number, values: number[]) => ({ data: Float32Array.from(values), width, height });

describe('digit preprocessing steps', () => {
  it('area resize averages the covered area', () => {
    // 4×4 → 2×2: each output is the mean of a 2×2 block.
    const src = image(4, 4, [1, 3, 0, 0, 5, 7, 0, 4, 0, 0, 1, 1, 0, 8, 1, 1]);
    expect(Array.from(areaResize(src, 2, 2).data)).toEqual([4, 1, 2, 1]);
    // 3 → 2 columns: output 0 covers column 0 and half of column 1: (3 + 0.5·6) / 1.5 = 4.
    const row = areaResize(image(3, 1, [3, 6, 9]), 2, 1);
    expect(row.data[0]).toBeCloseTo(4, 6);
    expect(row.data[1]).toBeCloseTo((0.5 * 6 + 9) / 1.5, 6);
  });

  it('bounding box and centre of mass', () => {
    const ink = image(5, 4, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0]);
    expect(inkBoundingBox(ink)).toEqual({ left: 1, top: 1, width: 3, height: 2 });
    // Mass 1 at (1.5, 1.5) and 3 at (3.5, 2.5): x = (1.5 + 10.5) / 4 = 3, y = (1.5 + 7.5) / 4 = 2.25.
    expect(centreOfMass(ink)).toEqual({ x: 3, y: 2.25 });
    expect(inkBoundingBox(image(2, 1, [0, 0]))).toBeNull();
  });

  it('bilinear translation keeps the ink and moves its centre by the shift', () => {
    const ink = image(3, 2, [0.2, 1, 0, 0.5, 0.25, 0.75]);
    const moved = translateInto(ink, 8, 6, 2.3, 1.6);
    const before = centreOfMass(ink)!;
    const after = centreOfMass(moved)!;
    expect(after.x).toBeCloseTo(before.x + 2.3, 5);
    expect(after.y).toBeCloseTo(before.y + 1.6, 5);
    expect(moved.data.reduce((a, b) => a + b, 0)).toBeCloseTo(2.7, 5);
  });

  it('byte ink is divided by 255 and clamped', () => {
    const ink = toInk({ data: Uint8ClampedArray.from([0, 51, 255]), width: 3, height: 1 });
    expect(Array.from(ink.data)).toEqual([0, Math.fround(0.2), 1]);
    expect(Array.from(toInk({ data: [2, -1], width: 2, height: 1 }).data)).toEqual([1, 0]);
  });
});
