/**
 * Every generator over 500 seeds per difficulty: the stated answer equals an independent
 * computation from the question's given data, every text renders in both languages,
 * generation is deterministic, variant notes identify questions, and sizes are integers.
 */
import { describe, expect, it } from 'vitest';
import { summary, type LayerConfig } from '../../../src/geometry';
import {
  DIFFICULTIES,
  TOPICS,
  generateQuestion,
  grade,
  mistakeNote,
  type Answer,
  type Bilingual,
  type Question,
  type TopicId,
} from '../../../src/quiz';
import { correlate1d, correlate2d, num, pad, pool, readGiven, samePadding } from './independent';

const SEEDS = 500;

type Expected = number | number[][] | (number | null)[] | string;

/** The asked cell, read as a student does: counted from 0 at the top left, as the prompt says. */
function cellFromPrompt(q: Question): [number, number] {
  const match = /row (\d+), column (\d+)\? \(Rows and columns count from 0 at the top left\.\)/.exec(q.prompt.en);
  if (!match) throw new Error(`no cell counted from 0 in prompt: ${q.prompt.en}`);
  const ko = new RegExp(`${match[1]}행 ${match[2]}열 .*왼쪽 위에서 0부터`).exec(q.prompt.ko);
  if (!ko) throw new Error(`the Korean prompt names another cell or convention: ${q.prompt.ko}`);
  return [Number(match[1]), Number(match[2])];
}

/** The solution's window step names the asked cell and the window's top-left input cell, r·S − P (negative in the padding). */
function windowFromSolution(q: Question): [number, number, number, number] {
  const text = q.solution.steps.map((s) => s.en).join(' ');
  const match = /output row (\d+), column (\d+) comes from the \d+×\d+ window whose top-left cell is input row (−?\d+), column (−?\d+)/.exec(text);
  if (!match) throw new Error(`no window step: ${text}`);
  return match.slice(1).map((v) => Number(v.replace('−', '-'))) as [number, number, number, number];
}

function layersOf(q: Question): { inputShape: number[]; layers: LayerConfig[]; highlight: number } {
  const g = readGiven(q).layers;
  if (!g) throw new Error('no layers given');
  return { inputShape: g.inputShape ?? [], layers: g.layers, highlight: g.highlight ?? g.layers.length - 1 };
}

const single = (v: number | [number, number] | undefined, fallback: number): number => (v === undefined ? fallback : typeof v === 'number' ? v : v[0]);

