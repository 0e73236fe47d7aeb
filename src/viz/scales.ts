/**
 * Colour scales for matrix cells (DESIGN.md "Visual language"): signed values on one
 * diverging scale centred at 0 (blue negative, white zero, red positive), unsigned values
 * on viridis or greys. Each cell also gets a text colour chosen for contrast, because
 * numbers stay printed and must be readable on every fill.
 */
import { interpolateRdBu, interpolateViridis, rgb } from 'd3';

export type ScaleKind = 'diverging' | 'sequential' | 'grey' | 'none';
export const SCALE_KINDS: readonly ScaleKind[] = ['diverging', 'sequential', 'grey', 'none'];

export function isScaleKind(value: unknown): value is ScaleKind {
  return typeof value === 'string' && (SCALE_KINDS as readonly string[]).includes(value);
}

/** Dark and light text; whichever contrasts more with a fill is used on that cell. */
export const DARK_TEXT = '#111111';
export const LIGHT_TEXT = '#ffffff';

export interface CellPaint {
  fill: string;
  text: string;
}

/** Smallest and largest finite numbers in a matrix (null entries ignored), or null if none. */
export function valueExtent(values: readonly (readonly (number | null)[])[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of values) {
    for (const v of row) {
      if (v === null || !Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

const clamp01 = (t: number): number => (t < 0 ? 0 : t > 1 ? 1 : t);

/**
 * Position in [0, 1] of a value on the scale. Diverging uses a symmetric domain
 * [−m, m] with m = max(|lo|, |hi|), so 0 always lands at 0.5 (white) and −a, a mirror.
 */
export function scalePosition(kind: Exclude<ScaleKind, 'none'>, domain: [number, number], value: number): number {
  const [lo, hi] = domain;
  if (kind === 'diverging') {
    const m = Math.max(Math.abs(lo), Math.abs(hi));
    return m === 0 ? 0.5 : clamp01(0.5 + value / (2 * m));
  }
  // A constant matrix has no spread to show; draw it at the low end.
  return hi === lo ? 0 : clamp01((value - lo) / (hi - lo));
}

/** The fill colour of a value; reversed RdBu so that negative is blue and positive red. */
export function fillColor(kind: Exclude<ScaleKind, 'none'>, domain: [number, number], value: number): string {
  const t = scalePosition(kind, domain, value);
  if (kind === 'diverging') return rgb(interpolateRdBu(1 - t)).formatHex();
  if (kind === 'sequential') return rgb(interpolateViridis(t)).formatHex();
  // Greys run black → white so that an image (high = bright) looks like itself.
  const level = Math.round(255 * t);
  return rgb(level, level, level).formatHex();
}

/** WCAG relative luminance of a CSS colour. */
export function relativeLuminance(color: string): number {
  const { r, g, b } = rgb(color);
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Dark or light text, whichever reads better on the given fill. */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** Fill and text colour of a value, or null for 'none' (the theme's plain cell colours apply). */
export function paintCell(kind: ScaleKind, domain: [number, number], value: number): CellPaint | null {
  if (kind === 'none') return null;
  const fill = fillColor(kind, domain, value);
  return { fill, text: textColorOn(fill) };
}
