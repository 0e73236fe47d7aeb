import { describe, expect, it } from 'vitest';
import { createRng, seedFrom } from '../../../src/random';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(2026);
    const b = createRng(2026);
    const c = createRng(2027);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('keeps next() in [0, 1) and int() inside its inclusive bounds, hitting both ends', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const u = rng.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const k = rng.int(-2, 3);
      expect(k).toBeGreaterThanOrEqual(-2);
      expect(k).toBeLessThanOrEqual(3);
      seen.add(k);
    }
    expect([...seen].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it('draws normals with mean near 0 and variance near 1', () => {
    const rng = createRng(11);
    const n = 20000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sumSq / n - mean * mean - 1)).toBeLessThan(0.05);
  });

  it('shuffles into a permutation without touching the original', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRng(3).shuffle(items);
    expect(items).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(/empty/);
  });
});

describe('seedFrom', () => {
  it('hashes student ids to stable, distinct 32-bit seeds', () => {
    expect(seedFrom('student-17')).toBe(seedFrom('student-17'));
    expect(seedFrom('student-17')).not.toBe(seedFrom('student-18'));
    expect(Number.isInteger(seedFrom('x'))).toBe(true);
    expect(seedFrom(-1)).toBe(4294967295);
  });
});
