import { describe, expect, it } from 'vitest';
import { epochOrder, fillBatch, fillRange, limitDataset, shareDataset, sliceDataset, splitValidation, type ImageDataset } from '../../../src/data';

/** 5 images of 2×2; image i has pixels [i, 51·i, 255, 0] and label i. */
function tinySet(): ImageDataset {
  const images = new Uint8Array(5 * 4);
  for (let i = 0; i < 5; i++) images.set([i, 51 * i, 255, 0], i * 4);
  return { images, labels: Uint8Array.from([0, 1, 2, 3, 4]), count: 5, rows: 2, cols: 2 };
}

describe('fillBatch', () => {
  it('writes pixel/255 in the requested order with the matching labels', () => {
    const x = new Float32Array(8).fill(-1);
    const y = new Uint8Array(2);
    fillBatch(tinySet(), [4, 2, 0], 0, 2, x, y);
    expect(Array.from(x)).toEqual([4 / 255, 204 / 255, 1, 0, 2 / 255, 102 / 255, 1, 0].map(Math.fround));
    expect(Array.from(y)).toEqual([4, 2]);
  });

  it('starts at an offset into the order and leaves the rest of the buffer alone', () => {
    const x = new Float32Array(12).fill(-1);
    const y = new Int32Array(3).fill(-1);
    fillBatch(tinySet(), [4, 2, 3], 2, 1, x, y);
    expect(Array.from(x.subarray(0, 4))).toEqual([3 / 255, 153 / 255, 1, 0].map(Math.fround));
    expect(x[4]).toBe(-1);
    expect(Array.from(y)).toEqual([3, -1, -1]);
  });

  it('refuses a batch larger than the buffers or indices outside the set', () => {
    expect(() => fillBatch(tinySet(), [0, 1, 2], 0, 3, new Float32Array(8), new Uint8Array(3))).toThrow(RangeError);
    expect(() => fillBatch(tinySet(), [7], 0, 1, new Float32Array(4), new Uint8Array(1))).toThrow(/image 7/);
  });

  it('fillRange copies stored order', () => {
    const x = new Float32Array(8);
    const y = new Uint8Array(2);
    fillRange(tinySet(), 3, 2, x, y);
    expect(x[0]).toBeCloseTo(3 / 255, 7);
    expect(x[5]).toBeCloseTo(204 / 255, 7);
    expect(Array.from(y)).toEqual([3, 4]);
  });
});

describe('epochOrder', () => {
  it('is a permutation that depends only on (seed, epoch)', () => {
    const a = epochOrder(1000, 7, 0);
    expect(Array.from(a).sort((p, q) => p - q)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(epochOrder(1000, 7, 0))).toEqual(Array.from(a));
    expect(Array.from(epochOrder(1000, 7, 1))).not.toEqual(Array.from(a));
    expect(Array.from(epochOrder(1000, 8, 0))).not.toEqual(Array.from(a));
  });

  it('actually mixes: few images stay in place and the first positions vary', () => {
    const order = epochOrder(1000, 3, 0);
    let fixed = 0;
    for (let i = 0; i < order.length; i++) if (order[i] === i) fixed++;
    expect(fixed).toBeLessThan(10); // expected about 1 for a random permutation
  });
});

describe('dataset views', () => {
  it('splits the last fraction off for validation without copying', () => {
    const data = tinySet();
    const { train, validation } = splitValidation(data, 0.4);
    expect(train.count).toBe(3);
    expect(validation?.count).toBe(2);
    expect(Array.from(validation!.labels)).toEqual([3, 4]);
    expect(validation!.images.buffer).toBe(data.images.buffer);
    expect(splitValidation(data, 0).validation).toBeUndefined();
    expect(() => splitValidation(data, 1)).toThrow(RangeError);
  });

  it('limits, slices and shares', () => {
    const data = tinySet();
    expect(limitDataset(data, 2).count).toBe(2);
    expect(limitDataset(data, 50)).toBe(data);
    expect(Array.from(sliceDataset(data, 1, 2).images.subarray(0, 2))).toEqual([1, 51]);
    expect(() => sliceDataset(data, 4, 2)).toThrow(RangeError);
    const shared = shareDataset(data);
    expect(shared.images.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(shared.images)).toEqual(Array.from(data.images));
  });
});
