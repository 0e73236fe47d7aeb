/**
 * 1D convolution over a sequence [channels][length] (time steps, or words), and its
 * gradients. The kernel spans every channel and slides along the length only.
 */
import type { Conv1dOptions, Conv1dStep, Conv1dTerm, ConvGradients, Matrix, Tensor3, Traced, Vector } from './types';
import { checkBias, checkMatrix, checkNested, checkShape, zeros1, zeros2, zeros3 } from './tensor';
import { planWindow1d, type WindowPlan1d } from './window-plan';

/** Validates a conv1d call and resolves where its windows go. */
export function planConv1d(input: unknown, weights: unknown, options: Conv1dOptions): WindowPlan1d {
  checkMatrix(input, 'input');
  checkNested(weights, 'weights', ['filter', 'channel', 'value']);
  const kernels = weights as Tensor3; // [Cout][Cin][K]
  if (kernels[0].length !== input.length) {
    throw new Error(`weights have ${kernels[0].length} input channels but the input has ${input.length}`);
  }
  return planWindow1d(input[0].length, kernels[0][0].length, options);
}

const tap = (kernel: Vector, index: number, flip: boolean): number =>
  flip ? kernel[kernel.length - 1 - index] : kernel[index];

/** output[o][t] = bias[o] + Σ_ch Σ_k input[ch][t·S − left + k·D] · W[o][ch][k], padding cells being 0. */
export function conv1d(
  input: Matrix,
  weights: Tensor3,
  bias?: Vector,
  options: Conv1dOptions = {},
): Traced<Matrix, Conv1dStep> {
  const { axis, pads } = planConv1d(input, weights, options);
  const biasValues = checkBias(bias, weights.length, 'filters');
  const flip = options.flip ?? false;
  const trace = options.trace ?? true;
  const length = input[0].length;
  const kernelSize = weights[0][0].length;
  const output = zeros2(weights.length, axis.outputSize);
  const steps: Conv1dStep[] = [];

  for (let outChannel = 0; outChannel < weights.length; outChannel++) {
    for (let outPosition = 0; outPosition < axis.outputSize; outPosition++) {
      const start = outPosition * axis.stride - pads.left;
      const terms: Conv1dTerm[] = [];
      const channelSums: number[] = [];
      for (let channel = 0; channel < input.length; channel++) {
        let channelSum = 0;
        for (let kernelIndex = 0; kernelIndex < kernelSize; kernelIndex++) {
          const position = start + kernelIndex * axis.dilation;
          const padded = position < 0 || position >= length;
          const value = padded ? 0 : input[channel][position];
          const weight = tap(weights[outChannel][channel], kernelIndex, flip);
          const product = value * weight;
          channelSum += product;
          if (trace) terms.push({ channel, position, kernelIndex, padded, value, weight, product });
        }
        channelSums.push(channelSum);
      }
      const sum = channelSums.reduce((a, b) => a + b, 0) + biasValues[outChannel];
      output[outChannel][outPosition] = sum;
      if (trace) {
        const window = { start, length: (kernelSize - 1) * axis.dilation + 1 };
        steps.push({ outChannel, outPosition, window, terms, channelSums, bias: biasValues[outChannel], sum });
      }
    }
  }
  return { output, steps };
}

/** Gradients of L = Σ output · dout, along the same products as the forward pass. */
export function conv1dBackward(
  input: Matrix,
  weights: Tensor3,
  dout: Matrix,
  options: Conv1dOptions = {},
): ConvGradients<Matrix, Tensor3> {
  const { axis, pads } = planConv1d(input, weights, options);
  const flip = options.flip ?? false;
  const length = input[0].length;
  const kernelSize = weights[0][0].length;
  checkShape(dout, 'dout', [weights.length, axis.outputSize]);

  const dinput = zeros2(input.length, length);
  const dweights = zeros3(weights.length, input.length, kernelSize);
  const dbias = zeros1(weights.length);
  for (let outChannel = 0; outChannel < weights.length; outChannel++) {
    for (let outPosition = 0; outPosition < axis.outputSize; outPosition++) {
      const gradient = dout[outChannel][outPosition];
      dbias[outChannel] += gradient;
      const start = outPosition * axis.stride - pads.left;
      for (let channel = 0; channel < input.length; channel++) {
        for (let kernelIndex = 0; kernelIndex < kernelSize; kernelIndex++) {
          const position = start + kernelIndex * axis.dilation;
          if (position < 0 || position >= length) continue;
          dinput[channel][position] += tap(weights[outChannel][channel], kernelIndex, flip) * gradient;
          const stored = flip ? kernelSize - 1 - kernelIndex : kernelIndex;
          dweights[outChannel][channel][stored] += input[channel][position] * gradient;
        }
      }
    }
  }
  return { dinput, dweights, dbias };
}
