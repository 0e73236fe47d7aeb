/**
 * conv-cell: one output value of a small convolution, computed by the reference engine.
 * Easy: one channel, small kernel, no bias. Medium: 3×3 kernel with negative weights,
 * a bias, sometimes padding. Hard: two input channels, bias, padding or stride 2.
 */
import type { Rng } from '../../random';
import { distinctMistakes } from '../mistakes';
import { numberAnswer, questionId, questionRng } from '../kit';
import { bi, joinText, num } from '../text';
import type { Difficulty, Generator, Question } from '../types';
import { cellSteps, convGiven, convMistakes, convSetupText, randomConv, runConv, variantOf, type ConvShape } from './conv-common';

function shapeFor(rng: Rng, difficulty: Difficulty): ConvShape {
  if (difficulty === 'easy') {
    const kernel = rng.pick([2, 3]);
    return { channels: 1, size: rng.int(kernel + 1, 5), kernel, stride: 1, padding: 0, withBias: false, values: [0, 9], weights: [-1, 1] };
  }
  if (difficulty === 'medium') {
    return { channels: 1, size: rng.int(4, 6), kernel: 3, stride: 1, padding: rng.int(0, 1), withBias: true, values: [0, 9], weights: [-2, 2] };
  }
  const padding = rng.int(0, 1);
  const stride = padding === 1 ? 1 : rng.int(1, 2);
  const size = stride === 2 ? rng.pick([5, 7]) : rng.int(4, 5);
  return { channels: 2, size, kernel: 3, stride, padding, withBias: true, values: [0, 9], weights: [-2, 2] };
}

export const convCellQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('conv-cell', seed, difficulty);
  const setup = randomConv(rng, shapeFor(rng, difficulty));
  const { output, steps } = runConv(setup);
  const outRow = rng.int(0, output[0].length - 1);
  const outCol = rng.int(0, output[0][0].length - 1);
  const step = steps.find((s) => s.outRow === outRow && s.outCol === outCol && s.outChannel === 0);
  if (!step) throw new Error('conv-cell: the reference trace has no step for the chosen cell');
  const answer = numberAnswer(output[0][outRow][outCol]);
  // Counted from 0 at the top left, like the reference engine's trace and PyTorch indexing.
  const position = { row: outRow, col: outCol };
  const pick = (r: { output: number[][][] }) => r.output[0]?.[outRow]?.[outCol];
  return {
    topic: 'conv-cell',
    id: questionId('conv-cell', seed, difficulty),
    seed,
    difficulty,
    prompt: joinText(...convSetupText(setup), bi('ask-conv-cell', position)),
    given: convGiven(setup),
    answer,
    solution: {
      steps: [...cellSteps(step, setup), bi('step-answer', { answer: num(answer.value) })],
      source: {
        kind: 'conv2d',
        input: setup.input,
        weights: setup.weights,
        bias: [setup.bias],
        stride: setup.stride,
        padding: setup.padding,
        output,
        focus: { outChannel: 0, outRow, outCol },
        step,
      },
    },
    variantNote: `${variantOf(setup)} cell=${position.row},${position.col}`,
    mistakes: distinctMistakes(answer, convMistakes(setup, pick)),
  };
};
