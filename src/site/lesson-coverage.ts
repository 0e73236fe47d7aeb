/**
 * Lesson 4's "how often is each pixel seen": for every input cell, the number of windows
 * of a convolution that read it. Counted from the reference engine's trace (the terms of
 * each step that are not padding), so it is exactly what the steppers show.
 */
import { conv2d, type Padding } from '../reference';

export function windowCoverage(height: number, width: number, kernel: number, padding: Padding, stride = 1): number[][] {
  const input = [Array.from({ length: height }, () => new Array<number>(width).fill(0))];
  const weights = [[Array.from({ length: kernel }, () => new Array<number>(kernel).fill(1))]];
  const { steps } = conv2d(input, weights, undefined, { padding, stride });
  const counts = Array.from({ length: height }, () => new Array<number>(width).fill(0));
  for (const step of steps) for (const term of step.terms) if (!term.padded) counts[term.row][term.col] += 1;
  return counts;
}
