/**
 * output-size: O = ⌊(W − K_eff + 2P) / S⌋ + 1 along one axis, from geometry's outputSize.
 * Easy: stride 1. Medium: strides 1–4 that tile the input exactly. Hard: dilation,
 * Keras 'same' with stride 2, or a quotient that is not an integer (the prompt then says
 * to give what frameworks produce, and the solution explains the floor).
 */
import { outputSize, type OutputSize } from '../../geometry';
import type { Rng } from '../../random';
import { attempt, distinctMistakes, type MistakeCandidate } from '../mistakes';
import { numberAnswer, questionId, questionRng } from '../kit';
import { bi, joinText, num } from '../text';
import type { Difficulty, Generator, GivenItem, Question } from '../types';

interface Variant {
  W: number;
  K: number;
  P: number | 'same';
  S: number;
  D: number;
}

/** A width W in [lo, hi] for which the windows tile (or, with tile = false, do not tile) the input. */
function pickWidth(rng: Rng, v: Omit<Variant, 'W'>, lo: number, hi: number, tile: boolean): number | undefined {
  const keff = v.D * (v.K - 1) + 1;
  const pad = typeof v.P === 'number' ? 2 * v.P : 0;
  const widths: number[] = [];
  for (let W = lo; W <= hi; W++) {
    if (W + pad < keff) continue;
    if (((W + pad - keff) % v.S === 0) === tile) widths.push(W);
  }
  return widths.length ? rng.pick(widths) : undefined;
}

function pickVariant(rng: Rng, difficulty: Difficulty): Variant {
  for (;;) {
    const K = rng.pick([1, 2, 3, 5, 7]);
    if (difficulty === 'easy') {
      const P = rng.int(0, 2);
      return { W: rng.int(Math.max(K, 4), 32), K, P, S: 1, D: 1 };
    }
    if (difficulty === 'medium') {
      const base = { K, P: rng.int(0, 3), S: rng.int(1, 4), D: 1 };
      const W = pickWidth(rng, base, 5, 64, true);
      if (W !== undefined) return { ...base, W };
      continue;
    }
    const kind = rng.pick(['dilation', 'same', 'fraction'] as const);
    if (kind === 'same') {
      return { W: rng.int(5, 64), K: rng.pick([3, 5, 7]), P: 'same', S: 2, D: 1 };
    }
    const base = kind === 'dilation'
      ? { K: rng.pick([2, 3, 5]), P: rng.int(0, 4), S: rng.int(1, 2), D: rng.int(2, 3) }
      : { K, P: rng.int(0, 2), S: rng.int(2, 4), D: 1 };
    const W = pickWidth(rng, base, 7, 64, kind === 'dilation');
    if (W !== undefined) return { ...base, W };
  }
}

function calc(numerator: string, S: number, value: number, floor: boolean): string {
  const body = S === 1 ? `${numerator}` : `(${numerator}) / ${S}`;
  return floor && S !== 1 ? `⌊${body}⌋ + 1 = ${num(value)}` : `${body} + 1 = ${num(value)}`;
}