/** The answer worked out independently, topic by topic. */
const EXPECTED: Record<TopicId, (q: Question) => Expected> = {
  'conv-cell': (q) => {
    const d = readGiven(q);
    const [r, c] = cellFromPrompt(q);
    const [S, P] = [num(d, 'S'), num(d, 'P')];
    expect(windowFromSolution(q)).toEqual([r, c, r * S - P, c * S - P]);
    return correlate2d(d.inputs, d.kernels, num(d, 'b', 0), num(d, 'S'), num(d, 'P'))[r][c];
  },
  'conv-output': (q) => {
    const d = readGiven(q);
    return correlate2d(d.inputs, d.kernels, num(d, 'b', 0), num(d, 'S'), num(d, 'P'));
  },
  stride: (q) => {
    const d = readGiven(q);
    expect(num(d, 'S')).toBe(2);
    return correlate2d(d.inputs, d.kernels, num(d, 'b', 0), 2, num(d, 'P'));
  },
  'output-size': (q) => {
    const d = readGiven(q);
    const [W, K, S, D] = [num(d, 'W'), num(d, 'K'), num(d, 'S'), num(d, 'D', 1)];
    if (d.values.P === "'same'") return Math.ceil(W / S);
    return Math.floor((W + 2 * num(d, 'P') - D * (K - 1) - 1) / S) + 1;
  },
  padding: (q) => {
    const d = readGiven(q);
    if (q.answer.kind === 'matrix') return pad(d.inputs[0], num(d, 'P'));
    if (d.values.K === undefined) return num(d, 'W') + 2 * num(d, 'P');
    const [before, after] = samePadding(num(d, 'W'), num(d, 'K'), num(d, 'S'));
    return /in total/.test(q.prompt.en) ? before + after : before;
  },
  'max-pool': (q) => {
    const d = readGiven(q);
    return pool(d.inputs[0], num(d, 'p'), num(d, 'S'), 'max');
  },
  'avg-pool': (q) => {
    const d = readGiven(q);
    return pool(d.inputs[0], num(d, 'p'), num(d, 'S'), 'avg');
  },
  'conv-params': (q) => {
    const { inputShape, layers } = layersOf(q);
    const layer = layers[layers.length - 1];
    const channels = layers.length > 1 ? inputShape.reduce((a, b) => a * b, 1) : inputShape[inputShape.length - 1];
    if (layer.type === 'dense') return (channels + 1) * layer.units;
    if (layer.type === 'conv1d') return (layer.kernelSize * channels + 1) * layer.filters;
    if (layer.type === 'conv2d') return (single(layer.kernelSize, 1) ** 2 * channels + 1) * layer.filters;
    throw new Error(`unexpected layer ${layer.type}`);
  },
  'summary-row': (q) => {
    const { inputShape, layers, highlight } = layersOf(q);
    const row = summary(layers, inputShape).rows[highlight];
    expect(q.prompt.en).toContain(row.name);
    return /output shape/.test(q.prompt.en) ? [null, ...row.outputShape] : row.params;
  },
  'transposed-size': (q) => {
    const d = readGiven(q);
    return (num(d, 'W') - 1) * num(d, 'S') - 2 * num(d, 'P') + num(d, 'K') + num(d, 'P_out', 0);
  },
  conv1d: (q) => {
    const d = readGiven(q);
    const input = d.vectors.input ? [d.vectors.input] : d.inputs[0];
    const kernel = d.vectors.kernel ? [d.vectors.kernel] : d.kernels[0];
    const S = num(d, 'S');
    const pads: [number, number] = d.values.P === "'same'" ? samePadding(input[0].length, kernel[0].length, S) : [0, 0];
    return [correlate1d(input, kernel, num(d, 'b', 0), S, pads)];
  },
  'receptive-field': (q) => {
    let r = 1;
    let j = 1;
    for (const layer of layersOf(q).layers) {
      if (layer.type === 'conv2d') {
        const keff = single(layer.dilationRate, 1) * (single(layer.kernelSize, 1) - 1) + 1;
        r += (keff - 1) * j;
        j *= single(layer.strides, 1);
      } else if (layer.type === 'maxPooling2d') {
        r += (single(layer.poolSize, 2) - 1) * j;
        j *= single(layer.strides, 2);
      }
    }
    return r;
  },
  concepts: (q) => {
    const answer = q.answer;
    if (answer.kind !== 'choice') throw new Error('concepts must be multiple choice');
    const correct = answer.options.find((o) => o.id === answer.correct);
    expect(correct).toBeDefined();
    const sameStride = /gets a (\d+)×\1 input/.exec(q.prompt.en);
    if (q.variantNote.startsWith('concept=same-stride-2') && sameStride) {
      const out = Math.ceil(Number(sameStride[1]) / 2);
      expect(correct?.text.en).toBe(`${out}×${out}`);
    }
    if (q.variantNote.startsWith('concept=pooling-params')) expect(correct?.text.en).toBe('0');
    const oneByOne = /Conv2D\((\d+), \(1, 1\)\) is applied to a feature map of shape \(None, (\d+), \2, (\d+)\)/.exec(q.prompt.en);
    if (q.variantNote.startsWith('concept=one-by-one-conv') && oneByOne) {
      expect(correct?.text.en.startsWith(`(None, ${oneByOne[2]}, ${oneByOne[2]}, ${oneByOne[1]})`)).toBe(true);
    }
    return answer.correct;
  },
};

function answerValue(answer: Answer): Expected {
  return answer.kind === 'choice' ? answer.correct : answer.value;
}

