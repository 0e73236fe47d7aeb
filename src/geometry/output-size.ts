import { effectiveKernel, resolveAxisPadding } from './padding';

export interface OutputSizeInput {
  /** Input width (or height) W. */
  input: number;
  /** Kernel size K. */
  kernel: number;
  stride?: number;
  /** A symmetric P, explicit [before, after], or a Keras/literature name. */
  padding?: number | [number, number] | 'valid' | 'same' | 'full';
  dilation?: number;
}

export interface OutputSize {
  /** O = ⌊(W + P_before + P_after − K_eff) / S⌋ + 1, what every framework produces. */
  size: number;
  /** (W + P_before + P_after − K_eff) / S before flooring. */
  quotient: number;
  /** False when the windows do not tile the input: the last rows/columns are dropped. */
  isInteger: boolean;
  effectiveKernel: number;
  padBefore: number;
  padAfter: number;
  /** The formula in symbols, e.g. "O = ⌊(W − K + 2P) / S⌋ + 1". */
  formula: string;
  /** The formula with the values substituted, e.g. "O = ⌊(5 − 3 + 2·1) / 2⌋ + 1 = 3". */
  substituted: string;
}

/**
 * Output size of a convolution or pooling along one axis:
 * O = ⌊(W − K_eff + P_before + P_after) / S⌋ + 1, with K_eff = D·(K − 1) + 1.
 * Throws a RangeError (with the reason) for non-positive sizes, stride 0, or a kernel
 * larger than the padded input.
 */
export function outputSize({ input, kernel, stride = 1, padding = 0, dilation = 1 }: OutputSizeInput): OutputSize {
  checkPositiveInteger('input size', input);
  checkPositiveInteger('kernel size', kernel);
  checkPositiveInteger('stride', stride);
  checkPositiveInteger('dilation', dilation);
  const [padBefore, padAfter] = Array.isArray(padding)
    ? padding
    : resolveAxisPadding(input, kernel, stride, dilation, padding);
  if (!(Number.isInteger(padBefore) && Number.isInteger(padAfter) && padBefore >= 0 && padAfter >= 0)) {
    throw new RangeError(`padding must be a non-negative integer, got ${padBefore}, ${padAfter}`);
  }
  const keff = effectiveKernel(kernel, dilation);
  const padded = input + padBefore + padAfter;
  if (keff > padded) {
    throw new RangeError(
      `kernel (${keff}${dilation > 1 ? ' after dilation' : ''}) is larger than the padded input (${padded})`,
    );
  }
  const quotient = (padded - keff) / stride;
  const size = Math.floor(quotient) + 1;
  const symmetric = padBefore === padAfter;
  const kSym = dilation > 1 ? 'K_eff' : 'K';
  const pSym = symmetric ? '2P' : '(P₁ + P₂)';
  const pVal = symmetric ? `2·${padBefore}` : `(${padBefore} + ${padAfter})`;
  const isInteger = Number.isInteger(quotient);
  const formula = `O = ⌊(W − ${kSym} + ${pSym}) / S⌋ + 1`;
  const body = `${input} − ${keff} + ${pVal}`;
  const substituted = isInteger
    ? `O = (${body}) / ${stride} + 1 = ${quotient} + 1 = ${size}`
    : `O = ⌊(${body}) / ${stride}⌋ + 1 = ⌊${roundTo(quotient, 3)}⌋ + 1 = ${size}`;
  return {
    size,
    quotient,
    isInteger,
    effectiveKernel: keff,
    padBefore,
    padAfter,
    formula,
    substituted,
  };
}

function checkPositiveInteger(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a positive integer, got ${value}`);
  }
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
