/**
 * One sentence per step of a 2D or 1D convolution, for the elements' ARIA live region
 * and captions: "Output (0, 0) = 7×1 + 2×0 + 3×(−1) + … = 6" / "출력 (0, 0) = …".
 * Positions count from 0, as in the trace.
 */
import type { Conv1dStep, ConvStep } from '../reference/types';
import type { Lang } from '../i18n';
import { tStepper } from '../i18n/steppers';
import { formatNumber } from '../viz/format';
import { channelEquation, productEquation, type ProductStep } from './equation';

/** Past this many products a spoken equation is shortened with an ellipsis. */
export const SPOKEN_TERMS = 9;

export interface ConvNarrationOptions {
  /** Number of filters; with more than one the sentence names the filter. */
  filters?: number;
  /** Products to read before shortening (default SPOKEN_TERMS). */
  maxTerms?: number;
}

/** A single channel reads its products; several channels read their partial sums. */
function spokenEquation(step: ProductStep, lang: Lang, maxTerms: number): string {
  if (step.channelSums.length > 1) {
    const label = (channel: number) => tStepper(lang, 'channelShort', { n: channel });
    return channelEquation(step, label, tStepper(lang, 'biasShort')).text;
  }
  return productEquation(step, maxTerms).text;
}

export function narrateConvStep(step: ConvStep, lang: Lang, options: ConvNarrationOptions = {}): string {
  const equation = spokenEquation(step, lang, options.maxTerms ?? SPOKEN_TERMS);
  const params = { row: step.outRow, col: step.outCol, filter: step.outChannel, equation };
  return tStepper(lang, (options.filters ?? 1) > 1 ? 'narrateConvFilter' : 'narrateConv', params);
}

export interface Conv1dNarrationOptions extends ConvNarrationOptions {
  /** Words of a sentence input; the sentence then quotes the words under the window. */
  tokens?: readonly string[];
}

/** The words a 1D window covers (padding positions left out), e.g. "the cat sat". */
export function windowWords(step: Conv1dStep, tokens: readonly string[]): string {
  const positions = new Set<number>();
  for (const term of step.terms) if (!term.padded) positions.add(term.position);
  return [...positions].map((position) => tokens[position] ?? '').join(' ');
}

export function narrateConv1dStep(step: Conv1dStep, lang: Lang, options: Conv1dNarrationOptions = {}): string {
  const many = (options.filters ?? 1) > 1;
  const base = {
    position: step.outPosition,
    filter: step.outChannel,
    // A sentence has one channel per embedding dimension, whose partial sums mean little
    // to a listener: read the words and the result instead.
    equation: options.tokens ? formatNumber(step.sum) : spokenEquation(step, lang, options.maxTerms ?? SPOKEN_TERMS),
  };
  if (options.tokens) {
    const words = windowWords(step, options.tokens);
    return tStepper(lang, many ? 'narrateConv1dWordsFilter' : 'narrateConv1dWords', { ...base, words });
  }
  return tStepper(lang, many ? 'narrateConv1dFilter' : 'narrateConv1d', base);
}
