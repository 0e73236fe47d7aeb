/**
 * Gradients of a 2D convolution for L = Σ output · dout. Each output cell sent
 * dout[o][r][c] back along the same products the forward pass made:
 *   dinput[ch][row][col] += W · dout   (padding cells have no input, so nothing to add)
 *   dweights[o][ch][kr][kc] += input · dout
 *   dbias[o] += dout
 */
import type { Conv2dOptions, ConvGradients, Tensor3, Tensor4 } from './types';
import { checkShape, zeros1, zeros3, zeros4 } from './tensor';
import { appliedWeight, planConv2d } from './conv2d';

export function conv2dBackward(
  input: Tensor3,
  weights: Tensor4,
  dout: Tensor3,
  options: Conv2dOptions = {},
): ConvGradients<Tensor3, Tensor4> {
  const { rows, cols, pads } = planConv2d(input, weights, options);
  const flip = options.flip ?? false;
  const [height, width] = [input[0].length, input[0][0].length];
  const [kernelH, kernelW] = [weights[0][0].length, weights[0][0][0].length];
  checkShape(dout, 'dout', [weights.length, rows.outputSize, cols.outputSize]);

  const dinput = zeros3(input.length, height, width);
  const dweights = zeros4(weights.length, input.length, kernelH, kernelW);
  const dbias = zeros1(weights.length);

  for (let outChannel = 0; outChannel < weights.length; outChannel++) {
    for (let outRow = 0; outRow < rows.outputSize; outRow++) {
      for (let outCol = 0; outCol < cols.outputSize; outCol++) {
        const gradient = dout[outChannel][outRow][outCol];
        dbias[outChannel] += gradient;
        const top = outRow * rows.stride - pads.top;
        const left = outCol * cols.stride - pads.left;
        for (let channel = 0; channel < input.length; channel++) {
          for (let kernelRow = 0; kernelRow < kernelH; kernelRow++) {
            for (let kernelCol = 0; kernelCol < kernelW; kernelCol++) {
              const row = top + kernelRow * rows.dilation;
              const col = left + kernelCol * cols.dilation;
              if (row < 0 || row >= height || col < 0 || col >= width) continue;
              const weight = appliedWeight(weights[outChannel][channel], kernelRow, kernelCol, flip);
              dinput[channel][row][col] += weight * gradient;
              // With flip the applied tap (kr, kc) is the stored weight at the rotated position.
              const storedRow = flip ? kernelH - 1 - kernelRow : kernelRow;
              const storedCol = flip ? kernelW - 1 - kernelCol : kernelCol;
              dweights[outChannel][channel][storedRow][storedCol] += input[channel][row][col] * gradient;
            }
          }
        }
      }
    }
  }
  return { dinput, dweights, dbias };
}
