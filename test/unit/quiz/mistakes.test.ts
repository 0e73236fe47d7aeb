/**
 * Each named mistake is recognised on a wrong answer built here, by applying the wrong
 * rule by hand to the numbers the student sees, and is reported with its stable answer
 * note (the ids an LMS export relies on).
 */
import { describe, expect, it } from 'vitest';
import { summary } from '../../../src/geometry';
import { DIFFICULTIES, TOPICS, generateQuestion, grade, type Question, type QuizResponse, type TopicId } from '../../../src/quiz';
import { correlate1d, correlate2d, num, pad, pool, readGiven, samePadding } from './independent';

/** The first generated question (any difficulty) that can recognise the mistake. */
function questionWith(topic: TopicId, mistakeId: string): Question {
  for (let seed = 0; seed < 3000; seed++) {
    for (const difficulty of DIFFICULTIES) {
      const q = generateQuestion(topic, seed, difficulty);
      if (q.mistakes.some((m) => m.id === mistakeId)) return q;
    }
  }
  throw new Error(`no ${topic} question recognises ${mistakeId}`);
}

const g = readGiven;

function outputSizeParts(q: Question) {
  const d = g(q);
  const [W, K, S, D] = [num(d, 'W'), num(d, 'K'), num(d, 'S'), num(d, 'D', 1)];
  const keff = D * (K - 1) + 1;
  const pads = d.values.P === "'same'" ? samePadding(W, keff, S).reduce((a, b) => a + b, 0) : 2 * num(d, 'P');
  return { W, K, S, keff, pads };
}

function convParts(q: Question) {
  const d = g(q);
  return { d, b: num(d, 'b', 0), S: num(d, 'S'), P: num(d, 'P') };
}

function cell(q: Question): [number, number] {
  const m = /row (\d+), column (\d+)/.exec(q.prompt.en);
  if (!m) throw new Error('no cell');
  // The prompt counts rows and columns from 0 at the top left.
  return [Number(m[1]), Number(m[2])];
}

function conv1dParts(q: Question) {
  const d = g(q);
  const input = d.vectors.input ? [d.vectors.input] : d.inputs[0];
  const kernel = d.vectors.kernel ? [d.vectors.kernel] : d.kernels[0];
  const S = num(d, 'S');
  const pads: [number, number] = d.values.P === "'same'" ? samePadding(input[0].length, kernel[0].length, S) : [0, 0];
  return { input, kernel, S, pads, b: num(d, 'b', 0) };
}

function windows(q: Question) {
  return (g(q).layers?.layers ?? []).map((l) => {
    if (l.type === 'conv2d') return { K: l.kernelSize as number, S: (l.strides as number) ?? 1, D: (l.dilationRate as number) ?? 1 };
    if (l.type === 'maxPooling2d') return { K: l.poolSize as number, S: l.strides as number, D: 1 };
    throw new Error(l.type);
  });
}

function field(ws: { K: number; S: number; D: number }[]): number {
  let r = 1;
  let j = 1;
  for (const w of ws) {
    r += w.D * (w.K - 1) * j;
    j *= w.S;
  }
  return r;
}

function summaryParts(q: Question) {
  const layers = g(q).layers;
  if (!layers?.inputShape || layers.highlight === undefined) throw new Error('no model');
  const rows = summary(layers.layers, layers.inputShape).rows;
  const i = layers.highlight;
  return { row: rows[i], config: layers.layers[i], inShape: i === 0 ? layers.inputShape : rows[i - 1].outputShape };
}

type Case = [TopicId, string, string, (q: Question) => QuizResponse];

