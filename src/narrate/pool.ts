/**
 * Pooling steps as text: "max(1, 3, 2, 9) = 9" and "(1 + 3 + 2 + 9) / 4 = 3.75".
 * The result is the engine's; only the divisor of an average is read off the terms,
 * by the same rule the engine uses (padding cells count unless countPadding is false).
 * A long window (global pooling over a whole map) is shortened to its first values, the
 * winner, the last value and the count: "max(1, 3, 2, …, 9, …, 4) over 16 values = 9".
 */
import type { PoolStep } from '../reference/types';
import type { Lang } from '../i18n';
import { tStepper } from '../i18n/steppers';
import { formatFactor, formatNumber } from '../viz/format';

/** Past this many values an equation is shortened (a 3×3 window is still read in full). */
export const SHOWN_POOL_VALUES = 9;
/** Values kept at the start of a shortened equation. */
const HEAD = 3;

export interface PoolEquation {
  /** The values the result is taken from, as printed, in trace (row-major) order. */
  values: string[];
  /** Average pooling's divisor (1 for max). */
  divisor: number;
  /** Max pooling: which of `values` is the winner (−1 for average pooling). */
  winnerIndex: number;
  /** Indices into `values` of the values the text shows, null where "…" stands for the rest. */
  shown: (number | null)[];
  text: string;
}

export interface PoolEquationOptions {
  /** Average pooling: whether padding cells count in the divisor (default true). */
  countPadding?: boolean;
  /** Longer lists are shortened (default: never). */
  maxValues?: number;
  /** Language of the "over n values" of a shortened max (default English). */
  lang?: Lang;
}

/** Every index, or the first HEAD, the kept one (the winner) and the last, with gaps as null. */
function shownIndices(count: number, maxValues: number, keep: number): (number | null)[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= maxValues || count <= HEAD + 2) return all;
  const shown: (number | null)[] = all.slice(0, HEAD);
  if (keep >= HEAD && keep < count - 1) {
    if (keep > HEAD) shown.push(null);
    shown.push(keep);
    if (keep < count - 2) shown.push(null);
  } else {
    shown.push(null);
  }
  shown.push(count - 1);
  return shown;
}

/**
 * Max pooling lists the real cells only: padding never wins. Average pooling lists every
 * cell it divides by, padding zeros included when they count. `options` may be the
 * countPadding flag alone, as before there were options.
 */
export function poolEquation(step: PoolStep, options: boolean | PoolEquationOptions = {}): PoolEquation {
  const { countPadding = true, maxValues = Infinity, lang = 'en' } = typeof options === 'boolean' ? { countPadding: options } : options;
  const result = formatNumber(step.result);
  if (step.mode === 'max') {
    const real = step.terms.filter((term) => !term.padded);
    const values = real.map((term) => formatNumber(term.value));
    const winnerIndex = real.findIndex((term) => term.row === step.winner?.row && term.col === step.winner?.col);
    const shown = shownIndices(values.length, maxValues, winnerIndex);
    const list = `max(${shown.map((i) => (i === null ? '…' : values[i])).join(', ')})`;
    const left = shown.length < values.length ? `${list} ${tStepper(lang, 'poolValueCount', { count: values.length })}` : list;
    return { values, divisor: 1, winnerIndex, shown, text: `${left} = ${result}` };
  }
  const counted = countPadding ? step.terms : step.terms.filter((term) => !term.padded);
  const values = counted.map((term) => formatNumber(term.value));
  const shown = shownIndices(values.length, maxValues, -1);
  // The divisor already says how many values there are.
  const addends = shown.map((i) => (i === null ? '…' : formatFactor(counted[i].value)));
  return { values, divisor: counted.length, winnerIndex: -1, shown, text: `(${addends.join(' + ')}) / ${counted.length} = ${result}` };
}

export interface PoolNarrationOptions {
  countPadding?: boolean;
  /** Number of channels; with more than one the sentence names the channel. */
  channels?: number;
  /** Values to read before shortening (default SHOWN_POOL_VALUES). */
  maxValues?: number;
}

export function narratePoolStep(step: PoolStep, lang: Lang, options: PoolNarrationOptions = {}): string {
  const equation = poolEquation(step, { countPadding: options.countPadding, maxValues: options.maxValues ?? SHOWN_POOL_VALUES, lang }).text;
  const params = { row: step.outRow, col: step.outCol, channel: step.channel, equation };
  const text = tStepper(lang, (options.channels ?? 1) > 1 ? 'narratePoolChannel' : 'narratePool', params);
  if (!step.winner) return text;
  return tStepper(lang, 'narratePoolWinner', { text, row: step.winner.row, col: step.winner.col });
}
