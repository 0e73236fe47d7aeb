import type { InkImage, Point } from './types';

/**
 * The ink-weighted mean position, in continuous coordinates (pixel x's centre is x + 0.5),
 * or null when there is no ink. MNIST centres its digits on this point.
 */
export function centreOfMass({ data, width, height }: InkImage): Point | null {
  let mass = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = data[y * width + x];
      mass += value;
      sumX += value * (x + 0.5);
      sumY += value * (y + 0.5);
    }
  }
  return mass > 0 ? { x: sumX / mass, y: sumY / mass } : null;
}