const CASES: Case[] = [
  ['output-size', 'forgot-padding', 'output-size-1-forgot-padding', (q) => { const p = outputSizeParts(q); return Math.floor((p.W - p.keff) / p.S) + 1; }],
  ['output-size', 'added-kernel', 'output-size-2-added-kernel', (q) => { const p = outputSizeParts(q); return Math.floor((p.W + p.keff + p.pads) / p.S) + 1; }],
  ['output-size', 'forgot-plus-one', 'output-size-3-forgot-plus-one', (q) => { const p = outputSizeParts(q); return Math.floor((p.W - p.keff + p.pads) / p.S); }],
  ['output-size', 'ignored-stride', 'output-size-4-ignored-stride', (q) => { const p = outputSizeParts(q); return p.W - p.keff + p.pads + 1; }],
  ['output-size', 'not-floored', 'output-size-5-not-floored', (q) => { const p = outputSizeParts(q); return `(${p.W} - ${p.keff} + ${p.pads})/${p.S} + 1`; }],
  ['output-size', 'used-ceil', 'output-size-6-used-ceil', (q) => { const p = outputSizeParts(q); return Math.ceil((p.W - p.keff + p.pads) / p.S) + 1; }],
  ['output-size', 'same-is-input-size', 'output-size-7-same-is-input-size', (q) => outputSizeParts(q).W],
  ['output-size', 'forgot-dilation', 'output-size-8-forgot-dilation', (q) => { const p = outputSizeParts(q); return Math.floor((p.W - p.K + p.pads) / p.S) + 1; }],

  ['conv-cell', 'forgot-bias', 'conv-cell-1-forgot-bias', (q) => { const c = convParts(q); const [r, k] = cell(q); return correlate2d(c.d.inputs, c.d.kernels, 0, c.S, c.P)[r][k]; }],
  ['conv-cell', 'flipped-kernel', 'conv-cell-2-flipped-kernel', (q) => { const c = convParts(q); const [r, k] = cell(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, c.S, c.P, true)[r][k]; }],
  ['conv-cell', 'one-channel', 'conv-cell-3-one-channel', (q) => { const c = convParts(q); const [r, k] = cell(q); return correlate2d([c.d.inputs[0]], [c.d.kernels[0]], c.b, c.S, c.P)[r][k]; }],
  ['conv-cell', 'ignored-padding', 'conv-cell-4-ignored-padding', (q) => { const c = convParts(q); const [r, k] = cell(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, c.S, 0)[r][k]; }],

  ['conv-output', 'forgot-bias', 'conv-output-1-forgot-bias', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, 0, c.S, c.P); }],
  ['conv-output', 'flipped-kernel', 'conv-output-2-flipped-kernel', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, c.S, c.P, true); }],
  ['conv-output', 'one-channel', 'conv-output-3-one-channel', (q) => { const c = convParts(q); return correlate2d([c.d.inputs[0]], [c.d.kernels[0]], c.b, c.S, c.P); }],
  ['conv-output', 'ignored-padding', 'conv-output-4-ignored-padding', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, c.S, 0); }],
  ['stride', 'ignored-stride', 'stride-5-ignored-stride', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, 1, c.P); }],
  ['stride', 'flipped-kernel', 'stride-2-flipped-kernel', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, c.S, c.P, true); }],

  ['stride', 'forgot-bias', 'stride-1-forgot-bias', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, 0, c.S, c.P); }],
  ['stride', 'ignored-padding', 'stride-4-ignored-padding', (q) => { const c = convParts(q); return correlate2d(c.d.inputs, c.d.kernels, c.b, c.S, 0); }],
  ['avg-pool', 'ignored-stride', 'avg-pool-2-ignored-stride', (q) => { const d = g(q); return pool(d.inputs[0], num(d, 'p'), 1, 'avg'); }],

  ['max-pool', 'gave-average', 'max-pool-1-gave-average', (q) => { const d = g(q); return pool(d.inputs[0], num(d, 'p'), num(d, 'S'), 'avg'); }],
  ['max-pool', 'ignored-stride', 'max-pool-2-ignored-stride', (q) => { const d = g(q); return pool(d.inputs[0], num(d, 'p'), 1, 'max'); }],
  ['avg-pool', 'gave-max', 'avg-pool-1-gave-max', (q) => { const d = g(q); return pool(d.inputs[0], num(d, 'p'), num(d, 'S'), 'max'); }],
  ['avg-pool', 'forgot-divide', 'avg-pool-3-forgot-divide', (q) => { const d = g(q); const p = num(d, 'p'); return pool(d.inputs[0], p, num(d, 'S'), 'avg').map((r) => r.map((v) => v * p * p)); }],

  ['padding', 'padded-one-side', 'padding-1-padded-one-side', (q) => {
    const d = g(q);
    if (q.answer.kind === 'matrix') return pad(d.inputs[0], num(d, 'P')).slice(0, -num(d, 'P')).map((r) => r.slice(0, -num(d, 'P')));
    return num(d, 'W') + num(d, 'P');
  }],
  ['padding', 'gave-total-padding', 'padding-2-gave-total-padding', (q) => num(g(q), 'K') - 1],
  ['padding', 'gave-kernel-size', 'padding-3-gave-kernel-size', (q) => num(g(q), 'K')],
  ['padding', 'used-stride-one-rule', 'padding-4-used-stride-one-rule', (q) => num(g(q), 'K') - 1],

  ['conv-params', 'forgot-bias', 'conv-params-1-forgot-bias', (q) => Number(q.answer.kind === 'number' && q.answer.value) - lastUnits(q)],
  ['conv-params', 'forgot-input-channels', 'conv-params-2-forgot-input-channels', (q) => {
    const l = g(q).layers!.layers.at(-1)!;
    if (l.type === 'conv2d') return ((l.kernelSize as number) ** 2 + 1) * l.filters;
    if (l.type === 'conv1d') return (l.kernelSize + 1) * l.filters;
    throw new Error(l.type);
  }],
  ['conv-params', 'counted-output-size', 'conv-params-3-counted-output-size', (q) => {
    const given = g(q).layers!;
    const l = given.layers.at(-1)!;
    const shape = given.inputShape!;
    const C = shape[shape.length - 1];
    if (l.type === 'conv2d') {
      const K = l.kernelSize as number;
      const S = (l.strides as number) ?? 1;
      const O = l.padding === 'same' ? Math.ceil(shape[0] / S) : Math.floor((shape[0] - K) / S) + 1;
      return O * O * C * l.filters + l.filters;
    }
    if (l.type === 'conv1d') {
      const O = l.padding === 'same' ? shape[0] : shape[0] - l.kernelSize + 1;
      return O * C * l.filters + l.filters;
    }
    throw new Error(l.type);
  }],
  ['conv-params', 'used-channels-only', 'conv-params-4-used-channels-only', (q) => {
    const given = g(q).layers!;
    const l = given.layers.at(-1)!;
    if (l.type !== 'dense') throw new Error(l.type);
    return (given.inputShape!.at(-1)! + 1) * l.units;
  }],

  ['summary-row', 'channels-first', 'summary-row-5-channels-first', (q) => { const s = summaryParts(q).row.outputShape; return `(None, ${[s.at(-1), ...s.slice(0, -1)].join(', ')})`; }],
  ['summary-row', 'kept-input-channels', 'summary-row-4-kept-input-channels', (q) => { const p = summaryParts(q); return [...p.row.outputShape.slice(0, -1), p.inShape.at(-1)!].join('x'); }],
  ['summary-row', 'shape-unchanged', 'summary-row-6-shape-unchanged', (q) => `(None, ${summaryParts(q).inShape.join(', ')})`],
  ['summary-row', 'padding-confused', 'summary-row-3-padding-confused', (q) => {
    const { config, inShape } = summaryParts(q);
    if (config.type !== 'conv2d') throw new Error(config.type);
    const K = config.kernelSize as number;
    const S = (config.strides as number) ?? 1;
    const side = (n: number) => (config.padding === 'same' ? Math.floor((n - K) / S) + 1 : Math.ceil(n / S));
    return [null, side(inShape[0]), side(inShape[1]), config.filters];
  }],
  ['summary-row', 'forgot-input-channels', 'summary-row-2-forgot-input-channels', (q) => {
    const { config } = summaryParts(q);
    if (config.type === 'conv2d') return ((config.kernelSize as number) ** 2 + 1) * config.filters;
    if (config.type === 'conv1d') return (config.kernelSize + 1) * config.filters;
    throw new Error(config.type);
  }],
  ['summary-row', 'used-channels-only', 'summary-row-7-used-channels-only', (q) => {
    const layers = g(q).layers!;
    const i = layers.highlight!;
    const rows = summary(layers.layers, layers.inputShape!).rows;
    const beforeFlatten = i >= 2 ? rows[i - 2].outputShape : layers.inputShape!;
    const config = layers.layers[i];
    if (config.type !== 'dense') throw new Error(config.type);
    return (beforeFlatten.at(-1)! + 1) * config.units;
  }],
  ['summary-row', 'forgot-bias', 'summary-row-1-forgot-bias', (q) => {
    const p = summaryParts(q);
    const units = p.config.type === 'dense' ? p.config.units : p.config.type === 'conv2d' || p.config.type === 'conv1d' ? p.config.filters : 0;
    return p.row.params - units;
  }],

  ['transposed-size', 'used-conv-formula', 'transposed-size-1-used-conv-formula', (q) => { const d = g(q); return Math.floor((num(d, 'W') - num(d, 'K') + 2 * num(d, 'P')) / num(d, 'S')) + 1; }],
  ['transposed-size', 'forgot-minus-one', 'transposed-size-2-forgot-minus-one', (q) => { const d = g(q); return num(d, 'W') * num(d, 'S') - 2 * num(d, 'P') + num(d, 'K') + num(d, 'P_out', 0); }],
  ['transposed-size', 'added-padding', 'transposed-size-3-added-padding', (q) => { const d = g(q); return (num(d, 'W') - 1) * num(d, 'S') + 2 * num(d, 'P') + num(d, 'K') + num(d, 'P_out', 0); }],
  ['transposed-size', 'forgot-output-padding', 'transposed-size-4-forgot-output-padding', (q) => { const d = g(q); return (num(d, 'W') - 1) * num(d, 'S') - 2 * num(d, 'P') + num(d, 'K'); }],
  ['transposed-size', 'ignored-stride', 'transposed-size-5-ignored-stride', (q) => { const d = g(q); return num(d, 'W') - 1 - 2 * num(d, 'P') + num(d, 'K') + num(d, 'P_out', 0); }],

  ['conv1d', 'forgot-bias', 'conv1d-1-forgot-bias', (q) => { const c = conv1dParts(q); return [correlate1d(c.input, c.kernel, 0, c.S, c.pads)]; }],
  ['conv1d', 'flipped-kernel', 'conv1d-2-flipped-kernel', (q) => { const c = conv1dParts(q); return [correlate1d(c.input, c.kernel, c.b, c.S, c.pads, true)]; }],
  ['conv1d', 'one-channel', 'conv1d-3-one-channel', (q) => { const c = conv1dParts(q); return [correlate1d([c.input[0]], [c.kernel[0]], c.b, c.S, c.pads)]; }],
  ['conv1d', 'ignored-padding', 'conv1d-4-ignored-padding', (q) => { const c = conv1dParts(q); return [correlate1d(c.input, c.kernel, c.b, c.S, [0, 0])]; }],
  ['conv1d', 'ignored-stride', 'conv1d-5-ignored-stride', (q) => { const c = conv1dParts(q); return [correlate1d(c.input, c.kernel, c.b, 1, c.pads)]; }],

  ['receptive-field', 'ignored-stride', 'receptive-field-1-ignored-stride', (q) => field(windows(q).map((w) => ({ ...w, S: 1 })))],
  ['receptive-field', 'summed-kernels', 'receptive-field-2-summed-kernels', (q) => windows(q).reduce((s, w) => s + w.K, 0)],
  ['receptive-field', 'forgot-dilation', 'receptive-field-3-forgot-dilation', (q) => field(windows(q).map((w) => ({ ...w, D: 1 })))],
  ['receptive-field', 'forgot-one', 'receptive-field-4-forgot-one', (q) => field(windows(q)) - 1],
];

