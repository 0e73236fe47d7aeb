/**
 * What <cnn-conv1d-stepper> draws: a sequence [C][L] (a time series, or a sentence whose
 * words become embedding columns), 1D kernels, and the reference engine's conv1d trace.
 * This file parses, makes the seeded demo embeddings and kernels, pads for display
 * (pad1d) and indexes into steps; the convolution itself is conv1d's.
 */
import { conv1d, pad1d, planWindow1d } from '../src/reference';
import type { Conv1dStep, Matrix, Pads1d, Tensor3 } from '../src/reference/types';
import { createRng } from '../src/random';
import type { CellPosition, CellRect } from '../src/viz/matrix-model';
import {
  engineProblem,
  parseBias,
  parseInt1,
  parseKernel1d,
  parseSequence,
  parseTokens,
  type Parsed,
  type StepperProblem,
} from './shared/stepper-parse';

export interface Conv1dAttributes {
  input: string | null;
  tokens: string | null;
  embeddings: string | null;
  embeddingSize: number;
  seed: number;
  kernel: string | null;
  kernelSize: number;
  filters: number;
  bias: string | null;
  stride: string | null;
  padding: string | null;
  dilation: string | null;
}

export interface Conv1dModel {
  /** [C][L]: for a sentence, C = embedding size and L = number of words. */
  input: Matrix;
  tokens: string[] | undefined;
  weights: Tensor3;
  padded: Matrix;
  pads: Pads1d;
  steps: Conv1dStep[];
  output: Matrix;
  dilated: boolean;
}

export type Conv1dModelResult = { ok: true; model: Conv1dModel } | { ok: false; problem: StepperProblem };

export const DEFAULT_SEQUENCE = '[1, 3, 2, 5, 4, 6, 3, 2]';
export const DEFAULT_SEQUENCE_KERNEL = '[1, 0, -1]';

/** Uniform in [−1, 1] to one decimal: small numbers a class can multiply in their heads. */
const demoValue = (next: () => number): number => Math.round((next() * 2 - 1) * 10) / 10;

/** One embedding per distinct word, the same for every occurrence, from (seed, word). → [size][L]. */
export function wordEmbeddings(tokens: readonly string[], size: number, seed: number): Matrix {
  const vectors = tokens.map((word) => {
    const rng = createRng(`${seed}:${word}`);
    return Array.from({ length: size }, () => demoValue(rng.next));
  });
  return transpose(vectors);
}

/** Seeded demo kernels [filters][channels][kernelSize]. */
export function demoKernels(filters: number, channels: number, kernelSize: number, seed: number): Tensor3 {
  const rng = createRng(`${seed}:kernel`);
  return Array.from({ length: filters }, () =>
    Array.from({ length: channels }, () => Array.from({ length: kernelSize }, () => demoValue(rng.next))),
  );
}

const transpose = (rows: Matrix): Matrix => (rows[0] ?? []).map((_, c) => rows.map((row) => row[c]));

/** The [C][L] input: from tokens (with given or seeded embeddings) or from the input attribute. */
function readInput(attributes: Conv1dAttributes): Parsed<{ input: Matrix; tokens?: string[] }> {
  if (attributes.tokens === null) {
    const input = parseSequence(attributes.input ?? DEFAULT_SEQUENCE, 'input');
    return input.ok ? { ok: true, value: { input: input.value } } : input;
  }
  const tokens = parseTokens(attributes.tokens, 'tokens');
  if (!tokens.ok) return tokens;
  if (attributes.embeddings === null) {
    const input = wordEmbeddings(tokens.value, Math.max(1, Math.trunc(attributes.embeddingSize) || 1), attributes.seed);
    return { ok: true, value: { input, tokens: tokens.value } };
  }
  // Given as one vector per word, [L][E], the way an embedding table is read.
  const given = parseSequence(attributes.embeddings, 'embeddings');
  if (!given.ok) return given;
  if (given.value.length !== tokens.value.length) {
    const detail = `${given.value.length} embeddings for ${tokens.value.length} words`;
    return { ok: false, problem: { key: 'errorShape', params: { attribute: 'embeddings', detail } } };
  }
  return { ok: true, value: { input: transpose(given.value), tokens: tokens.value } };
}

