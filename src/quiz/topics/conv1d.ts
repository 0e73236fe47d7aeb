/**
 * conv1d: the output sequence of a 1D convolution (one filter), from the reference conv1d.
 * The answer is a one-row matrix (one value per output time step). Easy: one feature,
 * kernel 2–3, stride 1, 'valid'. Medium: a bias and stride 2 or padding 'same'.
 * Hard: two features (the kernel spans both), bias, stride 1 or 2.
 */
import { outputSize } from '../../geometry';
import { conv1d } from '../../reference';
import { formatFactor } from '../../viz/format';
import type { Rng } from '../../random';
import { attempt, distinctMistakes, type MistakeCandidate } from '../mistakes';
import { matrixAnswer, nonZero, questionId, questionRng, randomKernel, randomMatrix } from '../kit';
import { bi, joinText, matrixText, num, vectorText } from '../text';
import type { Bilingual, Difficulty, Generator, GivenItem, Question } from '../types';

interface Setup {
  /** [features][length]. */
  input: number[][];
  /** [features][K]: one filter. */
  kernel: number[][];
  bias: number;
  stride: number;
  padding: 'valid' | 'same';
}

function setupFor(rng: Rng, difficulty: Difficulty): Setup {
  const features = difficulty === 'hard' ? 2 : 1;
  const K = rng.int(2, 3);
  const stride = difficulty === 'easy' ? 1 : rng.int(1, 2);
  const padding = difficulty === 'medium' && stride === 1 ? 'same' : 'valid';
  // With stride 2 and 'valid', pick a length whose windows tile exactly.
  const lengths = [5, 6, 7, 8].filter((L) => stride === 1 || (L - K) % stride === 0);
  const L = rng.pick(lengths);
  return {
    input: randomMatrix(rng, features, L, 0, 9),
    // Each feature gets a kernel row that is not all zeros, so every feature matters.
    kernel: Array.from({ length: features }, () => randomKernel(rng, 1, K, -1, 2)[0]),
    bias: difficulty === 'easy' ? 0 : nonZero(rng, -3, 3),
    stride,
    padding,
  };
}

function run(s: Setup, changes: { flip?: boolean; bias?: number; stride?: number; padding?: 'valid' | 'same'; features?: number } = {}) {
  const features = changes.features ?? s.input.length;
  return conv1d(s.input.slice(0, features), [s.kernel.slice(0, features)], [changes.bias ?? s.bias], {
    stride: changes.stride ?? s.stride,
    padding: changes.padding ?? s.padding,
    flip: changes.flip ?? false,
  });
}

function given(s: Setup): GivenItem[] {
  const items: GivenItem[] =
    s.input.length === 1
      ? [
          { kind: 'vector', role: 'input', label: bi('label-sequence'), value: s.input[0] },
          { kind: 'vector', role: 'kernel', label: bi('label-kernel'), value: s.kernel[0] },
        ]
      : [
          { kind: 'matrix', role: 'input', label: bi('label-sequence-features'), value: s.input },
          { kind: 'matrix', role: 'kernel', label: bi('label-kernel-features'), value: s.kernel },
        ];
  const entries: Extract<GivenItem, { kind: 'values' }>['entries'] = [
    { symbol: 'S', label: bi('label-S'), value: s.stride },
    { symbol: 'P', label: bi('label-P'), value: `'${s.padding}'` },
  ];
  if (s.bias !== 0) entries.push({ symbol: 'b', label: bi('label-bias'), value: s.bias });
  return [...items, { kind: 'values', entries }];
}

export const conv1dQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('conv1d', seed, difficulty);
  const s = setupFor(rng, difficulty);
  const { output, steps } = run(s);
  const answer = matrixAnswer(output);
  const L = s.input[0].length;
  const K = s.kernel[0].length;
  const size = outputSize({ input: L, kernel: K, stride: s.stride, padding: s.padding });
  const first = steps[0];
  const products = first.terms.map((t) => `${formatFactor(t.value)}×${formatFactor(t.weight)}`).join(' + ');
  const solution: Bilingual[] = [
    bi('step-conv1d-size', { n: output[0].length, substituted: size.substituted }),
    ...(s.padding === 'same' ? [bi('step-conv1d-same', { before: size.padBefore, after: size.padAfter })] : []),
    bi('step-conv1d-first', { products, sum: num(first.sum - first.bias) }),
    ...(s.bias !== 0 ? [bi('step-conv-bias', { before: num(first.sum - first.bias), bias: formatFactor(s.bias), sum: num(first.sum) })] : []),
    bi('step-conv1d-rest', { S: s.stride, values: vectorText(output[0]) }),
  ];
  const candidates: MistakeCandidate[] = [
    { code: 1, id: 'forgot-bias', value: s.bias !== 0 ? run(s, { bias: 0 }).output : undefined, feedback: bi('mistake-forgot-bias', { bias: num(s.bias) }) },
    { code: 2, id: 'flipped-kernel', value: run(s, { flip: true }).output, feedback: bi('mistake-flipped-kernel') },
    { code: 3, id: 'one-channel', value: s.input.length > 1 ? run(s, { features: 1 }).output : undefined, feedback: bi('mistake-one-channel', { channels: s.input.length }) },
    { code: 4, id: 'ignored-padding', value: s.padding === 'same' ? attempt(() => run(s, { padding: 'valid' }).output) : undefined, feedback: bi('mistake-conv1d-ignored-same') },
    { code: 5, id: 'ignored-stride', value: s.stride > 1 ? run(s, { stride: 1 }).output : undefined, feedback: bi('mistake-conv-ignored-stride', { S: s.stride }) },
  ];
  const parts = [bi('sentence-conv1d', { K, S: s.stride, padding: s.padding })];
  if (s.input.length > 1) parts.push(bi('sentence-conv1d-features', { features: s.input.length }));
  if (s.bias !== 0) parts.push(bi('sentence-bias', { bias: num(s.bias) }));
  parts.push(bi('ask-conv1d'));
  return {
    topic: 'conv1d',
    id: questionId('conv1d', seed, difficulty),
    seed,
    difficulty,
    prompt: joinText(...parts),
    given: given(s),
    answer,
    solution: {
      steps: solution,
      source: { kind: 'conv1d', input: s.input, weights: [s.kernel], bias: [s.bias], stride: s.stride, padding: s.padding, output, steps },
    },
    variantNote: `x=${matrixText(s.input)} k=${matrixText(s.kernel)} b=${s.bias} S=${s.stride} P=${s.padding}`,
    mistakes: distinctMistakes(answer, candidates),
  };
};
