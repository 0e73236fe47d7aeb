/**
 * 1D transposed convolution, the curriculum's first picture of it: each input value
 * scales the kernel, and the scaled copies are added at stride offsets into the output.
 */
import type { ConvGradients, ConvTranspose1dOptions, Matrix, ScatterAdd1d, ScatterStep1d, Tensor3, Traced, Vector } from './types';
import {
  checkBias,
  checkMatrix,
  checkNested,
  checkNonNegativeInteger,
  checkPositiveInteger,
  checkShape,
  zeros1,
  zeros2,
  zeros3,
} from './tensor';
import { transposeAxis, type TransposeAxis } from './transpose';

/** Validates a convTranspose1d call; weights are [Cin][Cout][K]. */
export function planTranspose1d(input: unknown, weights: unknown, options: ConvTranspose1dOptions): TransposeAxis {
  checkMatrix(input, 'input');
  checkNested(weights, 'weights', ['input channel', 'output channel', 'value']);
  const kernels = weights as Tensor3;
  if (kernels.length !== input.length) {
    throw new Error(`weights have ${kernels.length} input channels but the input has ${input.length}`);
  }
  const { stride = 1, padding = 0, outputPadding = 0, dilation = 1 } = options;
  checkPositiveInteger(stride, 'stride');
  checkNonNegativeInteger(padding, 'padding');
  checkNonNegativeInteger(outputPadding, 'output padding');
  checkPositiveInteger(dilation, 'dilation');
  return transposeAxis(input[0].length, kernels[0][0].length, [stride, padding, outputPadding, dilation]);
}

/** One ScatterStep1d per input value (channel, position); adds ordered by (output channel, kernel index). */
export function convTranspose1d(
  input: Matrix,
  weights: Tensor3,
  bias?: Vector,
  options: ConvTranspose1dOptions = {},
): Traced<Matrix, ScatterStep1d> {
  const axis = planTranspose1d(input, weights, options);
  const outChannels = weights[0].length;
  const biasValues = checkBias(bias, outChannels, 'output channels');
  const output = zeros2(outChannels, axis.outputSize).map((row, o) => row.map(() => biasValues[o]));
  const steps: ScatterStep1d[] = [];
  for (let inChannel = 0; inChannel < input.length; inChannel++) {
    for (let inPosition = 0; inPosition < input[0].length; inPosition++) {
      const inputValue = input[inChannel][inPosition];
      const adds: ScatterAdd1d[] = [];
      for (let outChannel = 0; outChannel < outChannels; outChannel++) {
        const kernel = weights[inChannel][outChannel];
        for (let kernelIndex = 0; kernelIndex < kernel.length; kernelIndex++) {
          const outPosition = inPosition * axis.stride - axis.padding + kernelIndex * axis.dilation;
          const cropped = outPosition < 0 || outPosition >= axis.outputSize;
          const weight = kernel[kernelIndex];
          const product = inputValue * weight;
          if (!cropped) output[outChannel][outPosition] += product;
          adds.push({ outChannel, outPosition, kernelIndex, weight, product, cropped });
        }
      }
      if (options.trace ?? true) steps.push({ inChannel, inPosition, inputValue, adds });
    }
  }
  return { output, steps };
}

/** Gradients of L = Σ output · dout. */
export function convTranspose1dBackward(
  input: Matrix,
  weights: Tensor3,
  dout: Matrix,
  options: ConvTranspose1dOptions = {},
): ConvGradients<Matrix, Tensor3> {
  const axis = planTranspose1d(input, weights, options);
  const outChannels = weights[0].length;
  const kernelSize = weights[0][0].length;
  checkShape(dout, 'dout', [outChannels, axis.outputSize]);
  const dinput = zeros2(input.length, input[0].length);
  const dweights = zeros3(input.length, outChannels, kernelSize);
  const dbias = zeros1(outChannels).map((_, o) => dout[o].reduce((a, b) => a + b, 0));
  for (let inChannel = 0; inChannel < input.length; inChannel++) {
    for (let inPosition = 0; inPosition < input[0].length; inPosition++) {
      for (let outChannel = 0; outChannel < outChannels; outChannel++) {
        for (let kernelIndex = 0; kernelIndex < kernelSize; kernelIndex++) {
          const outPosition = inPosition * axis.stride - axis.padding + kernelIndex * axis.dilation;
          if (outPosition < 0 || outPosition >= axis.outputSize) continue;
          const gradient = dout[outChannel][outPosition];
          dinput[inChannel][inPosition] += weights[inChannel][outChannel][kernelIndex] * gradient;
          dweights[inChannel][outChannel][kernelIndex] += input[inChannel][inPosition] * gradient;
        }
      }
    }
  }
  return { dinput, dweights, dbias };
}
