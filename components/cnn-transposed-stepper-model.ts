/**
 * What <cnn-transposed-stepper> draws: the reference engine's scatter-add trace
 * (convTranspose2d, or convTranspose1d shown as rows of height 1), the output size with
 * its formula from src/geometry, and indexing helpers. The running sums come from
 * src/narrate's scatterCanvas, which replays the trace's products in order.
 */
import { transposedOutputSize } from '../src/geometry';
import { scatterStepsAs2d } from '../src/narrate';
import { convTranspose1d, convTranspose2d } from '../src/reference';
import type { ScatterStep, ScatterStep1d, Tensor3, Tensor4 } from '../src/reference/types';
import type { CellPosition, CellRect } from '../src/viz/matrix-model';
import {
  engineProblem,
  firstProblem,
  parseBias,
  parseChoice,
  parseImage,
  parseIntPair,
  parseSequence,
  parseTransposedKernel1d,
  parseTransposedKernel2d,
  type Parsed,
  type StepperProblem,
} from './shared/stepper-parse';

export interface TransposedAttributes {
  mode: string | null;
  input: string | null;
  kernel: string | null;
  bias: string | null;
  stride: string | null;
  padding: string | null;
  outputPadding: string | null;
}

export interface TransposedModel {
  dims: 1 | 2;
  /** [Cin][H][W]; a 1D input is one row per channel. */
  input: Tensor3;
  /** [Cin][Cout][Kh][Kw]; 1D kernels are one row. */
  weights: Tensor4;
  steps: ScatterStep[];
  /** The 1D trace as the engine gave it, for narration. */
  steps1d?: ScatterStep1d[];
  /** [Cout][Ho][Wo] after cropping. */
  output: Tensor3;
  bias: number[];
  /** Cells cropped from each side of the canvas, [rows, cols] (rows is 0 in 1D). */
  padding: [number, number];
  /** "O = (2 − 1)·2 − 2·0 + 3 + 1 = 4" for rows and columns (equal ones given once). */
  formulas: string[];
}

export type TransposedModelResult = { ok: true; model: TransposedModel } | { ok: false; problem: StepperProblem };

export const DEFAULT_TRANSPOSED_INPUT_2D = '[[1, 2], [3, 4]]';
export const DEFAULT_TRANSPOSED_INPUT_1D = '[1, 2, 3]';
export const DEFAULT_TRANSPOSED_KERNEL_2D = '[[1, 1, 1], [1, 1, 1], [1, 1, 1]]';
export const DEFAULT_TRANSPOSED_KERNEL_1D = '[1, 2, 1]';

const asPair = (value: number | [number, number]): [number, number] => (typeof value === 'number' ? [value, value] : value);

export function buildTransposedModel(attributes: TransposedAttributes): TransposedModelResult {
  const mode = parseChoice(attributes.mode, 'mode', ['2d', '1d'] as const, '2d');
  if (!mode.ok) return mode;
  const stride = parseIntPair(attributes.stride, 'stride', 1);
  const padding = parseIntPair(attributes.padding, 'padding', 0);
  const outputPadding = parseIntPair(attributes.outputPadding, 'output-padding', 0);
  const parsed = firstProblem([stride, padding, outputPadding]);
  if (parsed || !stride.ok || !padding.ok || !outputPadding.ok) return { ok: false, problem: parsed as StepperProblem };
  try {
    return mode.value === '1d'
      ? build1d(attributes, stride.value, padding.value, outputPadding.value)
      : build2d(attributes, stride.value, padding.value, outputPadding.value);
  } catch (error) {
    return { ok: false, problem: engineProblem(error) };
  }
}

type Pair = number | [number, number];

