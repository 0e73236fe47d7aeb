/**
 * Theme tokens shared by every ConvLab element, so all of them look the same.
 *
 * Pages and instructors set the public knobs (--cnn-cell-size, --cnn-font-size,
 * --cnn-font-family, --cnn-window-color …) anywhere above an element; they inherit
 * through shadow roots. Inside, elements read only the resolved private tokens
 * (--_cell-size, --_window-color …), which fall back to the defaults below. Light and
 * dark values follow prefers-color-scheme unless the host has theme="light|dark".
 */
import { css, unsafeCSS } from 'lit';

/** System fonts only (ConvLab works offline), with Korean-capable fallbacks. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "NanumGothic", "Noto Sans CJK KR", sans-serif';

const light = css`
  --_text: var(--cnn-text-color, #1b1f24);
  --_muted: var(--cnn-muted-color, #5b6470);
  --_surface: var(--cnn-surface, #ffffff);
  --_cell-bg: var(--cnn-cell-bg, #f6f7f9);
  --_grid-line: var(--cnn-grid-color, #8a94a3);
  --_padding-bg: var(--cnn-padding-bg, #eceef2);
  --_padding-hatch: var(--cnn-padding-hatch, #a3abb8);
  --_window-color: var(--cnn-window-color, #f08c00);
  --_window-halo: var(--cnn-window-halo, #1b1f24);
  --_focus-color: var(--cnn-focus-color, #1b1f24);
  --_error-color: var(--cnn-error-color, #b3261e);
  --_error-bg: var(--cnn-error-bg, #fdecea);
`;

const dark = css`
  --_text: var(--cnn-text-color, #e8eaed);
  --_muted: var(--cnn-muted-color, #a7afba);
  --_surface: var(--cnn-surface, #15181d);
  --_cell-bg: var(--cnn-cell-bg, #262b33);
  --_grid-line: var(--cnn-grid-color, #5d6673);
  --_padding-bg: var(--cnn-padding-bg, #22262d);
  --_padding-hatch: var(--cnn-padding-hatch, #59616d);
  --_window-color: var(--cnn-window-color, #ffb020);
  --_window-halo: var(--cnn-window-halo, #0b0d10);
  --_focus-color: var(--cnn-focus-color, #e8eaed);
  --_error-color: var(--cnn-error-color, #ff8a80);
  --_error-bg: var(--cnn-error-bg, #3a1d1b);
`;

/** Include first in every element's `static styles`. */
export const themeTokens = css`
  :host {
    --_cell-size: var(--cnn-cell-size, 56px);
    --_font-size: var(--cnn-font-size, calc(var(--_cell-size) * 0.38));
    --_caption-size: var(--cnn-caption-size, max(1rem, calc(var(--_cell-size) * 0.32)));
    --_font-family: var(--cnn-font-family, ${unsafeCSS(FONT_STACK)});
    ${light}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
`;

/** Longest animation step of any element, in ms (DESIGN.md: ≤ 300 ms). */
export const MOTION_MS = 200;

/** 0 when the reader asked for reduced motion, else MOTION_MS. */
export function motionMs(): number {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : MOTION_MS;
}

/** Host basics every element shares: fonts, colours, hidden. */
export const hostBase = css`
  :host {
    font-family: var(--_font-family);
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  :host([hidden]) {
    display: none !important;
  }
`;

/** The in-element error box (role="alert"). */
export const errorBox = css`
  .error {
    margin: 0;
    padding: 0.6em 0.8em;
    max-width: 42ch;
    border-left: 4px solid var(--_error-color);
    background: var(--_error-bg);
    color: var(--_text);
    font-size: 1rem;
    line-height: 1.4;
  }
`;
