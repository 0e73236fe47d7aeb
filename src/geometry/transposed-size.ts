import { requireNonNegativeInteger, requirePositiveInteger } from './checks';

export interface TransposedSizeInput {
  /** Input width (or height) W. */
  input: number;
  /** Kernel size K. */
  kernel: number;
  stride?: number;
  /** PyTorch's padding P: cells cropped from each end of the full output. */
  padding?: number;
  /** Extra cells added at the end only, to pick one of the S sizes that map back to W. */
  outputPadding?: number;
  dilation?: number;
}

export interface TransposedSize {
  size: number;
  /** Symbols, e.g. "O = (W − 1)·S − 2P + K". Terms at their defaults are left out. */
  formula: string;
  /** Values, e.g. "O = (3 − 1)·2 − 2·0 + 3 = 7". */
  substituted: string;
}

/**
 * Output size of a transposed convolution along one axis (PyTorch's ConvTranspose):
 * O = (W − 1)·S − 2P + D·(K − 1) + P_out + 1,
 * which is (W − 1)·S − 2P + K when D = 1 and P_out = 0. Each of the W inputs places a
 * scaled copy of the kernel S cells after the previous one; P crops both ends.
 *
 * Throws a RangeError when the output padding is not smaller than the stride or the
 * dilation (PyTorch's rule: it must pick among the sizes a strided convolution maps
 * back to W) or when the cropping leaves no output.
 */
export function transposedOutputSize({
  input,
  kernel,
  stride = 1,
  padding = 0,
  outputPadding = 0,
  dilation = 1,
}: TransposedSizeInput): TransposedSize {
  requirePositiveInteger('input size', input);
  requirePositiveInteger('kernel size', kernel);
  requirePositiveInteger('stride', stride);
  requirePositiveInteger('dilation', dilation);
  requireNonNegativeInteger('padding', padding);
  requireNonNegativeInteger('output padding', outputPadding);
  if (outputPadding >= stride && outputPadding >= dilation) {
    throw new RangeError(
      `output padding (${outputPadding}) must be smaller than the stride (${stride}) or the dilation (${dilation})`,
    );
  }
  const size = (input - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;
  if (size < 1) {
    throw new RangeError(
      `padding (${padding}) crops away the whole output: it cuts ${2 * padding} cells from the ${size + 2 * padding} the transposed convolution makes`,
    );
  }
  const kernelSymbol = dilation === 1 ? 'K' : 'D·(K − 1) + 1';
  const kernelValue = dilation === 1 ? `${kernel}` : `${dilation}·(${kernel} − 1) + 1`;
  const extraSymbol = outputPadding > 0 ? ' + P_out' : '';
  const extraValue = outputPadding > 0 ? ` + ${outputPadding}` : '';
  return {
    size,
    formula: `O = (W − 1)·S − 2P + ${kernelSymbol}${extraSymbol}`,
    substituted: `O = (${input} − 1)·${stride} − 2·${padding} + ${kernelValue}${extraValue} = ${size}`,
  };
}
