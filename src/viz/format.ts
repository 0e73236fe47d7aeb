/**
 * Numbers as students see them: integers as they are, others to at most 3 decimals,
 * with a true minus sign (U+2212) so "−3" never reads as a hyphen on a projector.
 */
export const MINUS = '\u2212';

export function formatNumber(value: number, maxDecimals = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const scale = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  const text = String(rounded);
  return value < 0 && rounded !== 0 ? MINUS + text : text;
}

/** A factor inside a product: negative numbers in parentheses, e.g. "3×(−1)". */
export function formatFactor(value: number): string {
  const text = formatNumber(value);
  return value < 0 && text.startsWith(MINUS) ? `(${text})` : text;
}

/**
 * A number typed by a person: "−3" (true minus), "-3", "+2", "1.5", ".5", "1e-3".
 * Anything else, including "" and values too large to be finite, is null.
 */
export function parseNumberText(text: string): number | null {
  const plain = text.trim().replace(/^[\u2212\u2013]/, '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}