/** Null when equal within the tolerance, else a description of the difference. */
function difference(actual: Expected, expected: Expected, tolerance: number): string | null {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= tolerance ? null : `${String(actual)} ≠ ${expected}`;
  }
  if (Array.isArray(expected) && Array.isArray(expected[0])) {
    const grid = expected as number[][];
    const got = actual as number[][];
    const ok = Array.isArray(got) && got.length === grid.length &&
      grid.every((row, r) => Array.isArray(got[r]) && got[r].length === row.length && row.every((v, c) => Math.abs(got[r][c] - v) <= tolerance));
    return ok ? null : `${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
  }
  return JSON.stringify(actual) === JSON.stringify(expected) ? null : `${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
}

/** Every piece of text a learner will read. */
function texts(q: Question): Bilingual[] {
  const out: Bilingual[] = [q.prompt, ...q.solution.steps, ...q.mistakes.map((m) => m.feedback)];
  for (const item of q.given) {
    if (item.kind === 'matrix' || item.kind === 'vector') out.push(item.label);
    if (item.kind === 'values') out.push(...item.entries.map((e) => e.label));
  }
  if (q.answer.kind === 'choice') for (const o of q.answer.options) out.push(o.text, o.explanation);
  return out;
}

const INTEGER_TOPICS: TopicId[] = ['output-size', 'padding', 'conv-params', 'summary-row', 'transposed-size', 'receptive-field'];

describe.each(TOPICS.map((t) => [t]))('%s generator', (topic) => {
  it.each(DIFFICULTIES.map((d) => [d]))(`%s: ${SEEDS} seeds agree with an independent computation and render in both languages`, (difficulty) => {
    const byNote = new Map<string, string>();
    // Problems are collected and asserted once: thousands of expect() calls would dominate the run time.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    for (let seed = 0; seed < SEEDS; seed++) {
      const q = generateQuestion(topic, seed, difficulty);
      const where = `${q.id} (${q.variantNote})`;
      check(q.id === `${topic}:${seed}:${difficulty}` && q.topic === topic, `${where}: id`);

      const tolerance = q.answer.kind === 'number' || q.answer.kind === 'matrix' ? Math.max(q.answer.tolerance, 1e-9) : 0;
      const diff = difference(answerValue(q.answer), EXPECTED[topic](q), tolerance);
      check(diff === null, `${where}: answer ${diff}`);

      for (const text of texts(q)) {
        for (const lang of ['en', 'ko'] as const) {
          check(text[lang].length > 0 && !/\{\w+\}|NaN|undefined|\[object/.test(text[lang]), `${where}: text ${text[lang]}`);
        }
      }
      check(/[가-힣]/.test(q.prompt.ko), `${where}: Korean prompt ${q.prompt.ko}`);

      if (INTEGER_TOPICS.includes(topic) && q.answer.kind === 'number') {
        check(Number.isInteger(q.answer.value), `${where}: size ${q.answer.value} is not an integer`);
        if (/do not fit the input exactly/.test(q.prompt.en)) {
          check(q.solution.steps.some((s) => /round down/.test(s.en)), `${where}: floor not explained`);
        }
      }
      if (q.answer.kind === 'shape') check(q.answer.value.slice(1).every((d) => Number.isInteger(d)), `${where}: shape`);

      // The answer itself grades as correct; each named mistake grades as that mistake.
      const right = q.answer.kind === 'number' ? String(q.answer.value) : answerValue(q.answer);
      check(grade(q, right).correct, `${where}: the answer does not grade as correct`);
      for (const m of q.mistakes) {
        const result = grade(q, typeof m.value === 'number' ? String(m.value) : m.value);
        check(result.answerNote === mistakeNote(q, m) && !result.correct, `${where}: mistake ${m.id} graded as ${result.answerNote}`);
      }

      // Same note, same question.
      const body = JSON.stringify([q.prompt, q.given, q.answer]);
      const earlier = byNote.get(q.variantNote);
      check(earlier === undefined || earlier === body, `${where}: two questions share the note`);
      byNote.set(q.variantNote, body);

      if (seed % 10 === 0) check(JSON.stringify(generateQuestion(topic, seed, difficulty)) === JSON.stringify(q), `${where}: not deterministic`);
    }
    expect(problems).toEqual([]);
    // Seeds really vary the question.
    expect(byNote.size).toBeGreaterThan(5);
  });
});

describe('positions count from 0', () => {
  it('names the channels of a two-channel convolution 0 and 1, in the given labels and the solution', () => {
    // Hard conv-cell questions always have two input channels.
    const q = generateQuestion('conv-cell', 3, 'hard');
    const labels = q.given.flatMap((item) => (item.kind === 'matrix' ? [item.label.en] : []));
    expect(labels).toEqual(['Input, channel 0', 'Input, channel 1', 'Kernel, channel 0', 'Kernel, channel 1']);
    const channelSteps = q.solution.steps.map((s) => s.en).filter((t) => /^Channel \d:/.test(t));
    expect(channelSteps.map((t) => t.slice(0, 10))).toEqual(['Channel 0:', 'Channel 1:']);
  });

  it('records the asked cell 0-based in the variant note, as the prompt names it', () => {
    for (let seed = 0; seed < 20; seed++) {
      const q = generateQuestion('conv-cell', seed, 'medium');
      const [r, c] = cellFromPrompt(q);
      expect(q.variantNote.endsWith(` cell=${r},${c}`)).toBe(true);
    }
  });
});
