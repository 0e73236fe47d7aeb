/**
 * Where the sliding windows of a convolution or pooling go: stride, dilation, the resolved
 * padding of each side and the output size, all computed by src/geometry so the engine,
 * the components and the quizzes agree on every number.
 */
import { outputSize, resolveAxisPadding } from '../geometry';
import type { Pads1d, Pads2d, Padding, Padding1d } from './types';
import { checkNonNegativeInteger, checkPositiveInteger, positivePair } from './tensor';

/** One axis of a sliding window: output index o reads input positions o·stride − padBefore + k·dilation. */
export interface AxisPlan {
  stride: number;
  dilation: number;
  padBefore: number;
  padAfter: number;
  outputSize: number;
}

export interface WindowPlan2d {
  rows: AxisPlan;
  cols: AxisPlan;
  pads: Pads2d;
}

const PADDING_NAMES = ['valid', 'same', 'full'];

function paddingError(padding: unknown, sides: string): Error {
  const shown = typeof padding === 'string' ? `"${padding}"` : JSON.stringify(padding);
  return new Error(`padding must be 'valid', 'same', 'full', a non-negative integer or {${sides}}, got ${shown}`);
}

function planAxis(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: 'valid' | 'same' | 'full' | number | [number, number],
): AxisPlan {
  const [padBefore, padAfter] = Array.isArray(padding)
    ? padding
    : resolveAxisPadding(input, kernel, stride, dilation, padding);
  try {
    const size = outputSize({ input, kernel, stride, dilation, padding: [padBefore, padAfter] }).size;
    return { stride, dilation, padBefore, padAfter, outputSize: size };
  } catch (error) {
    // geometry throws RangeError with a plain reason; rethrow as a plain Error for the UI.
    throw new Error((error as Error).message);
  }
}

/** Validates the options of a 2D window and resolves them against the input and kernel sizes. */
export function planWindow2d(
  [height, width]: [number, number],
  [kernelH, kernelW]: [number, number],
  options: { stride?: unknown; dilation?: unknown; padding?: Padding },
): WindowPlan2d {
  const [strideH, strideW] = positivePair(options.stride ?? 1, 'stride');
  const [dilationH, dilationW] = positivePair(options.dilation ?? 1, 'dilation');
  const padding = options.padding ?? 'valid';
  let rowPadding: [number, number] | 'valid' | 'same' | 'full' | number;
  let colPadding: typeof rowPadding;
  if (typeof padding === 'object' && padding !== null) {
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      checkNonNegativeInteger(padding[side], `padding.${side}`);
    }
    rowPadding = [padding.top, padding.bottom];
    colPadding = [padding.left, padding.right];
  } else if (PADDING_NAMES.includes(padding as string) || typeof padding === 'number') {
    if (typeof padding === 'number') checkNonNegativeInteger(padding, 'padding');
    rowPadding = colPadding = padding;
  } else {
    throw paddingError(padding, 'top, bottom, left, right');
  }
  const rows = planAxis(height, kernelH, strideH, dilationH, rowPadding);
  const cols = planAxis(width, kernelW, strideW, dilationW, colPadding);
  return {
    rows,
    cols,
    pads: { top: rows.padBefore, bottom: rows.padAfter, left: cols.padBefore, right: cols.padAfter },
  };
}

export interface WindowPlan1d {
  axis: AxisPlan;
  pads: Pads1d;
}

/** The 1D counterpart of planWindow2d, for sequences. */
export function planWindow1d(
  length: number,
  kernel: number,
  options: { stride?: unknown; dilation?: unknown; padding?: Padding1d },
): WindowPlan1d {
  const stride = options.stride ?? 1;
  const dilation = options.dilation ?? 1;
  checkPositiveInteger(stride, 'stride');
  checkPositiveInteger(dilation, 'dilation');
  const padding = options.padding ?? 'valid';
  let resolved: [number, number] | 'valid' | 'same' | 'full' | number;
  if (typeof padding === 'object' && padding !== null) {
    checkNonNegativeInteger(padding.left, 'padding.left');
    checkNonNegativeInteger(padding.right, 'padding.right');
    resolved = [padding.left, padding.right];
  } else if (PADDING_NAMES.includes(padding as string) || typeof padding === 'number') {
    if (typeof padding === 'number') checkNonNegativeInteger(padding, 'padding');
    resolved = padding;
  } else {
    throw paddingError(padding, 'left, right');
  }
  const axis = planAxis(length, kernel, stride, dilation, resolved);
  return { axis, pads: { left: axis.padBefore, right: axis.padAfter } };
}
