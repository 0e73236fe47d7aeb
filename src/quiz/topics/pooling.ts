/**
 * max-pool and avg-pool: the output of pooling a small single-channel input, from the
 * reference engine. Easy: 4×4 with 2×2 windows, stride 2. Medium: 6×6 with 2×2 or 3×3
 * windows. Hard: overlapping 3×3 windows with stride 2. Averages over 9 cells are
 * graded to two decimals (the prompt says so); averages over 4 cells are exact.
 */
import { outputSize } from '../../geometry';
import { pool2d, type PoolStep } from '../../reference';
import type { Rng } from '../../random';
import { distinctMistakes, type MistakeCandidate } from '../mistakes';
import { EXACT, matrixAnswer, questionId, questionRng, randomMatrix } from '../kit';
import { bi, joinText, matrixText, num } from '../text';
import type { Difficulty, Generator, Question } from '../types';

type Mode = 'max' | 'avg';
interface PoolSetup {
  input: number[][];
  size: number;
  stride: number;
}

function setupFor(rng: Rng, difficulty: Difficulty): PoolSetup {
  const [side, size, stride] =
    difficulty === 'easy'
      ? [4, 2, 2]
      : difficulty === 'medium'
        ? rng.pick([[6, 2, 2], [6, 3, 3], [4, 2, 2]] as const)
        : rng.pick([[5, 3, 2], [7, 3, 2]] as const);
  return { input: randomMatrix(rng, side, side, 0, 9), size, stride };
}

function run(setup: PoolSetup, mode: Mode, stride = setup.stride) {
  return pool2d([setup.input], { mode, size: setup.size, stride });
}

function windowText(step: PoolStep, mode: Mode): string {
  const values = step.terms.map((t) => num(t.value));
  if (mode === 'max') return `max(${values.join(', ')}) = ${num(step.result)}`;
  return `(${values.join(' + ')}) / ${step.terms.length} = ${num(step.result)}`;
}

function build(mode: Mode, seed: number, difficulty: Difficulty): Question {
  const topic = mode === 'max' ? 'max-pool' : 'avg-pool';
  const rng = questionRng(topic, seed, difficulty);
  const setup = setupFor(rng, difficulty);
  const { output, steps } = run(setup, mode);
  const area = setup.size * setup.size;
  const rounded = mode === 'avg' && area !== 4;
  const answer = matrixAnswer(output[0], rounded ? 0.006 : EXACT);
  const other = run(setup, mode === 'max' ? 'avg' : 'max').output[0];
  const strideOne = setup.stride > 1 ? run(setup, mode, 1).output[0] : undefined;
  const candidates: MistakeCandidate[] = [
    mode === 'max'
      ? { code: 1, id: 'gave-average', value: other, feedback: bi('mistake-gave-average') }
      : { code: 1, id: 'gave-max', value: other, feedback: bi('mistake-gave-max') },
    { code: 2, id: 'ignored-stride', value: strideOne, feedback: bi('mistake-pool-ignored-stride', { S: setup.stride }) },
    {
      code: 3,
      id: 'forgot-divide',
      value: mode === 'avg' ? output[0].map((row) => row.map((v) => v * area)) : undefined,
      feedback: bi('mistake-forgot-divide', { n: area }),
    },
  ];
  const size = outputSize({ input: setup.input.length, kernel: setup.size, stride: setup.stride });
  const prompt = joinText(
    bi(mode === 'max' ? 'prompt-max-pool' : 'prompt-avg-pool', { p: setup.size, S: setup.stride }),
    ...(rounded ? [bi('prompt-round-2')] : []),
  );
  return {
    topic,
    id: questionId(topic, seed, difficulty),
    seed,
    difficulty,
    prompt,
    given: [
      { kind: 'matrix', role: 'input', label: bi('label-input'), value: setup.input },
      {
        kind: 'values',
        entries: [
          { symbol: 'p', label: bi('label-pool-size'), value: setup.size },
          { symbol: 'S', label: bi('label-S'), value: setup.stride },
        ],
      },
    ],
    answer,
    solution: {
      steps: [
        bi('step-pool-size', { n: output[0].length, substituted: size.substituted }),
        bi(mode === 'max' ? 'step-max-window' : 'step-avg-window', { calc: windowText(steps[0], mode) }),
        bi('step-pool-rest', { S: setup.stride, matrix: matrixText(output[0]) }),
      ],
      source: { kind: 'pool2d', input: [setup.input], mode, size: setup.size, stride: setup.stride, output, steps },
    },
    variantNote: `x=${setup.input.map((r) => r.join(',')).join('/')} p=${setup.size} S=${setup.stride}`,
    mistakes: distinctMistakes(answer, candidates),
  };
}

export const maxPoolQuestion: Generator = (seed, difficulty) => build('max', seed, difficulty);
export const avgPoolQuestion: Generator = (seed, difficulty) => build('avg', seed, difficulty);
