/**
 * padding: zero padding a small matrix (matrix answer, from the reference pad2d), the
 * size of a padded input, and (hard) how much padding Keras's 'same' adds, from
 * geometry's resolveAxisPadding.
 */
import { resolveAxisPadding } from '../../geometry';
import { pad2d } from '../../reference';
import type { Rng } from '../../random';
import { distinctMistakes, type MistakeCandidate } from '../mistakes';
import { matrixAnswer, numberAnswer, questionId, questionRng, randomMatrix } from '../kit';
import { bi, matrixText } from '../text';
import type { Answer, Bilingual, Difficulty, Generator, GivenItem, Question, SolutionSource } from '../types';

type Kind = 'matrix' | 'padded-size' | 'same-per-side' | 'same-total';

interface Parts {
  prompt: Bilingual;
  given: GivenItem[];
  answer: Answer;
  steps: Bilingual[];
  source: SolutionSource;
  note: string;
  candidates: MistakeCandidate[];
}

function kindFor(rng: Rng, difficulty: Difficulty): Kind {
  if (difficulty === 'easy') return 'matrix';
  if (difficulty === 'medium') return rng.pick(['matrix', 'padded-size'] as const);
  return rng.pick(['same-per-side', 'same-total'] as const);
}

function matrixParts(rng: Rng, difficulty: Difficulty): Parts {
  const [rows, cols, P] = difficulty === 'easy' ? [3, 3, 1] : rng.pick([[3, 4, 1], [2, 2, 2], [2, 3, 2], [4, 3, 1]] as const);
  const input = randomMatrix(rng, rows, cols, 1, 9);
  const output = pad2d([input], P)[0];
  const oneSide = pad2d([input], { top: P, left: P, bottom: 0, right: 0 })[0];
  return {
    prompt: bi('prompt-pad-matrix', { P }),
    given: [
      { kind: 'matrix', role: 'input', label: bi('label-input'), value: input },
      { kind: 'values', entries: [{ symbol: 'P', label: bi('label-P'), value: P }] },
    ],
    answer: matrixAnswer(output),
    steps: [
      bi('step-pad-size', { rows, cols, P, outRows: output.length, outCols: output[0].length }),
      bi('step-pad-matrix', { matrix: matrixText(output) }),
    ],
    source: { kind: 'pad2d', input, padding: P, output },
    note: `matrix x=${input.map((r) => r.join(',')).join('/')} P=${P}`,
    candidates: [{ code: 1, id: 'padded-one-side', value: oneSide, feedback: bi('mistake-padded-one-side', { P }) }],
  };
}

function paddedSizeParts(rng: Rng): Parts {
  const W = rng.int(5, 64);
  const P = rng.int(1, 4);
  const [before, after] = resolveAxisPadding(W, 1, 1, 1, P);
  const size = W + before + after;
  return {
    prompt: bi('prompt-padded-size', { W, P }),
    given: [{ kind: 'values', entries: [{ symbol: 'W', label: bi('label-W'), value: W }, { symbol: 'P', label: bi('label-P'), value: P }] }],
    answer: numberAnswer(size),
    steps: [bi('step-padded-size', { W, P, size })],
    source: { kind: 'padding', input: W, kernel: 1, stride: 1, padding: P, before, after },
    note: `padded-size W=${W} P=${P}`,
    candidates: [{ code: 1, id: 'padded-one-side', value: W + P, feedback: bi('mistake-padded-one-side', { P }) }],
  };
}

function sameParts(rng: Rng, kind: 'same-per-side' | 'same-total'): Parts {
  const K = kind === 'same-per-side' ? rng.pick([3, 5, 7, 9, 11]) : rng.pick([2, 3, 4, 5, 7]);
  const S = kind === 'same-per-side' ? 1 : 2;
  const W = rng.int(Math.max(K, 5), 40);
  const [before, after] = resolveAxisPadding(W, K, S, 1, 'same');
  const total = before + after;
  const value = kind === 'same-per-side' ? before : total;
  const candidates: MistakeCandidate[] =
    kind === 'same-per-side'
      ? [
          { code: 2, id: 'gave-total-padding', value: total, feedback: bi('mistake-gave-total-padding', { total }) },
          { code: 3, id: 'gave-kernel-size', value: K, feedback: bi('mistake-gave-kernel-size') },
        ]
      : [{ code: 4, id: 'used-stride-one-rule', value: K - 1, feedback: bi('mistake-used-stride-one-rule', { S }) }];
  return {
    prompt: bi(kind === 'same-per-side' ? 'prompt-same-per-side' : 'prompt-same-total', { W, K, S }),
    given: [
      {
        kind: 'values',
        entries: [
          { symbol: 'W', label: bi('label-W'), value: W },
          { symbol: 'K', label: bi('label-K'), value: K },
          { symbol: 'S', label: bi('label-S'), value: S },
        ],
      },
    ],
    answer: numberAnswer(value),
    steps: [
      bi('step-same-total', { W, K, S, total, out: Math.ceil(W / S) }),
      bi('step-same-split', { before, after }),
      bi('step-answer', { answer: value }),
    ],
    source: { kind: 'padding', input: W, kernel: K, stride: S, padding: 'same', before, after },
    note: `${kind} W=${W} K=${K} S=${S}`,
    candidates,
  };
}

export const paddingQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('padding', seed, difficulty);
  const kind = kindFor(rng, difficulty);
  const parts = kind === 'matrix' ? matrixParts(rng, difficulty) : kind === 'padded-size' ? paddedSizeParts(rng) : sameParts(rng, kind);
  return {
    topic: 'padding',
    id: questionId('padding', seed, difficulty),
    seed,
    difficulty,
    prompt: parts.prompt,
    given: parts.given,
    answer: parts.answer,
    solution: { steps: parts.steps, source: parts.source },
    variantNote: parts.note,
    mistakes: distinctMistakes(parts.answer, parts.candidates),
  };
};