function mistakes(v: Variant, r: OutputSize): MistakeCandidate[] {
  const { W, K, S, D } = v;
  const keff = r.effectiveKernel;
  const pads = r.padBefore + r.padAfter;
  const padText = r.padBefore === r.padAfter ? `2·${r.padBefore}` : `${pads}`;
  const noPad = attempt(() => outputSize({ input: W, kernel: K, stride: S, padding: 0, dilation: D }).size);
  const plusK = Math.floor((W + keff + pads) / S) + 1;
  const noStride = outputSize({ input: W, kernel: K, stride: 1, padding: [r.padBefore, r.padAfter], dilation: D }).size;
  const noDilation = outputSize({ input: W, kernel: K, stride: S, padding: [r.padBefore, r.padAfter] }).size;
  const m = (code: number, id: string, value: number | undefined, key: Parameters<typeof bi>[0], params: Record<string, string | number>): MistakeCandidate => ({
    code,
    id,
    value,
    feedback: bi(key, params),
  });
  return [
    m(1, 'forgot-padding', noPad, 'mistake-forgot-padding', { calc: calc(`${W} − ${keff}`, S, noPad ?? 0, true) }),
    m(2, 'added-kernel', plusK, 'mistake-added-kernel', { calc: calc(`${W} + ${keff} + ${padText}`, S, plusK, true) }),
    m(3, 'forgot-plus-one', r.size - 1, 'mistake-forgot-plus-one', { calc: `⌊(${W} − ${keff} + ${padText}) / ${S}⌋ = ${r.size - 1}` }),
    m(4, 'ignored-stride', noStride, 'mistake-ignored-stride', { calc: calc(`${W} − ${keff} + ${padText}`, 1, noStride, false) }),
    m(5, 'not-floored', r.isInteger ? undefined : r.quotient + 1, 'mistake-not-floored', { calc: `${num(r.quotient)} + 1 = ${num(r.quotient + 1)}` }),
    m(6, 'used-ceil', Math.ceil(r.quotient) + 1, 'mistake-used-ceil', { calc: `⌈${num(r.quotient)}⌉ + 1 = ${Math.ceil(r.quotient) + 1}` }),
    m(7, 'same-is-input-size', v.P === 'same' && S > 1 ? W : undefined, 'mistake-same-is-input', { S, W }),
    m(8, 'forgot-dilation', D > 1 ? noDilation : undefined, 'mistake-forgot-dilation', { keff, calc: calc(`${W} − ${K} + ${padText}`, S, noDilation, true) }),
  ];
}

export const outputSizeQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('output-size', seed, difficulty);
  const v = pickVariant(rng, difficulty);
  const result = outputSize({ input: v.W, kernel: v.K, stride: v.S, padding: v.P, dilation: v.D });
  const params = { W: v.W, K: v.K, P: v.P === 'same' ? "'same'" : v.P, S: v.S, D: v.D };
  const promptKey = v.P === 'same' ? 'prompt-output-size-same' : v.D > 1 ? 'prompt-output-size-dilated' : 'prompt-output-size';
  const prompt = !result.isInteger ? joinText(bi(promptKey, params), bi('prompt-floor-note')) : bi(promptKey, params);
  const entries: Extract<GivenItem, { kind: 'values' }>['entries'] = [
    { symbol: 'W', label: bi('label-W'), value: v.W },
    { symbol: 'K', label: bi('label-K'), value: v.K },
    ...(v.D > 1 ? [{ symbol: 'D', label: bi('label-D'), value: v.D }] : []),
    { symbol: 'P', label: bi('label-P'), value: v.P === 'same' ? "'same'" : v.P },
    { symbol: 'S', label: bi('label-S'), value: v.S },
  ];
  const steps = [bi('step-output-size-formula', { formula: result.formula })];
  if (v.D > 1) steps.push(bi('step-dilation', { D: v.D, K: v.K, keff: result.effectiveKernel }));
  if (v.P === 'same') {
    const total = result.padBefore + result.padAfter;
    steps.push(bi('step-same-padding', { total, before: result.padBefore, after: result.padAfter, W: v.W, S: v.S, O: result.size }));
  }
  steps.push(bi('step-substitute', { substituted: result.substituted }));
  if (!result.isInteger) steps.push(bi('step-floor', { q: num(result.quotient) }));
  steps.push(bi('step-answer', { answer: result.size }));
  const answer = numberAnswer(result.size);
  return {
    topic: 'output-size',
    id: questionId('output-size', seed, difficulty),
    seed,
    difficulty,
    prompt,
    given: [{ kind: 'values', entries }],
    answer,
    solution: {
      steps,
      source: { kind: 'output-size', input: v.W, kernel: v.K, stride: v.S, padding: v.P, dilation: v.D, result },
    },
    variantNote: `W=${v.W} K=${v.K} P=${v.P} S=${v.S} D=${v.D}`,
    mistakes: distinctMistakes(answer, mistakes(v, result)),
  };
};
