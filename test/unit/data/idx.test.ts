import { describe, expect, it } from 'vitest';
import {
  datasetFromIdx,
  encodeIdxImages,
  encodeIdxLabels,
  IdxFormatError,
  parseIdxImages,
  parseIdxLabels,
} from '../../../src/data';
import { loadMnist } from '../../../src/data/node';

/** A tiny idx images file written byte by byte (big-endian header), independent of encodeIdxImages. */
function handMadeImages(): Uint8Array {
  // magic 0x00000803, count 2, rows 2, cols 3, then 12 pixels
  return Uint8Array.from([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3, 0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255]);
}

describe('idx images', () => {
  it('parses a valid hand-written file', () => {
    const parsed = parseIdxImages(handMadeImages());
    expect(parsed).toMatchObject({ count: 2, rows: 2, cols: 3 });
    expect(Array.from(parsed.pixels)).toEqual([0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255]);
  });

  it('round-trips through the encoder', () => {
    const pixels = Uint8Array.from({ length: 3 * 4 * 5 }, (_, i) => (i * 37) % 256);
    const parsed = parseIdxImages(encodeIdxImages(pixels, 3, 4, 5));
    expect([parsed.count, parsed.rows, parsed.cols]).toEqual([3, 4, 5]);
    expect(Array.from(parsed.pixels)).toEqual(Array.from(pixels));
  });

  it('names a labels file passed as images by its magic', () => {
    const labels = encodeIdxLabels(Uint8Array.from([1, 2, 3]));
    expect(() => parseIdxImages(labels, 'train-images')).toThrow(
      'train-images: expected magic 2051 (0x00000803), got 2049 — is this a labels file?',
    );
  });

  it('reports a truncated file with the sizes the header promises', () => {
    // header says 60000 images of 28×28 but only 1,000,000 pixel bytes follow
    const bytes = new Uint8Array(16 + 1_000_000);
    bytes.set([0, 0, 8, 3, 0, 0, 0xea, 0x60, 0, 0, 0, 28, 0, 0, 0, 28]);
    expect(() => parseIdxImages(bytes, 'train-images')).toThrow(
      'train-images: file is truncated: header says 60000 images of 28×28 (47,040,016 bytes) but the file has 1,000,016 bytes',
    );
  });

  it('reports a count in the header that is too small for the data', () => {
    const bytes = handMadeImages();
    bytes[7] = 1; // count 2 → 1: six pixels too many
    expect(() => parseIdxImages(bytes, 'x')).toThrow(/x: file is too long: header says 1 images of 2×3 \(22 bytes\) but the file has 28 bytes/);
  });

  it('rejects zero-sized images and a file shorter than its header', () => {
    const zero = handMadeImages();
    zero[15] = 0;
    expect(() => parseIdxImages(zero)).toThrow(/images of 2×0/);
    expect(() => parseIdxImages(handMadeImages().subarray(0, 10))).toThrow(/header needs 16 bytes but the file has 10/);
    expect(() => parseIdxImages(new Uint8Array(2))).toThrow(IdxFormatError);
  });
});

describe('idx labels', () => {
  it('parses a valid hand-written file', () => {
    const labels = parseIdxLabels(Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 3, 7, 2, 1]));
    expect(Array.from(labels)).toEqual([7, 2, 1]);
  });

  it('names an images file passed as labels', () => {
    expect(() => parseIdxLabels(handMadeImages(), 'test-labels')).toThrow(
      'test-labels: expected magic 2049 (0x00000801), got 2051 — is this an images file?',
    );
  });

  it('reports a wrong count and an out-of-range label', () => {
    expect(() => parseIdxLabels(Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 5, 1, 2]), 'l')).toThrow(
      'l: file is truncated: header says 5 labels (13 bytes) but the file has 10 bytes',
    );
    expect(() => parseIdxLabels(Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 2, 1, 12]), 'l')).toThrow('l: label 1 is 12, outside 0…9');
  });
});

describe('images and labels together', () => {
  it('refuses files that disagree on the count', () => {
    const images = encodeIdxImages(new Uint8Array(60000 * 4), 60000, 2, 2);
    const labels = encodeIdxLabels(new Uint8Array(59999));
    expect(() => datasetFromIdx(images, labels, 'train')).toThrow(
      'train: images and labels disagree: 60000 images but 59999 labels',
    );
  });

  it('reads the real MNIST test set: 10,000 images of 28×28, first label 7', () => {
    const test = loadMnist('test');
    expect([test.count, test.rows, test.cols]).toEqual([10000, 28, 28]);
    expect(test.images.length).toBe(7_840_000);
    expect(test.labels[0]).toBe(7);
    expect(test.labels[1]).toBe(2);
    // Every class occurs in the test set (between 892 and 1135 times each).
    const counts = new Array<number>(10).fill(0);
    for (const l of test.labels) counts[l]++;
    expect(Math.min(...counts)).toBe(892);
    expect(Math.max(...counts)).toBe(1135);
  });
});
