/**
 * Transposed convolution ("learnable upsampling"), written the way it is taught: every
 * input value scales the kernel, and the scaled copy is added into the output at
 * stride offsets. The outer `padding` cells of that sum are then cut away (cropped).
 */
import type { ConvGradients, ConvTranspose2dOptions, ScatterAdd, ScatterStep, Tensor3, Tensor4, Traced, Vector } from './types';
import { transposedOutputSize } from '../geometry';
import { checkBias, checkShape, checkTensor3, checkTensor4, nonNegativePair, positivePair, zeros1, zeros3, zeros4 } from './tensor';

/** One axis of a transposed convolution: input i, tap k lands on output i·stride − padding + k·dilation. */
export interface TransposeAxis {
  stride: number;
  padding: number;
  dilation: number;
  outputSize: number;
}

/**
 * One axis of a transposed convolution. The size, O = (W − 1)·S − 2P + D·(K − 1) + outputPadding + 1,
 * and its checks (outputPadding smaller than the stride or dilation, as in PyTorch) come from
 * geometry, so the engine, the elements and the quizzes agree on one formula.
 */
export function transposeAxis(
  input: number,
  kernel: number,
  [stride, padding, outputPadding, dilation]: [number, number, number, number],
  /** 'rows' or 'columns' prefixes errors of a 2D call; omitted for 1D. */
  axis?: string,
): TransposeAxis {
  try {
    const { size } = transposedOutputSize({ input, kernel, stride, padding, outputPadding, dilation });
    return { stride, padding, dilation, outputSize: size };
  } catch (error) {
    // geometry throws RangeError with a plain reason; rethrow as a plain Error (naming the axis in 2D) for the UI.
    const reason = (error as Error).message;
    throw new Error(axis ? `${axis}: ${reason}` : reason);
  }
}

/** Validates a convTranspose2d call and works out both axes. */
export function planTranspose2d(input: unknown, weights: unknown, options: ConvTranspose2dOptions): [TransposeAxis, TransposeAxis] {
  checkTensor3(input, 'input');
  checkTensor4(weights, 'weights', ['input channel', 'output channel']);
  if (weights.length !== input.length) {
    throw new Error(`weights have ${weights.length} input channels but the input has ${input.length}`);
  }
  const stride = positivePair(options.stride ?? 1, 'stride');
  const padding = nonNegativePair(options.padding ?? 0, 'padding');
  const outputPadding = nonNegativePair(options.outputPadding ?? 0, 'output padding');
  const dilation = positivePair(options.dilation ?? 1, 'dilation');
  const [kernelH, kernelW] = [weights[0][0].length, weights[0][0][0].length];
  return [
    transposeAxis(input[0].length, kernelH, [stride[0], padding[0], outputPadding[0], dilation[0]], 'rows'),
    transposeAxis(input[0][0].length, kernelW, [stride[1], padding[1], outputPadding[1], dilation[1]], 'columns'),
  ];
}

/** One ScatterStep per input cell (channel, row, column), its adds ordered by (output channel, kernel row, kernel column). */
export function convTranspose2d(
  input: Tensor3,
  weights: Tensor4,
  bias?: Vector,
  options: ConvTranspose2dOptions = {},
): Traced<Tensor3, ScatterStep> {
  const [rows, cols] = planTranspose2d(input, weights, options);
  const outChannels = weights[0].length;
  const biasValues = checkBias(bias, outChannels, 'output channels');
  // Every output cell starts at its channel's bias; the scattered products are added on top.
  const output = zeros3(outChannels, rows.outputSize, cols.outputSize).map((channel, o) =>
    channel.map((row) => row.map(() => biasValues[o])),
  );
  const steps: ScatterStep[] = [];
  for (let inChannel = 0; inChannel < input.length; inChannel++) {
    for (let inRow = 0; inRow < input[0].length; inRow++) {
      for (let inCol = 0; inCol < input[0][0].length; inCol++) {
        const inputValue = input[inChannel][inRow][inCol];
        const adds: ScatterAdd[] = [];
        for (let outChannel = 0; outChannel < outChannels; outChannel++) {
          const kernel = weights[inChannel][outChannel];
          for (let kernelRow = 0; kernelRow < kernel.length; kernelRow++) {
            for (let kernelCol = 0; kernelCol < kernel[0].length; kernelCol++) {
              const outRow = inRow * rows.stride - rows.padding + kernelRow * rows.dilation;
              const outCol = inCol * cols.stride - cols.padding + kernelCol * cols.dilation;
              const cropped = outRow < 0 || outRow >= rows.outputSize || outCol < 0 || outCol >= cols.outputSize;
              const weight = kernel[kernelRow][kernelCol];
              const product = inputValue * weight;
              if (!cropped) output[outChannel][outRow][outCol] += product;
              adds.push({ outChannel, outRow, outCol, kernelRow, kernelCol, weight, product, cropped });
            }
          }
        }
        if (options.trace ?? true) steps.push({ inChannel, inRow, inCol, inputValue, adds });
      }
    }
  }
  return { output, steps };
}

/** Gradients of L = Σ output · dout: each add input·w → out sends dout[out] back to both factors. */
export function convTranspose2dBackward(
  input: Tensor3,
  weights: Tensor4,
  dout: Tensor3,
  options: ConvTranspose2dOptions = {},
): ConvGradients<Tensor3, Tensor4> {
  const [rows, cols] = planTranspose2d(input, weights, options);
  const outChannels = weights[0].length;
  const [kernelH, kernelW] = [weights[0][0].length, weights[0][0][0].length];
  checkShape(dout, 'dout', [outChannels, rows.outputSize, cols.outputSize]);
  const dinput = zeros3(input.length, input[0].length, input[0][0].length);
  const dweights = zeros4(input.length, outChannels, kernelH, kernelW);
  const dbias = zeros1(outChannels).map((_, o) => dout[o].flat().reduce((a, b) => a + b, 0));
  for (let inChannel = 0; inChannel < input.length; inChannel++) {
    for (let inRow = 0; inRow < input[0].length; inRow++) {
      for (let inCol = 0; inCol < input[0][0].length; inCol++) {
        for (let outChannel = 0; outChannel < outChannels; outChannel++) {
          for (let kernelRow = 0; kernelRow < kernelH; kernelRow++) {
            for (let kernelCol = 0; kernelCol < kernelW; kernelCol++) {
              const outRow = inRow * rows.stride - rows.padding + kernelRow * rows.dilation;
              const outCol = inCol * cols.stride - cols.padding + kernelCol * cols.dilation;
              if (outRow < 0 || outRow >= rows.outputSize || outCol < 0 || outCol >= cols.outputSize) continue;
              const gradient = dout[outChannel][outRow][outCol];
              dinput[inChannel][inRow][inCol] += weights[inChannel][outChannel][kernelRow][kernelCol] * gradient;
              dweights[inChannel][outChannel][kernelRow][kernelCol] += input[inChannel][inRow][inCol] * gradient;
            }
          }
        }
      }
    }
  }
  return { dinput, dweights, dbias };
}
