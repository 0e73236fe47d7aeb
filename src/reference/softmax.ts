/** Softmax over a vector of scores, its gradient, and the softmax cross-entropy loss. */
import type { ActivationStep, Traced, Vector } from './types';
import { checkShape, checkVector } from './tensor';

/** Probabilities e^xᵢ / Σⱼ e^xⱼ, computed as e^(xᵢ − max) / Σⱼ e^(xⱼ − max) so large scores cannot overflow. */
function probabilities(scores: Vector): Vector {
  const largest = Math.max(...scores);
  const exps = scores.map((x) => Math.exp(x - largest));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function softmax(input: Vector): Traced<Vector, ActivationStep> {
  checkVector(input, 'input');
  const output = probabilities(input);
  const steps = input.map((x, i) => ({ index: [i], input: x, output: output[i] }));
  return { output, steps };
}

/**
 * Every output depends on every input: ∂pⱼ/∂xᵢ = pⱼ(δᵢⱼ − pᵢ), so
 * dinputᵢ = pᵢ · (doutᵢ − Σⱼ pⱼ · doutⱼ).
 */
export function softmaxBackward(input: Vector, dout: Vector): Vector {
  checkVector(input, 'input');
  checkShape(dout, 'dout', [input.length]);
  const p = probabilities(input);
  const weightedMean = p.reduce((sum, pj, j) => sum + pj * dout[j], 0);
  return p.map((pi, i) => pi * (dout[i] - weightedMean));
}

/**
 * Cross-entropy of softmax(logits) against the true class:
 * loss = −log pₗₐᵦₑₗ = log Σⱼ e^xⱼ − x_label, and dlogits = p − one_hot(label).
 */
export function softmaxCrossEntropy(logits: Vector, label: number): { loss: number; dlogits: Vector } {
  checkVector(logits, 'logits');
  if (!Number.isInteger(label) || label < 0 || label >= logits.length) {
    throw new Error(`label must be an integer from 0 to ${logits.length - 1}, got ${label}`);
  }
  const largest = Math.max(...logits);
  const logSumExp = largest + Math.log(logits.reduce((sum, x) => sum + Math.exp(x - largest), 0));
  const p = probabilities(logits);
  return { loss: logSumExp - logits[label], dlogits: p.map((pi, i) => pi - (i === label ? 1 : 0)) };
}
