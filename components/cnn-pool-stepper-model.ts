/**
 * What <cnn-pool-stepper> draws: parsed attributes, the reference engine's pooling trace
 * (pool2d, or globalPool2d for the global modes), the padded input for display, and
 * indexing helpers. No pooling arithmetic happens here.
 */
import { globalPool2d, pad2d, planWindow2d, pool2d } from '../src/reference';
import type { Pads2d, PoolStep, Tensor3 } from '../src/reference/types';
import type { CellPosition, CellRect } from '../src/viz/matrix-model';
import {
  engineProblem,
  firstProblem,
  parseChoice,
  parseImage,
  parseIntPair,
  parsePadding,
  type StepperProblem,
} from './shared/stepper-parse';

export const POOL_MODES = ['max', 'avg', 'global-max', 'global-avg'] as const;
export type PoolMode = (typeof POOL_MODES)[number];

export interface PoolAttributes {
  input: string | null;
  mode: string | null;
  size: string | null;
  stride: string | null;
  padding: string | null;
}

export interface PoolModel {
  mode: PoolMode;
  input: Tensor3;
  padded: Tensor3;
  pads: Pads2d;
  steps: PoolStep[];
  /** [C][Ho][Wo]; global modes give [C][1][1]. */
  output: Tensor3;
  size: number | [number, number];
  stride: number | [number, number];
}

export type PoolModelResult = { ok: true; model: PoolModel } | { ok: false; problem: StepperProblem };

export const DEFAULT_POOL_INPUT = 'pool-a';

export function buildPoolModel(attributes: PoolAttributes): PoolModelResult {
  const input = parseImage(attributes.input ?? DEFAULT_POOL_INPUT, 'input');
  const mode = parseChoice(attributes.mode, 'mode', POOL_MODES, 'max');
  const size = parseIntPair(attributes.size, 'size', 2);
  const padding = parsePadding(attributes.padding, 'padding');
  const parsed = firstProblem([input, mode, size, padding]);
  if (parsed || !input.ok || !mode.ok || !size.ok || !padding.ok) return { ok: false, problem: parsed as StepperProblem };
  // Keras's default: the stride equals the pool size.
  const stride = parseIntPair(attributes.stride?.trim() ? attributes.stride : String(size.value), 'stride', 1);
  if (!stride.ok) return stride;
  const strideValue = stride.value;
  try {
    const image = input.value;
    if (mode.value === 'global-max' || mode.value === 'global-avg') {
      const { output, steps } = globalPool2d(image, mode.value === 'global-max' ? 'max' : 'avg');
      const pads = { top: 0, bottom: 0, left: 0, right: 0 };
      const whole: [number, number] = [image[0].length, image[0][0].length];
      return {
        ok: true,
        model: { mode: mode.value, input: image, padded: image, pads, steps, output: output.map((v) => [[v]]), size: whole, stride: whole },
      };
    }
    const options = { mode: mode.value, size: size.value, stride: strideValue, padding: padding.value };
    const { output, steps } = pool2d(image, options);
    const kernel: [number, number] = typeof size.value === 'number' ? [size.value, size.value] : size.value;
    const { pads } = planWindow2d([image[0].length, image[0][0].length], kernel, options);
    return { ok: true, model: { mode: mode.value, input: image, padded: pad2d(image, pads), pads, steps, output, size: size.value, stride: strideValue } };
  } catch (error) {
    return { ok: false, problem: engineProblem(error) };
  }
}

/** The window in the padded drawing's coordinates. */
export function poolWindowRect(step: PoolStep, pads: Pads2d): CellRect {
  const { row, col, height, width } = step.window;
  return { row: row + pads.top, col: col + pads.left, height, width };
}

/** The winning cell (max pooling) in the padded drawing's coordinates. */
export function winnerCell(step: PoolStep, pads: Pads2d): CellPosition[] {
  return step.winner ? [{ row: step.winner.row + pads.top, col: step.winner.col + pads.left }] : [];
}

/** Output maps with the cells written up to step `upTo`; later cells are null. */
export function poolOutputSoFar(model: PoolModel, upTo: number): (number | null)[][][] {
  const maps = model.output.map((map) => map.map((row) => row.map((): number | null => null)));
  model.steps.slice(0, upTo + 1).forEach((step) => {
    maps[step.channel][step.outRow][step.outCol] = step.result;
  });
  return maps;
}

export function poolStepIndexOf(model: PoolModel, channel: number, row: number, col: number): number {
  return model.steps.findIndex((s) => s.channel === channel && s.outRow === row && s.outCol === col);
}

/** The input's extent: input and output share it, so a pooled value keeps its colour. */
export function inputDomain(model: PoolModel): [number, number] {
  const all = model.input.flat(2);
  return [Math.min(...all), Math.max(...all)];
}

/** "2×2" for a window size. */
export const sizeText = (value: number | [number, number]): string =>
  typeof value === 'number' ? `${value}×${value}` : `${value[0]}×${value[1]}`;

/** "2" or "2, 1" for a stride. */
export const strideText = (value: number | [number, number]): string =>
  typeof value === 'number' ? `${value}` : `${value[0]}, ${value[1]}`;
