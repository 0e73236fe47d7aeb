import { describe, expect, it } from 'vitest';
import { convConnections } from '../../../src/site/lesson-connections';
import { windowCoverage } from '../../../src/site/lesson-coverage';
import { binaryGridText, differingCells, patchDifferences, toggled } from '../../../src/site/lesson-locality';
import { placeOf } from '../../../src/site/lesson-view';
import type { LessonEntry } from '../../../lessons/manifest';

const X = [
  [1, 0, 0, 0, 1],
  [0, 1, 0, 1, 0],
  [0, 0, 1, 0, 0],
  [0, 1, 0, 1, 0],
  [1, 0, 0, 0, 1],
];
const BENT = [
  [1, 0, 0, 0, 1],
  [0, 1, 0, 1, 0],
  [0, 0, 1, 0, 0],
  [0, 1, 0, 1, 0],
  [1, 0, 0, 1, 0],
];

describe('lesson 1: comparing the X with its changed copy', () => {
  it('finds the two changed pixels', () => {
    expect(differingCells(X, BENT)).toEqual([
      { row: 4, col: 3 },
      { row: 4, col: 4 },
    ]);
  });

  it('counts differing cells per 3×3 patch: only the bottom-right patches see the change', () => {
    // (4,3) lies in the windows starting at columns 1, 2 of the last window row; (4,4) only in column 2.
    expect(patchDifferences(X, BENT, 3)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 1, 2],
    ]);
  });

  it('a corner pixel is in 1 patch, the centre in all 9', () => {
    const corner = patchDifferences(X, toggled(X, 0, 0), 3).flat().filter((n) => n > 0).length;
    const centre = patchDifferences(X, toggled(X, 2, 2), 3).flat().filter((n) => n > 0).length;
    expect([corner, centre]).toEqual([1, 9]);
  });

  it('accepts only a 5×5 grid of zeros and ones from a link', () => {
    expect(binaryGridText(JSON.stringify(BENT), 5, 5)).toBe(JSON.stringify(BENT));
    expect(binaryGridText('[[1,0],[0,1]]', 5, 5)).toBeNull();
    expect(binaryGridText(JSON.stringify(toggled(X, 0, 0).map((row) => row.map((v) => v * 2))), 5, 5)).toBeNull();
    expect(binaryGridText('not json', 5, 5)).toBeNull();
  });
});

describe('lesson 1: dense vs convolution on the 3×3 image', () => {
  const data = convConnections(
    [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
    [
      [1, 2],
      [3, 4],
    ],
  );

  it('has the curriculum outputs 37, 47, 67, 77', () => {
    // 1·1 + 2·2 + 4·3 + 5·4 = 37, and each step right adds 1+2+3+4 = 10, each step down 30.
    expect(data.outputs).toEqual([37, 47, 67, 77]);
  });

  it('connects each output to exactly 4 inputs, one per shared weight', () => {
    expect(data.edges).toHaveLength(16);
    for (let output = 0; output < 4; output++) {
      const edges = data.edges.filter((edge) => edge.output === output);
      expect(edges.map((edge) => edge.weight).sort()).toEqual([0, 1, 2, 3]);
    }
    // Output 4 (bottom-right) reads pixels 5, 6, 8, 9 (indices 4, 5, 7, 8).
    expect(data.edges.filter((edge) => edge.output === 3).map((edge) => edge.input)).toEqual([4, 5, 7, 8]);
  });
});

describe('lesson 4: how many windows read each pixel', () => {
  it("'valid' 3×3 on 5×5: corners 1, centre 9", () => {
    // Along one axis a 3-window at stride 1 covers positions 0..4 with counts 1,2,3,2,1; 2D is the product.
    const axis = [1, 2, 3, 2, 1];
    expect(windowCoverage(5, 5, 3, 'valid')).toEqual(axis.map((a) => axis.map((b) => a * b)));
  });

  it("'same' 3×3 on 5×5: every pixel read at least 4 times", () => {
    const axis = [2, 3, 3, 3, 2];
    expect(windowCoverage(5, 5, 3, 'same')).toEqual(axis.map((a) => axis.map((b) => a * b)));
  });
});

describe('lesson navigation', () => {
  const entry = (number: number): LessonEntry => ({
    slug: `l${number}`,
    number,
    title: { en: `L${number}`, ko: `${number}강` },
    summary: { en: '', ko: '' },
  });
  // Out of order on purpose: navigation follows the numbers.
  const entries = [entry(3), entry(1), entry(2)];

  it('finds the neighbours in teaching order', () => {
    const place = placeOf('l2', entries);
    expect([place.previous?.slug, place.entry?.slug, place.next?.slug, place.total]).toEqual(['l1', 'l2', 'l3', 3]);
  });

  it('has no previous lesson at the start, no next at the end, nothing for an unknown slug', () => {
    expect(placeOf('l1', entries).previous).toBeUndefined();
    expect(placeOf('l3', entries).next).toBeUndefined();
    const unknown = placeOf('nope', entries);
    expect([unknown.entry, unknown.previous, unknown.next]).toEqual([undefined, undefined, undefined]);
  });
});
