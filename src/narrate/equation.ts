/**
 * The sum of products behind one output of a convolution (2D or 1D), as parts a view can
 * lay out and as text: "7×1 + 2×0 + 3×(−1) + … = 6". Terms keep the trace's order
 * (channel by channel, row-major), so the words follow the window as it is drawn.
 * Nothing is recomputed: every number is read from the step.
 */
import { formatFactor, formatNumber } from '../viz/format';

/** The fields of a ConvStep / Conv1dStep that an equation needs. */
export interface ProductStep {
  terms: readonly { channel: number; value: number; weight: number; product: number; padded: boolean }[];
  channelSums: readonly number[];
  bias: number;
  sum: number;
}

export interface EquationTerm {
  /** "3×(−1)": value × weight, negative factors in parentheses, true minus sign. */
  text: string;
  /** The product as printed, e.g. "−3". */
  productText: string;
  channel: number;
  padded: boolean;
}

export interface ProductEquation {
  terms: EquationTerm[];
  /** "+ 1" style text of the bias, or '' when the bias is 0. */
  biasText: string;
  sumText: string;
  /** The whole line, every term included. */
  text: string;
}

/** "7×1". */
export const productText = (value: number, weight: number): string => `${formatFactor(value)}×${formatFactor(weight)}`;

/** Joins addends with " + "; a non-zero bias comes last; then " = sum". */
function joinSum(addends: string[], bias: number, sum: number): string {
  const parts = bias !== 0 ? [...addends, formatFactor(bias)] : addends;
  return `${parts.length > 0 ? parts.join(' + ') : '0'} = ${formatNumber(sum)}`;
}

/**
 * Every product of the step, in trace order. With `maxTerms`, the text keeps the first
 * maxTerms − 1 products, an ellipsis and the last one ("7×1 + 2×0 + … + 2×(−1) = 6"),
 * which a screen reader can read out in one breath.
 */
export function productEquation(step: ProductStep, maxTerms = Infinity): ProductEquation {
  const terms = step.terms.map((term) => ({
    text: productText(term.value, term.weight),
    productText: formatNumber(term.product),
    channel: term.channel,
    padded: term.padded,
  }));
  let addends = terms.map((term) => term.text);
  if (addends.length > maxTerms && maxTerms >= 2) {
    addends = [...addends.slice(0, maxTerms - 1), '…', addends[addends.length - 1]];
  }
  return {
    terms,
    biasText: step.bias !== 0 ? `+ ${formatFactor(step.bias)}` : '',
    sumText: formatNumber(step.sum),
    text: joinSum(addends, step.bias, step.sum),
  };
}

export interface ChannelPart {
  channel: number;
  /** The channel's partial sum as printed. */
  text: string;
}

/**
 * A multi-channel output as the sum of each channel's partial sum plus the bias
 * (example C: "180 + 180 + 180 = 540"). `label` names a channel in the text, e.g.
 * (c) => `ch${c}` gives "ch0 180 + ch1 180 + ch2 180 = 540".
 */
export function channelEquation(
  step: ProductStep,
  label?: (channel: number) => string,
  biasLabel?: string,
): { parts: ChannelPart[]; text: string } {
  const parts = step.channelSums.map((sum, channel) => ({ channel, text: formatNumber(sum) }));
  const addends = step.channelSums.map((sum, channel) =>
    label ? `${label(channel)} ${formatFactor(sum)}` : formatFactor(sum),
  );
  if (step.bias !== 0 && biasLabel) {
    addends.push(`${biasLabel} ${formatFactor(step.bias)}`);
    return { parts, text: joinSum(addends, 0, step.sum) };
  }
  return { parts, text: joinSum(addends, step.bias, step.sum) };
}