function lastUnits(q: Question): number {
  const l = g(q).layers!.layers.at(-1)!;
  return l.type === 'dense' ? l.units : l.type === 'conv2d' || l.type === 'conv1d' ? l.filters : 0;
}

describe('named mistakes on hand-built wrong answers', () => {
  it.each(CASES)('%s: %s → %s', (topic, mistakeId, note, build) => {
    const q = questionWith(topic, mistakeId);
    const result = grade(q, build(q));
    expect(result.answerNote).toBe(note);
    expect(result.correct).toBe(false);
    const mistake = q.mistakes.find((m) => m.id === mistakeId)!;
    expect(result.feedback.en).toBe(`Not correct. ${mistake.feedback.en}`);
    expect(result.feedback.ko).toBe(`오답입니다. ${mistake.feedback.ko}`);
  });

  it('names a mistake only when its value differs from the answer', () => {
    // Easy output-size questions use stride 1, so "ignored the stride" never applies.
    for (let seed = 0; seed < 200; seed++) {
      const q = generateQuestion('output-size', seed, 'easy');
      expect(q.mistakes.map((m) => m.id)).not.toContain('ignored-stride');
      if (readGiven(q).values.P === 0) expect(q.mistakes.map((m) => m.id)).not.toContain('forgot-padding');
    }
  });

  it('leaves unrecognised wrong answers as plain incorrect', () => {
    const q = generateQuestion('output-size', 3, 'medium');
    const wrong = (q.answer.kind === 'number' ? q.answer.value : 0) + 1000;
    expect(grade(q, String(wrong))).toMatchObject({ correct: false, answerNote: 'output-size-incorrect' });
  });

  it('covers every mistake kind the generators produce', () => {
    const produced = new Set<string>();
    for (const topic of TOPICS.filter((t) => t !== 'concepts')) {
      for (let seed = 0; seed < 150; seed++) {
        for (const d of DIFFICULTIES) for (const m of generateQuestion(topic, seed, d).mistakes) produced.add(`${topic}-${m.code}-${m.id}`);
      }
    }
    const tested = new Set(CASES.map((c) => c[2]));
    expect([...produced].filter((note) => !tested.has(note))).toEqual([]);
  });
});
