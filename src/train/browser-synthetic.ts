/**
 * A small labelled image set that looks nothing like MNIST but is learnable in a few
 * batches: class c is a bright 6×6 block at one of ten places (a 5×2 grid), jittered by
 * a pixel and sprinkled with noise. For tests and for pages without the MNIST assets.
 */
import type { ImageDataset } from '../data';
import { createRng } from '../random';

export function syntheticDigits(count: number, seed: number, rows = 28, cols = 28): ImageDataset {
  const rng = createRng(`synthetic:${seed}`);
  const images = new Uint8Array(count * rows * cols);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 10;
    labels[i] = label;
    const top = 3 + Math.floor(label / 5) * 13 + rng.int(-1, 1);
    const left = 1 + (label % 5) * 5 + rng.int(-1, 1);
    const base = i * rows * cols;
    for (let p = 0; p < rows * cols; p++) images[base + p] = rng.next() < 0.05 ? rng.int(0, 120) : 0;
    for (let y = top; y < top + 6; y++) {
      for (let x = left; x < left + 6; x++) {
        if (y >= 0 && y < rows && x >= 0 && x < cols) images[base + y * cols + x] = 200 + rng.int(0, 55);
      }
    }
  }
  return { images, labels, count, rows, cols };
}
