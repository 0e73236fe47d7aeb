/**
 * Pooling steps as text: "max(1, 3, 2, 9) = 9" and "(1 + 3 + 2 + 9) / 4 = 3.75".
 * The result is the engine's; only the divisor of an average is read off the terms,
 * by the same rule the engine uses (padding cells count unless countPadding is false).
 */
import type { PoolStep } from '../reference/types';
import type { Lang } from '../i18n';
import { tStepper } from '../i18n/steppers';
import { formatFactor, formatNumber } from '../viz/format';

export interface PoolEquation {
  /** The values the result is taken from, as printed, in trace (row-major) order. */
  values: string[];
  /** Average pooling's divisor (1 for max). */
  divisor: number;
  /** Max pooling: which of `values` is the winner (−1 for average pooling). */
  winnerIndex: number;
  text: string;
}

/**
 * Max pooling lists the real cells only: padding never wins. Average pooling lists every
 * cell it divides by, padding zeros included when they count.
 */
export function poolEquation(step: PoolStep, countPadding = true): PoolEquation {
  const result = formatNumber(step.result);
  if (step.mode === 'max') {
    const real = step.terms.filter((term) => !term.padded);
    const values = real.map((term) => formatNumber(term.value));
    const winnerIndex = real.findIndex((term) => term.row === step.winner?.row && term.col === step.winner?.col);
    return { values, divisor: 1, winnerIndex, text: `max(${values.join(', ')}) = ${result}` };
  }
  const counted = countPadding ? step.terms : step.terms.filter((term) => !term.padded);
  const values = counted.map((term) => formatNumber(term.value));
  const addends = counted.map((term) => formatFactor(term.value));
  return { values, divisor: counted.length, winnerIndex: -1, text: `(${addends.join(' + ')}) / ${counted.length} = ${result}` };
}

export interface PoolNarrationOptions {
  countPadding?: boolean;
  /** Number of channels; with more than one the sentence names the channel. */
  channels?: number;
}

export function narratePoolStep(step: PoolStep, lang: Lang, options: PoolNarrationOptions = {}): string {
  const equation = poolEquation(step, options.countPadding).text;
  const params = { row: step.outRow, col: step.outCol, channel: step.channel, equation };
  const text = tStepper(lang, (options.channels ?? 1) > 1 ? 'narratePoolChannel' : 'narratePool', params);
  if (!step.winner) return text;
  return tStepper(lang, 'narratePoolWinner', { text, row: step.winner.row, col: step.winner.col });
}
