/**
 * transposed-size: output width of a transposed convolution (PyTorch's ConvTranspose),
 * O = (W − 1)·S − 2P + K (+ output padding), from geometry's transposedOutputSize.
 * Easy: stride 1, no padding. Medium: stride 2, padding 0–1. Hard: strides 2–3,
 * padding up to 2 and sometimes output padding.
 */
import { outputSize, transposedOutputSize } from '../../geometry';
import type { Rng } from '../../random';
import { attempt, distinctMistakes, type MistakeCandidate } from '../mistakes';
import { numberAnswer, questionId, questionRng } from '../kit';
import { bi } from '../text';
import type { Difficulty, Generator, GivenItem, Question } from '../types';

interface Variant {
  W: number;
  K: number;
  S: number;
  P: number;
  outPad: number;
}

function variantFor(rng: Rng, difficulty: Difficulty): Variant {
  if (difficulty === 'easy') return { W: rng.int(2, 10), K: rng.int(2, 5), S: 1, P: 0, outPad: 0 };
  if (difficulty === 'medium') return { W: rng.int(2, 16), K: rng.int(2, 4), S: 2, P: rng.int(0, 1), outPad: 0 };
  const S = rng.int(2, 3);
  return { W: rng.int(3, 32), K: rng.int(2, 5), S, P: rng.int(0, 2), outPad: rng.next() < 0.4 ? rng.int(1, S - 1) : 0 };
}

function mistakes(v: Variant, size: number): MistakeCandidate[] {
  const { W, K, S, P, outPad } = v;
  const asConv = attempt(() => outputSize({ input: W, kernel: K, stride: S, padding: P }).size);
  return [
    { code: 1, id: 'used-conv-formula', value: asConv, feedback: bi('mistake-transposed-conv-formula') },
    { code: 2, id: 'forgot-minus-one', value: size + S, feedback: bi('mistake-transposed-minus-one', { calc: `${W}·${S} − 2·${P} + ${K}${outPad ? ` + ${outPad}` : ''} = ${size + S}` }) },
    { code: 3, id: 'added-padding', value: size + 4 * P, feedback: bi('mistake-transposed-added-padding', { calc: `(${W} − 1)·${S} + 2·${P} + ${K}${outPad ? ` + ${outPad}` : ''} = ${size + 4 * P}` }) },
    { code: 4, id: 'forgot-output-padding', value: outPad ? size - outPad : undefined, feedback: bi('mistake-transposed-output-padding', { outPad }) },
    { code: 5, id: 'ignored-stride', value: size - (W - 1) * (S - 1), feedback: bi('mistake-transposed-ignored-stride', { S }) },
  ];
}

export const transposedSizeQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('transposed-size', seed, difficulty);
  let v = variantFor(rng, difficulty);
  // Cropping must leave an output; redraw the padding rather than the whole variant.
  while ((v.W - 1) * v.S + v.K + v.outPad - 2 * v.P < 1) v = { ...v, P: v.P - 1 };
  const result = transposedOutputSize({ input: v.W, kernel: v.K, stride: v.S, padding: v.P, outputPadding: v.outPad });
  const answer = numberAnswer(result.size);
  const entries: Extract<GivenItem, { kind: 'values' }>['entries'] = [
    { symbol: 'W', label: bi('label-W'), value: v.W },
    { symbol: 'K', label: bi('label-K'), value: v.K },
    { symbol: 'S', label: bi('label-S'), value: v.S },
    { symbol: 'P', label: bi('label-P'), value: v.P },
  ];
  if (v.outPad) entries.push({ symbol: 'P_out', label: bi('label-output-padding'), value: v.outPad });
  const params = { W: v.W, K: v.K, S: v.S, P: v.P, outPad: v.outPad };
  return {
    topic: 'transposed-size',
    id: questionId('transposed-size', seed, difficulty),
    seed,
    difficulty,
    prompt: bi(v.outPad ? 'prompt-transposed-output-padding' : 'prompt-transposed', params),
    given: [{ kind: 'values', entries }],
    answer,
    solution: {
      steps: [
        bi('step-transposed-idea', { S: v.S }),
        bi('step-output-size-formula', { formula: result.formula }),
        bi('step-substitute', { substituted: result.substituted }),
        bi('step-answer', { answer: result.size }),
      ],
      source: { kind: 'transposed-size', input: v.W, kernel: v.K, stride: v.S, padding: v.P, outputPadding: v.outPad, size: result.size, formula: result.formula, substituted: result.substituted },
    },
    variantNote: `W=${v.W} K=${v.K} S=${v.S} P=${v.P} Pout=${v.outPad}`,
    mistakes: distinctMistakes(answer, mistakes(v, result.size)),
  };
};
