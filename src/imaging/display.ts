/** Turning filtered values (any real number) into display bytes, and choosing how. */
import type { DisplayMode, KernelMatrix } from './types';

export function kernelSum(kernel: KernelMatrix): number {
  let sum = 0;
  for (const row of kernel) for (const w of row) sum += w;
  return sum;
}

/**
 * A kernel whose weights sum to ~0 (edges, Laplacian) answers 0 on flat regions and
 * ± on edges, so clamping would hide every negative response: show |value| instead.
 * Kernels summing to ~1 (blur, sharpen) keep the brightness: clamp to 0–255.
 */
export function autoDisplayMode(kernel: KernelMatrix): DisplayMode {
  return Math.abs(kernelSum(kernel)) < 1e-9 ? 'abs' : 'clamp';
}

/** One filtered value as a 0–255 byte under a display mode (see DisplayMode). */
export function displayByte(value: number, mode: DisplayMode): number {
  const mapped = mode === 'abs' ? Math.abs(value) : mode === 'signed' ? 127.5 + value / 2 : value;
  if (!(mapped > 0)) return 0; // also NaN
  return mapped >= 255 ? 255 : Math.round(mapped);
}

/** A display mapping as a function, for rgbaFromPlanar. */
export function displayMapper(mode: DisplayMode): (value: number) => number {
  return (value) => displayByte(value, mode);
}