function build2d(attributes: TransposedAttributes, stride: Pair, padding: Pair, outputPadding: Pair): TransposedModelResult {
  const input = parseImage(attributes.input ?? DEFAULT_TRANSPOSED_INPUT_2D, 'input');
  const kernel = parseTransposedKernel2d(attributes.kernel ?? DEFAULT_TRANSPOSED_KERNEL_2D, 'kernel');
  if (!input.ok) return input;
  if (!kernel.ok) return kernel;
  const outChannels = kernel.value[0]?.length ?? 1;
  const bias = parseBias(attributes.bias, outChannels, 'bias');
  if (!bias.ok) return bias;
  const { output, steps } = convTranspose2d(input.value, kernel.value, bias.value, { stride, padding, outputPadding });
  const [s, p, o] = [asPair(stride), asPair(padding), asPair(outputPadding)];
  const axis = (i: 0 | 1, size: number, k: number) =>
    transposedOutputSize({ input: size, kernel: k, stride: s[i], padding: p[i], outputPadding: o[i] }).substituted;
  const rows = axis(0, input.value[0].length, kernel.value[0][0].length);
  const cols = axis(1, input.value[0][0].length, kernel.value[0][0][0].length);
  return {
    ok: true,
    model: {
      dims: 2,
      input: input.value,
      weights: kernel.value,
      steps,
      output,
      bias: bias.value ?? output.map(() => 0),
      padding: p,
      formulas: rows === cols ? [rows] : [rows, cols],
    },
  };
}

function build1d(attributes: TransposedAttributes, stride: Pair, padding: Pair, outputPadding: Pair): TransposedModelResult {
  const input = parseSequence(attributes.input ?? DEFAULT_TRANSPOSED_INPUT_1D, 'input');
  const kernel = parseTransposedKernel1d(attributes.kernel ?? DEFAULT_TRANSPOSED_KERNEL_1D, 'kernel');
  if (!input.ok) return input;
  if (!kernel.ok) return kernel;
  const single = (value: Pair, name: string): Parsed<number> =>
    typeof value === 'number' ? { ok: true, value } : { ok: false, problem: { key: 'errorNumber', params: { attribute: name, value: value.join(',') } } };
  const [s, p, o] = [single(stride, 'stride'), single(padding, 'padding'), single(outputPadding, 'output-padding')];
  if (!s.ok) return s;
  if (!p.ok) return p;
  if (!o.ok) return o;
  const bias = parseBias(attributes.bias, kernel.value[0]?.length ?? 1, 'bias');
  if (!bias.ok) return bias;
  const { output, steps } = convTranspose1d(input.value, kernel.value, bias.value, { stride: s.value, padding: p.value, outputPadding: o.value });
  const size = { input: input.value[0].length, kernel: kernel.value[0][0].length, stride: s.value, padding: p.value, outputPadding: o.value };
  return {
    ok: true,
    model: {
      dims: 1,
      input: input.value.map((row) => [row]),
      weights: kernel.value.map((perOut) => perOut.map((k) => [k])),
      steps: scatterStepsAs2d(steps),
      steps1d: steps,
      output: output.map((row) => [row]),
      bias: bias.value ?? output.map(() => 0),
      padding: [0, p.value],
      formulas: [transposedOutputSize(size).substituted],
    },
  };
}

/** Where the scaled kernel of a step lands on the canvas (output channel `channel`), as a rectangle. */
export function placementRect(step: ScatterStep, channel: number, [padRows, padCols]: [number, number]): CellRect | null {
  const adds = step.adds.filter((add) => add.outChannel === channel);
  if (adds.length === 0) return null;
  const rows = adds.map((add) => add.outRow + padRows);
  const cols = adds.map((add) => add.outCol + padCols);
  const [top, left] = [Math.min(...rows), Math.min(...cols)];
  return { row: top, col: left, height: Math.max(...rows) - top + 1, width: Math.max(...cols) - left + 1 };
}

/** Canvas cells of this step that already held an earlier contribution: where copies overlap. */
export function overlapCells(step: ScatterStep, channel: number, counts: number[][], [padRows, padCols]: [number, number]): CellPosition[] {
  return step.adds
    .filter((add) => add.outChannel === channel)
    .map((add) => ({ row: add.outRow + padRows, col: add.outCol + padCols }))
    .filter(({ row, col }) => counts[row][col] > 1);
}

/** The scaled kernel of one output channel: the step's products laid out as the kernel. */
export function scaledKernel(step: ScatterStep, channel: number): number[][] {
  const grid: number[][] = [];
  for (const add of step.adds) if (add.outChannel === channel) (grid[add.kernelRow] ??= [])[add.kernelCol] = add.product;
  return grid;
}

export function inputIndexOf(model: TransposedModel, channel: number, row: number, col: number): number {
  return model.steps.findIndex((s) => s.inChannel === channel && s.inRow === row && s.inCol === col);
}