export function buildConv1dModel(attributes: Conv1dAttributes): Conv1dModelResult {
  const read = readInput(attributes);
  if (!read.ok) return read;
  const { input, tokens } = read.value;
  const channels = input.length;
  let weights: Parsed<Tensor3>;
  if (attributes.kernel !== null) weights = parseKernel1d(attributes.kernel, 'kernel');
  else if (tokens || channels > 1) weights = { ok: true, value: demoKernels(attributes.filters, channels, attributes.kernelSize, attributes.seed) };
  else weights = parseKernel1d(DEFAULT_SEQUENCE_KERNEL, 'kernel');
  if (!weights.ok) return weights;
  const bias = parseBias(attributes.bias, weights.value.length, 'bias');
  const stride = parseInt1(attributes.stride, 'stride', 1);
  const dilation = parseInt1(attributes.dilation, 'dilation', 1);
  const padding = parsePadding1d(attributes.padding);
  if (!bias.ok) return bias;
  if (!stride.ok) return stride;
  if (!dilation.ok) return dilation;
  if (!padding.ok) return padding;
  try {
    const options = { stride: stride.value, dilation: dilation.value, padding: padding.value };
    const { output, steps } = conv1d(input, weights.value, bias.value, options);
    const { pads } = planWindow1d(input[0].length, weights.value[0][0].length, options);
    const dilated = steps[0].window.length > weights.value[0][0].length;
    return { ok: true, model: { input, tokens, weights: weights.value, padded: pad1d(input, pads), pads, steps, output, dilated } };
  } catch (error) {
    return { ok: false, problem: engineProblem(error) };
  }
}

/** valid | same | full | n. */
function parsePadding1d(text: string | null): Parsed<'valid' | 'same' | 'full' | number> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { ok: true, value: 'valid' };
  if (trimmed === 'valid' || trimmed === 'same' || trimmed === 'full') return { ok: true, value: trimmed };
  const n = Number(trimmed);
  if (Number.isFinite(n)) return { ok: true, value: n };
  return { ok: false, problem: { key: 'errorChoice', params: { attribute: 'padding', value: trimmed, choices: 'valid, same, full, n' } } };
}

/** The window over every channel, in the padded drawing's coordinates. */
export function window1dRect(step: Conv1dStep, pads: Pads1d, channels: number): CellRect {
  return { row: 0, col: step.window.start + pads.left, height: channels, width: step.window.length };
}

/** The sampled cells of a dilated window, in the padded drawing's coordinates. */
export function sampled1dCells(step: Conv1dStep, pads: Pads1d): CellPosition[] {
  return step.terms.map((term) => ({ row: term.channel, col: term.position + pads.left }));
}

/** [Cin][K] grid of one field of the step's terms. */
export function term1dGrid(step: Conv1dStep, field: 'product' | 'weight'): number[][] {
  const grid: number[][] = [];
  for (const term of step.terms) (grid[term.channel] ??= [])[term.kernelIndex] = term[field];
  return grid;
}

/** [filters][Lout] with the outputs written up to step `upTo`; later cells null. */
export function output1dSoFar(model: Conv1dModel, upTo: number): (number | null)[][] {
  const rows = model.output.map((row) => row.map((): number | null => null));
  model.steps.slice(0, upTo + 1).forEach((step) => {
    rows[step.outChannel][step.outPosition] = step.sum;
  });
  return rows;
}

export function step1dIndexOf(model: Conv1dModel, filter: number, position: number): number {
  return model.steps.findIndex((s) => s.outChannel === filter && s.outPosition === position);
}

/** Column labels of the padded input: words (or positions), blank over padding. */
export function inputColumnLabels(model: Conv1dModel): string[] {
  const length = model.input[0].length;
  return model.padded[0].map((_, col) => {
    const position = col - model.pads.left;
    if (position < 0 || position >= length) return '';
    return model.tokens ? model.tokens[position] : String(position);
  });
}
