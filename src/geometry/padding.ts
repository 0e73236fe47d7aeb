import type { Pads1d, Pads2d, Padding, Padding1d } from '../reference/types';

/** Effective (dilated) kernel extent: K_eff = D·(K − 1) + 1. */
export function effectiveKernel(kernel: number, dilation = 1): number {
  return dilation * (kernel - 1) + 1;
}

/**
 * Padding of one axis, as [before, after].
 * - 'valid': none.
 * - 'same' (TensorFlow/Keras, any stride): total = max((⌈W/S⌉ − 1)·S + K_eff − W, 0),
 *   before = ⌊total/2⌋, the odd cell goes after (bottom/right).
 * - 'full': K_eff − 1 on both sides.
 * - a number n: n on both sides.
 */
export function resolveAxisPadding(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: 'valid' | 'same' | 'full' | number,
): [number, number] {
  const keff = effectiveKernel(kernel, dilation);
  if (padding === 'valid') return [0, 0];
  if (padding === 'full') return [keff - 1, keff - 1];
  if (padding === 'same') {
    const total = Math.max((Math.ceil(input / stride) - 1) * stride + keff - input, 0);
    const before = Math.floor(total / 2);
    return [before, total - before];
  }
  return [padding, padding];
}

/** Resolves any 2D padding spelling to explicit sides. */
export function resolvePadding2d(
  [height, width]: [number, number],
  [kernelH, kernelW]: [number, number],
  [strideH, strideW]: [number, number],
  [dilationH, dilationW]: [number, number],
  padding: Padding,
): Pads2d {
  if (typeof padding === 'object') return { ...padding };
  const [top, bottom] = resolveAxisPadding(height, kernelH, strideH, dilationH, padding);
  const [left, right] = resolveAxisPadding(width, kernelW, strideW, dilationW, padding);
  return { top, bottom, left, right };
}

/** Resolves any 1D padding spelling to explicit ends. */
export function resolvePadding1d(
  length: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: Padding1d,
): Pads1d {
  if (typeof padding === 'object') return { ...padding };
  const [left, right] = resolveAxisPadding(length, kernel, stride, dilation, padding);
  return { left, right };
}

/** A number or pair, as a pair. */
export function pair(value: number | [number, number]): [number, number] {
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}
