import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random';
import { augmentImages, DEFAULT_AUGMENT, randomTransform, transformImage } from '../../../src/train/browser-augment';

/** A 28×28 image with a 4×6 block of ink whose top-left pixel is at (row, col). */
function block(row: number, col: number): Uint8Array {
  const image = new Uint8Array(28 * 28);
  for (let y = row; y < row + 4; y++) for (let x = col; x < col + 6; x++) image[y * 28 + x] = 200;
  return image;
}

const sum = (a: ArrayLike<number>): number => Array.from(a).reduce((s, v) => s + v, 0);

describe('transformImage', () => {
  it('copies exactly under the identity', () => {
    const src = block(10, 9);
    src[0] = 17;
    const dst = new Uint8Array(784);
    transformImage(src, dst, 28, 28, { dx: 0, dy: 0, angle: 0 });
    expect(Array.from(dst)).toEqual(Array.from(src));
  });

  it('moves every pixel by whole-pixel shifts (right and down positive), filling with background', () => {
    const dst = new Uint8Array(784);
    transformImage(block(10, 9), dst, 28, 28, { dx: 2, dy: -1, angle: 0 });
    expect(Array.from(dst)).toEqual(Array.from(block(9, 11)));
    const edge = new Uint8Array(784);
    transformImage(block(0, 0), edge, 28, 28, { dx: -2, dy: 0, angle: 0 });
    // Columns 0–1 of the block left the image; 4 columns of 4 rows remain.
    expect(sum(edge)).toBe(200 * 4 * 4);
  });

  it('rotates a quarter turn about the centre like transposing then mirroring', () => {
    const src = new Uint8Array(784);
    src[3 * 28 + 20] = 255; // row 3, column 20 (top right)
    const dst = new Uint8Array(784);
    transformImage(src, dst, 28, 28, { dx: 0, dy: 0, angle: 90 });
    // Clockwise on screen (y down): (x, y) → (27 − y, x) about the centre 13.5.
    expect(dst[20 * 28 + 24]).toBe(255);
    expect(sum(dst)).toBe(255);
  });

  it('half-pixel shifts spread ink bilinearly and keep its total', () => {
    const dst = new Uint8Array(784);
    transformImage(block(10, 9), dst, 28, 28, { dx: 0.5, dy: 0, angle: 0 });
    expect(dst[10 * 28 + 9]).toBe(100);
    expect(dst[10 * 28 + 10]).toBe(200);
    expect(dst[10 * 28 + 15]).toBe(100);
    expect(sum(dst)).toBe(sum(block(10, 9)));
  });
});

describe('random augmentation', () => {
  it('draws shifts within ±2 px and rotations within ±10°, covering the range', () => {
    const rng = createRng(5);
    let maxShift = 0;
    let maxAngle = 0;
    for (let i = 0; i < 5000; i++) {
      const t = randomTransform(rng, DEFAULT_AUGMENT);
      expect(Math.abs(t.dx)).toBeLessThanOrEqual(2);
      expect(Math.abs(t.dy)).toBeLessThanOrEqual(2);
      expect(Math.abs(t.angle)).toBeLessThanOrEqual(10);
      maxShift = Math.max(maxShift, Math.abs(t.dx), Math.abs(t.dy));
      maxAngle = Math.max(maxAngle, Math.abs(t.angle));
    }
    expect(maxShift).toBeGreaterThan(1.9);
    expect(maxAngle).toBeGreaterThan(9.5);
  });

  const images = new Uint8Array(784 * 3);
  images.set(block(8, 8), 0);
  images.set(block(12, 10), 784);
  images.set(block(14, 6), 1568);
  const data = { images, labels: Uint8Array.from([0, 1, 2]), count: 3, rows: 28, cols: 28 };

  it('is the same for the same (seed, epoch) and differs between epochs', () => {
    const a = new Uint8Array(images.length);
    const b = new Uint8Array(images.length);
    const c = new Uint8Array(images.length);
    augmentImages(data, a, 7, 2);
    augmentImages(data, b, 7, 2);
    augmentImages(data, c, 7, 3);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    expect(Array.from(a)).not.toEqual(Array.from(images));
  });

  it('keeps a centred digit in the frame: ink is moved, not lost (within rounding)', () => {
    const out = new Uint8Array(images.length);
    augmentImages(data, out, 1, 0);
    for (let i = 0; i < 3; i++) {
      const before = sum(images.subarray(i * 784, (i + 1) * 784));
      const after = sum(out.subarray(i * 784, (i + 1) * 784));
      expect(Math.abs(after - before) / before).toBeLessThan(0.05);
    }
    expect(() => augmentImages(data, new Uint8Array(10), 1, 0)).toThrow(RangeError);
  });
});
