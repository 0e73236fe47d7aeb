/** A fully connected (dense) layer: every output unit sees every input value. */
import type { ConvGradients, DenseStep, Matrix, Traced, Vector } from './types';
import { checkBias, checkMatrix, checkShape, checkVector, zeros2 } from './tensor';

function checkDense(input: unknown, weights: unknown): asserts weights is Matrix {
  checkVector(input, 'input');
  checkMatrix(weights, 'weights');
  if (weights[0].length !== input.length) {
    throw new Error(`each weights row has ${weights[0].length} values but the input has ${input.length}`);
  }
}

/** output[j] = Σᵢ input[i] · W[j][i] + bias[j]; weights are [out][in] as in PyTorch's Linear. */
export function dense(input: Vector, weights: Matrix, bias?: Vector): Traced<Vector, DenseStep> {
  checkDense(input, weights);
  const biasValues = checkBias(bias, weights.length, 'output units');
  const steps: DenseStep[] = weights.map((row, outIndex) => {
    const terms = input.map((value, inIndex) => ({ inIndex, value, weight: row[inIndex], product: value * row[inIndex] }));
    const sum = terms.reduce((total, term) => total + term.product, 0) + biasValues[outIndex];
    return { outIndex, terms, bias: biasValues[outIndex], sum };
  });
  return { output: steps.map((step) => step.sum), steps };
}

/** Gradients of L = Σ output · dout: dinput = Wᵀ·dout, dweights = dout ⊗ input, dbias = dout. */
export function denseBackward(input: Vector, weights: Matrix, dout: Vector): ConvGradients<Vector, Matrix> {
  checkDense(input, weights);
  checkShape(dout, 'dout', [weights.length]);
  const dinput = input.map((_, i) => weights.reduce((sum, row, j) => sum + row[i] * dout[j], 0));
  const dweights = zeros2(weights.length, input.length).map((row, j) => row.map((_, i) => dout[j] * input[i]));
  return { dinput, dweights, dbias: [...dout] };
}
