/** Display scaling and softmax on small hand-worked examples. */
import { describe, expect, test } from 'vitest';
import { argmax, scaleForDisplay, softmax } from '../../../src/inference';

describe('scaleForDisplay', () => {
  test('unsigned values are divided by the maximum', () => {
    const s = scaleForDisplay([0, 1, 2, 4]);
    expect(Array.from(s.display)).toEqual([0, 0.25, 0.5, 1]);
    expect([s.signed, s.min, s.max]).toEqual([false, 0, 4]);
  });

  test('signed values are divided by the largest magnitude, so 0 stays 0', () => {
    const s = scaleForDisplay([-2, 0, 1]);
    expect(Array.from(s.display)).toEqual([-1, 0, 0.5]);
    expect(s.signed).toBe(true);
  });

  test('all zeros stay zeros', () => {
    expect(Array.from(scaleForDisplay([0, 0, 0]).display)).toEqual([0, 0, 0]);
  });

  test('per-group scaling: each group reaches 1 on its own', () => {
    expect(Array.from(scaleForDisplay([1, 2, 10, 5], 2).display)).toEqual([0.5, 1, 1, 0.5]);
  });
});

describe('softmax', () => {
  test('matches exp / sum on small logits', () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 6);
    expect(p[1]).toBeCloseTo(0.75, 6);
  });

  test('does not overflow on large logits', () => {
    const p = softmax([1000, 1000]);
    expect(Array.from(p)).toEqual([0.5, 0.5]);
  });

  test('argmax takes the first of equal maxima', () => {
    expect(argmax([1, 3, 3, 0])).toBe(1);
  });
});
