/**
 * conv-output and stride: the whole output feature map of a small convolution (a
 * matrix answer, graded cell by cell), computed by the reference engine.
 * conv-output: stride 1 (hard: two channels, or padding 1). stride: stride 2 throughout.
 */
import { outputSize } from '../../geometry';
import type { Rng } from '../../random';
import { distinctMistakes } from '../mistakes';
import { matrixAnswer, questionId, questionRng } from '../kit';
import { bi, joinText, matrixText } from '../text';
import type { Difficulty, Generator, Question } from '../types';
import { cellSteps, convGiven, convMistakes, convSetupText, randomConv, runConv, variantOf, type ConvShape, type ConvSetup } from './conv-common';

function outputShape(rng: Rng, difficulty: Difficulty): ConvShape {
  if (difficulty === 'easy') {
    const [size, kernel] = rng.pick([[4, 2], [4, 3], [5, 3]] as const);
    return { channels: 1, size, kernel, stride: 1, padding: 0, withBias: false, values: [0, 9], weights: [-1, 1] };
  }
  if (difficulty === 'medium') {
    return { channels: 1, size: rng.int(4, 5), kernel: 3, stride: 1, padding: 0, withBias: true, values: [0, 9], weights: [-2, 2] };
  }
  return rng.next() < 0.5
    ? { channels: 2, size: rng.int(4, 5), kernel: 3, stride: 1, padding: 0, withBias: true, values: [0, 9], weights: [-2, 2] }
    : { channels: 1, size: rng.int(3, 4), kernel: 3, stride: 1, padding: 1, withBias: true, values: [0, 9], weights: [-2, 2] };
}

/** Stride 2 with sizes that tile exactly: (W − K + 2P) even. */
function strideShape(rng: Rng, difficulty: Difficulty): ConvShape {
  if (difficulty === 'easy') {
    return { channels: 1, size: 5, kernel: 3, stride: 2, padding: 0, withBias: false, values: [0, 9], weights: [-1, 1] };
  }
  if (difficulty === 'medium') {
    const [size, kernel] = rng.pick([[7, 3], [6, 2], [5, 3]] as const);
    return { channels: 1, size, kernel, stride: 2, padding: 0, withBias: true, values: [0, 9], weights: [-2, 2] };
  }
  return { channels: 1, size: rng.pick([5, 7]), kernel: 3, stride: 2, padding: 1, withBias: true, values: [0, 9], weights: [-2, 2] };
}

function build(topic: 'conv-output' | 'stride', seed: number, difficulty: Difficulty, setup: ConvSetup): Question {
  const { output, steps } = runConv(setup);
  const map = output[0];
  const answer = matrixAnswer(map);
  const H = setup.input[0].length;
  const K = setup.weights[0][0].length;
  const size = outputSize({ input: H, kernel: K, stride: setup.stride, padding: setup.padding });
  const first = steps[0];
  const solutionSteps = [
    bi('step-conv-size', { rows: map.length, cols: map[0].length, substituted: size.substituted }),
    ...cellSteps(first, setup),
    bi('step-conv-rest', { S: setup.stride, matrix: matrixText(map) }),
  ];
  const ask = topic === 'stride' ? bi('ask-stride-output') : bi('ask-conv-output');
  return {
    topic,
    id: questionId(topic, seed, difficulty),
    seed,
    difficulty,
    prompt: joinText(...convSetupText(setup), ask),
    given: convGiven(setup),
    answer,
    solution: {
      steps: solutionSteps,
      source: { kind: 'conv2d', input: setup.input, weights: setup.weights, bias: [setup.bias], stride: setup.stride, padding: setup.padding, output, steps },
    },
    variantNote: variantOf(setup),
    mistakes: distinctMistakes(answer, convMistakes(setup, (r) => r.output[0], { ignoredStride: true })),
  };
}

export const convOutputQuestion: Generator = (seed, difficulty) => {
  const rng = questionRng('conv-output', seed, difficulty);
  return build('conv-output', seed, difficulty, randomConv(rng, outputShape(rng, difficulty)));
};

export const strideQuestion: Generator = (seed, difficulty) => {
  const rng = questionRng('stride', seed, difficulty);
  return build('stride', seed, difficulty, randomConv(rng, strideShape(rng, difficulty)));
};

