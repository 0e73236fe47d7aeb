/**
 * Transposed convolution as scatter-add steps: what one step adds where, in words, and
 * the running output after a given step (the sum so far and how many copies of the
 * kernel reached each cell). The running sum starts at the bias and adds the trace's
 * products in the trace's order, exactly as the engine does, so after the last step it
 * equals the engine's output.
 */
import type { ScatterStep, ScatterStep1d } from '../reference/types';
import type { Lang } from '../i18n';
import { tStepper } from '../i18n/steppers';
import { formatNumber } from '../viz/format';

export interface ScatterProgress {
  /** [Cout][H][W] running output after the step (bias included). */
  values: number[][][];
  /** [Cout][H][W] how many products have landed on each cell so far. */
  counts: number[][][];
}

/** The running output of a 2D transposed convolution after steps[0..upTo]. */
export function scatterProgress(
  steps: readonly ScatterStep[],
  upTo: number,
  [channels, rows, cols]: [number, number, number],
  bias: readonly number[] = [],
): ScatterProgress {
  const values = Array.from({ length: channels }, (_, c) =>
    Array.from({ length: rows }, () => new Array<number>(cols).fill(bias[c] ?? 0)),
  );
  const counts = Array.from({ length: channels }, () =>
    Array.from({ length: rows }, () => new Array<number>(cols).fill(0)),
  );
  for (const step of steps.slice(0, Math.max(upTo + 1, 0))) {
    for (const add of step.adds) {
      if (add.cropped) continue;
      values[add.outChannel][add.outRow][add.outCol] += add.product;
      counts[add.outChannel][add.outRow][add.outCol] += 1;
    }
  }
  return { values, counts };
}

/** 1D steps as 2D steps of height 1 (row 0), so one drawing serves both. */
export function scatterStepsAs2d(steps: readonly ScatterStep1d[]): ScatterStep[] {
  return steps.map((step) => ({
    inChannel: step.inChannel,
    inRow: 0,
    inCol: step.inPosition,
    inputValue: step.inputValue,
    adds: step.adds.map((add) => ({ ...add, outRow: 0, outCol: add.outPosition, kernelRow: 0, kernelCol: add.kernelIndex })),
  }));
}

/** The 1D counterpart: [Cout][L] running output and counts. */
export function scatterProgress1d(
  steps: readonly ScatterStep1d[],
  upTo: number,
  [channels, length]: [number, number],
  bias: readonly number[] = [],
): { values: number[][]; counts: number[][] } {
  const { values, counts } = scatterProgress(scatterStepsAs2d(steps), upTo, [channels, 1, length], bias);
  return { values: values.map((channel) => channel[0]), counts: counts.map((channel) => channel[0]) };
}

/**
 * The running sum on the whole canvas before cropping: the output plus a border of
 * `padding` cells on each side, where the cropped products land (shown, then cut away).
 * Output cells start at the bias, border cells at 0; canvas (r, c) is output (r − ph, c − pw).
 */
export function scatterCanvas(
  steps: readonly ScatterStep[],
  upTo: number,
  [channels, rows, cols]: [number, number, number],
  [padRows, padCols]: [number, number],
  bias: readonly number[] = [],
): ScatterProgress {
  const inside = (r: number, c: number) => r >= padRows && r < rows + padRows && c >= padCols && c < cols + padCols;
  const values = Array.from({ length: channels }, (_, ch) =>
    Array.from({ length: rows + 2 * padRows }, (_, r) =>
      Array.from({ length: cols + 2 * padCols }, (_, c) => (inside(r, c) ? (bias[ch] ?? 0) : 0)),
    ),
  );
  const counts = values.map((map) => map.map((row) => row.map(() => 0)));
  for (const step of steps.slice(0, Math.max(upTo + 1, 0))) {
    for (const add of step.adds) {
      values[add.outChannel][add.outRow + padRows][add.outCol + padCols] += add.product;
      counts[add.outChannel][add.outRow + padRows][add.outCol + padCols] += 1;
    }
  }
  return { values, counts };
}

/** "0–2" for a run of positions, "3" for one, "—" for none. */
function span(positions: number[]): string {
  if (positions.length === 0) return '—';
  const low = Math.min(...positions);
  const high = Math.max(...positions);
  return low === high ? `${low}` : `${low}–${high}`;
}

function croppedSuffix(cropped: number, lang: Lang): string {
  return cropped > 0 ? ` (${tStepper(lang, 'narrateCroppedCount', { count: cropped })})` : '';
}

export function narrateScatterStep(step: ScatterStep, lang: Lang): string {
  const kept = step.adds.filter((add) => !add.cropped);
  const text = tStepper(lang, 'narrateScatter2d', {
    row: step.inRow,
    col: step.inCol,
    value: formatNumber(step.inputValue),
    rows: span(kept.map((add) => add.outRow)),
    cols: span(kept.map((add) => add.outCol)),
  });
  return text + croppedSuffix(step.adds.length - kept.length, lang);
}

export function narrateScatterStep1d(step: ScatterStep1d, lang: Lang): string {
  const kept = step.adds.filter((add) => !add.cropped);
  const text = tStepper(lang, 'narrateScatter1d', {
    position: step.inPosition,
    value: formatNumber(step.inputValue),
    positions: span(kept.map((add) => add.outPosition)),
  });
  return text + croppedSuffix(step.adds.length - kept.length, lang);
}
