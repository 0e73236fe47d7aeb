/**
 * 2D convolution as deep-learning frameworks compute it (cross-correlation), one output
 * cell at a time, recording every multiplication so a lesson can draw and narrate it.
 */
import type { Conv2dOptions, ConvStep, ConvTerm, Tensor3, Tensor4, Traced, Vector } from './types';
import { checkBias, checkTensor3, checkTensor4, zeros3 } from './tensor';
import { planWindow2d, type WindowPlan2d } from './window-plan';

/** Validates a conv2d call and resolves where its windows go. Shared by forward and backward. */
export function planConv2d(input: unknown, weights: unknown, options: Conv2dOptions): WindowPlan2d {
  checkTensor3(input, 'input');
  checkTensor4(weights, 'weights');
  const inChannels = weights[0].length;
  if (inChannels !== input.length) {
    throw new Error(`weights have ${inChannels} input channels but the input has ${input.length}`);
  }
  const kernelSize: [number, number] = [weights[0][0].length, weights[0][0][0].length];
  return planWindow2d([input[0].length, input[0][0].length], kernelSize, options);
}

/**
 * The kernel weight used at (kernelRow, kernelCol). With `flip` the kernel is rotated
 * by 180° first, which turns cross-correlation into true (image-processing) convolution.
 */
export function appliedWeight(kernel: number[][], kernelRow: number, kernelCol: number, flip: boolean): number {
  if (!flip) return kernel[kernelRow][kernelCol];
  return kernel[kernel.length - 1 - kernelRow][kernel[0].length - 1 - kernelCol];
}

/**
 * output[o][r][c] = bias[o] + Σ_ch Σ_kr Σ_kc input[ch][r·Sh − top + kr·Dh][c·Sw − left + kc·Dw] · W[o][ch][kr][kc]
 * where cells outside the input are padding zeros.
 * Steps come in output order (filter, row, column); terms channel by channel, row-major.
 */
export function conv2d(
  input: Tensor3,
  weights: Tensor4,
  bias?: Vector,
  options: Conv2dOptions = {},
): Traced<Tensor3, ConvStep> {
  const { rows, cols, pads } = planConv2d(input, weights, options);
  const biasValues = checkBias(bias, weights.length, 'filters');
  const flip = options.flip ?? false;
  const trace = options.trace ?? true;
  const [height, width] = [input[0].length, input[0][0].length];
  const [kernelH, kernelW] = [weights[0][0].length, weights[0][0][0].length];
  const output = zeros3(weights.length, rows.outputSize, cols.outputSize);
  const steps: ConvStep[] = [];

  for (let outChannel = 0; outChannel < weights.length; outChannel++) {
    for (let outRow = 0; outRow < rows.outputSize; outRow++) {
      for (let outCol = 0; outCol < cols.outputSize; outCol++) {
        // Top-left corner of the window in original input coordinates (negative inside the padding).
        const top = outRow * rows.stride - pads.top;
        const left = outCol * cols.stride - pads.left;
        const terms: ConvTerm[] = [];
        const channelSums: number[] = [];
        for (let channel = 0; channel < input.length; channel++) {
          let channelSum = 0;
          for (let kernelRow = 0; kernelRow < kernelH; kernelRow++) {
            for (let kernelCol = 0; kernelCol < kernelW; kernelCol++) {
              const row = top + kernelRow * rows.dilation;
              const col = left + kernelCol * cols.dilation;
              const padded = row < 0 || row >= height || col < 0 || col >= width;
              const value = padded ? 0 : input[channel][row][col];
              const weight = appliedWeight(weights[outChannel][channel], kernelRow, kernelCol, flip);
              const product = value * weight;
              channelSum += product;
              if (trace) terms.push({ channel, row, col, kernelRow, kernelCol, padded, value, weight, product });
            }
          }
          channelSums.push(channelSum);
        }
        const sum = channelSums.reduce((a, b) => a + b, 0) + biasValues[outChannel];
        output[outChannel][outRow][outCol] = sum;
        if (trace) {
          const window = {
            row: top,
            col: left,
            height: (kernelH - 1) * rows.dilation + 1,
            width: (kernelW - 1) * cols.dilation + 1,
          };
          steps.push({ outChannel, outRow, outCol, window, terms, channelSums, bias: biasValues[outChannel], sum });
        }
      }
    }
  }
  return { output, steps };
}
