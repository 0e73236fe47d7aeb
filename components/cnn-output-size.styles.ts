import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-output-size> styles: theme tokens from shared/theme.ts; text sized from
 * --cnn-font-size / --cnn-cell-size so an instructor can scale it for a projector.
 */
export const outputSizeStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1.125rem, var(--_font-size));
      line-height: 1.4;
      /* Korean wraps between words (eojeol), not inside them. */
      word-break: keep-all;
      /* One SVG unit; a diagram cell is 32 units, so cells match --cnn-cell-size. */
      --_diagram-unit: var(--cnn-output-size-diagram-unit, calc(var(--_cell-size) / 32));
    }
    [part='panel'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75em 1.5em;
      background: var(--_surface);
      padding: 0.75em;
      border-radius: 8px;
    }
    /*
     * Label | number | slider (or the padding type). The last column may shrink below its
     * content, and a fieldset's default min-inline-size (min-content) is lifted, so on a
     * phone the sliders narrow and the padding type wraps under its number instead of
     * overflowing the card.
     */
    [part='controls'] {
      display: grid;
      grid-template-columns: max-content 4em minmax(0, max-content);
      align-items: center;
      gap: 0.35em 0.5em;
      min-inline-size: 0;
      max-width: 100%;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .padding-inputs {
      grid-column: 2 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35em 0.5em;
      min-width: 0;
    }
    .padding-inputs input[type='number'] {
      width: 4em;
    }
    .padding-inputs select {
      max-width: 100%;
      min-width: 0;
    }
    /* A phone: the padding type takes a row of its own, as wide as the controls. */
    @media (max-width: 30rem) {
      .padding-inputs {
        display: contents;
      }
      .padding-inputs select {
        grid-column: 1 / -1;
        justify-self: start;
      }
    }
    [part='controls'] label {
      font-weight: 600;
    }
    [part='output'] {
      flex: 1 1 24em;
      display: grid;
      gap: 0.6em;
      min-width: 0;
    }
    input[type='number'],
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.15em 0.3em;
    }
    input[type='number'] {
      width: 100%;
      box-sizing: border-box;
    }
    input[type='range'] {
      width: 7em;
      max-width: 100%;
      accent-color: var(--_window-color);
    }
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 1px;
    }
    input:disabled {
      opacity: 0.45;
    }
    [part='formula'] {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.2em 0.8em;
      margin: 0;
    }
    [part='formula'] dt {
      color: var(--_muted);
    }
    [part='formula'] dd {
      margin: 0;
      font-weight: 600;
    }
    [part='result'] {
      margin: 0;
      font-size: 1.5em;
      font-weight: 700;
    }
    [part='note'] {
      margin: 0;
      max-width: 60ch;
      padding: 0.4em 0.7em;
      border-left: 4px solid var(--_grid-line);
    }
    [part='note'].warn {
      border-left-color: var(--_window-color);
    }
    [part='details'] {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    [part='figure'] {
      margin: 0;
      overflow-x: auto;
    }
    [part='diagram'] {
      display: block;
      width: calc(var(--_diagram-width) * var(--_diagram-unit));
      max-width: 100%;
      height: auto;
      font-family: inherit;
    }
    .cell rect {
      stroke: var(--_grid-line);
    }
    /* Padding rects keep their fill attribute (the hatch pattern); CSS would override it. */
    .cell.input rect {
      fill: var(--_cell-bg);
    }
    .cell.padding rect {
      stroke-dasharray: 4 3;
    }
    .cell text {
      font-size: 14px;
      fill: var(--_text);
      text-anchor: middle;
      dominant-baseline: central;
    }
    .cell.dropped rect {
      stroke: var(--_error-color);
      stroke-width: 2;
    }
    .cross {
      stroke: var(--_error-color);
      stroke-width: 2;
      fill: none;
    }
    .hatch-line {
      stroke: var(--_padding-hatch);
      stroke-width: 2;
    }
    .hatch-bg {
      fill: var(--_padding-bg);
    }
    .window-span {
      fill: color-mix(in srgb, var(--_window-color) 22%, transparent);
      stroke: var(--_window-color);
      stroke-width: 2.5;
    }
    .window-index {
      font-size: 12px;
      fill: var(--_muted);
      text-anchor: end;
      dominant-baseline: central;
    }
    .tap {
      fill: var(--_window-color);
      stroke: var(--_window-halo);
    }
    [part='legend'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em 1.2em;
      margin: 0.4em 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.85em;
      color: var(--_muted);
    }
    [part='legend'] li {
      display: flex;
      align-items: center;
      gap: 0.35em;
    }
    .swatch {
      display: inline-block;
      width: 1em;
      height: 1em;
      border: 1px solid var(--_grid-line);
      background: var(--_cell-bg);
    }
    .swatch.padding {
      border-style: dashed;
      background: repeating-linear-gradient(-45deg, var(--_padding-hatch) 0 2px, var(--_padding-bg) 2px 6px);
    }
    .swatch.dropped {
      border: 2px solid var(--_error-color);
      background: linear-gradient(45deg, transparent 45%, var(--_error-color) 45% 55%, transparent 55%),
        linear-gradient(-45deg, var(--_cell-bg) 45%, var(--_error-color) 45% 55%, var(--_cell-bg) 55%);
    }
    .swatch.window {
      border: 2px solid var(--_window-color);
      background: color-mix(in srgb, var(--_window-color) 22%, transparent);
      border-radius: 3px;
    }
    .note-muted {
      color: var(--_muted);
      font-size: 0.85em;
      margin: 0;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .error {
      max-width: 60ch;
    }
  `,
];
