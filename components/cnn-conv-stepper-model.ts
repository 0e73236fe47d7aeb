/**
 * What <cnn-conv-stepper> draws, read from its attributes and the reference engine's
 * trace. The arithmetic is conv2d's (src/reference); this file only parses, pads for
 * display (pad2d) and indexes into steps: which cells the window covers, the products
 * of one channel as a grid, the output cells written so far.
 */
import { conv2d, pad2d, planWindow2d } from '../src/reference';
import type { ConvStep, Pads2d, Tensor3, Tensor4 } from '../src/reference/types';
import type { CellPosition, CellRect } from '../src/viz/matrix-model';
import {
  engineProblem,
  firstProblem,
  parseBias,
  parseImage,
  parseIntPair,
  parseKernel2d,
  parsePadding,
  type StepperProblem,
} from './shared/stepper-parse';

export interface ConvAttributes {
  input: string | null;
  kernel: string | null;
  bias: string | null;
  stride: string | null;
  padding: string | null;
  dilation: string | null;
  flip: boolean;
}

export interface ConvModel {
  input: Tensor3;
  /** [Cout][Cin][Kh][Kw] as given (before any flip). */
  weights: Tensor4;
  /** The input with its padding ring, per channel, for display. */
  padded: Tensor3;
  pads: Pads2d;
  steps: ConvStep[];
  output: Tensor3;
  flip: boolean;
  /** The kernel taps are spread out (dilation > 1): the sampled cells are outlined one by one. */
  dilated: boolean;
}

export type ConvModelResult = { ok: true; model: ConvModel } | { ok: false; problem: StepperProblem };

export const DEFAULT_INPUT = 'example-a';
export const DEFAULT_KERNEL = 'vertical-edge';

export function buildConvModel(attributes: ConvAttributes): ConvModelResult {
  const input = parseImage(attributes.input ?? DEFAULT_INPUT, 'input');
  const kernel = parseKernel2d(attributes.kernel ?? DEFAULT_KERNEL, 'kernel');
  const stride = parseIntPair(attributes.stride, 'stride', 1);
  const dilation = parseIntPair(attributes.dilation, 'dilation', 1);
  const padding = parsePadding(attributes.padding, 'padding');
  const parsed = firstProblem([input, kernel, stride, dilation, padding]);
  if (parsed || !input.ok || !kernel.ok || !stride.ok || !dilation.ok || !padding.ok) {
    return { ok: false, problem: parsed as StepperProblem };
  }
  const filters = Array.isArray(kernel.value) ? kernel.value.length : 1;
  const bias = parseBias(attributes.bias, filters, 'bias');
  if (!bias.ok) return bias;
  try {
    const options = { stride: stride.value, dilation: dilation.value, padding: padding.value, flip: attributes.flip };
    const { output, steps } = conv2d(input.value, kernel.value, bias.value, options);
    const size: [number, number] = [kernel.value[0][0].length, kernel.value[0][0][0].length];
    const { pads } = planWindow2d([input.value[0].length, input.value[0][0].length], size, options);
    const dilated = steps[0].window.height > size[0] || steps[0].window.width > size[1];
    const padded = pad2d(input.value, pads);
    return { ok: true, model: { input: input.value, weights: kernel.value, padded, pads, steps, output, flip: attributes.flip, dilated } };
  } catch (error) {
    return { ok: false, problem: engineProblem(error) };
  }
}

/** The window of a step in the padded drawing's coordinates. */
export function windowRect(step: ConvStep, pads: Pads2d): CellRect {
  const { row, col, height, width } = step.window;
  return { row: row + pads.top, col: col + pads.left, height, width };
}

/** The cells one channel's taps read, in the padded drawing's coordinates (for dilation). */
export function sampledCells(step: ConvStep, channel: number, pads: Pads2d): CellPosition[] {
  return step.terms
    .filter((term) => term.channel === channel)
    .map((term) => ({ row: term.row + pads.top, col: term.col + pads.left }));
}

/** A per-channel grid of one field of the step's terms, laid out as the kernel. */
export function termGrid(step: ConvStep, channel: number, field: 'product' | 'weight'): number[][] {
  const grid: number[][] = [];
  for (const term of step.terms) {
    if (term.channel !== channel) continue;
    (grid[term.kernelRow] ??= [])[term.kernelCol] = term[field];
  }
  return grid;
}

/** Output maps with the cells written up to and including step `upTo`; later cells are null. */
export function outputSoFar(model: ConvModel, upTo: number): (number | null)[][][] {
  const maps = model.output.map((map) => map.map((row) => row.map((): number | null => null)));
  model.steps.slice(0, upTo + 1).forEach((step) => {
    maps[step.outChannel][step.outRow][step.outCol] = step.sum;
  });
  return maps;
}

/** The step that writes output cell (row, col) of map `filter`, or −1. */
export function stepIndexOf(model: ConvModel, filter: number, row: number, col: number): number {
  return model.steps.findIndex((s) => s.outChannel === filter && s.outRow === row && s.outCol === col);
}

/** A symmetric colour domain covering every product of the trace, so colours hold still while stepping. */
export function productDomain(steps: readonly ConvStep[]): [number, number] {
  let largest = 0;
  for (const step of steps) for (const term of step.terms) largest = Math.max(largest, Math.abs(term.product));
  return [-largest, largest];
}

/** The output's extent, so colours hold still while the maps fill. */
export function outputDomain(model: ConvModel): [number, number] {
  const all = model.output.flat(2);
  return [Math.min(...all), Math.max(...all)];
}

/** Edited input: a new [C][H][W] with one value replaced (drawn coordinates include padding). */
export function editInput(model: ConvModel, channel: number, row: number, col: number, value: number): Tensor3 | null {
  const r = row - model.pads.top;
  const c = col - model.pads.left;
  if (r < 0 || c < 0 || r >= model.input[0].length || c >= model.input[0][0].length) return null;
  return model.input.map((map, ch) => map.map((line, i) => line.map((v, j) => (ch === channel && i === r && j === c ? value : v))));
}

/** Edited weights; with flip the drawn kernel is rotated, so the edit lands on the rotated position. */
export function editKernel(model: ConvModel, filter: number, channel: number, row: number, col: number, value: number): Tensor4 {
  const kh = model.weights[0][0].length;
  const kw = model.weights[0][0][0].length;
  const [r, c] = model.flip ? [kh - 1 - row, kw - 1 - col] : [row, col];
  return model.weights.map((f, fi) =>
    f.map((k, ci) => k.map((line, i) => line.map((v, j) => (fi === filter && ci === channel && i === r && j === c ? value : v)))),
  );
}
