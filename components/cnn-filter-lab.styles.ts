import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-filter-lab> styles: theme tokens from shared/theme.ts, text at least 1.125rem so a
 * projector audience can read the numbers, images scaled without smoothing.
 */
export const filterLabStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1.05rem, calc(var(--_font-size) * 0.9));
      line-height: 1.35;
      word-break: keep-all;
      --_image-width: var(--cnn-filter-lab-image-width, 300px);
      --_pos: color-mix(in srgb, #d6604d 28%, var(--_cell-bg));
      --_neg: color-mix(in srgb, #4393c3 30%, var(--_cell-bg));
    }
    [part='panel'] {
      display: grid;
      gap: 0.6em;
      background: var(--_surface);
      padding: 0.6em;
      border-radius: 8px;
    }
    [part='controls'] {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.4em 1em;
    }
    .control {
      display: grid;
      gap: 0.1em;
    }
    .control > span:first-child {
      font-size: 0.85em;
      font-weight: 600;
      color: var(--_muted);
    }
    .control.inline {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    select,
    input,
    button,
    .upload {
      font: inherit;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.15em 0.35em;
    }
    button:not(:disabled),
    .upload {
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.5;
    }
    .upload input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .upload:focus-within,
    select:focus-visible,
    input:focus-visible,
    button:focus-visible,
    canvas:focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    .workspace {
      display: flex;
      flex-wrap: wrap;
      gap: 0.8em 1.2em;
      align-items: flex-start;
    }
    [part='images'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6em;
      flex: 0 1 auto;
      max-width: calc(2 * var(--_image-width) + 0.6em);
    }
    figure {
      margin: 0;
      width: var(--_image-width);
      max-width: 100%;
    }
    figcaption {
      font-weight: 600;
      margin-top: 0.15em;
    }
    .stage {
      position: relative;
      line-height: 0;
      background: var(--_cell-bg);
      min-height: 4em;
    }
    canvas {
      width: 100%;
      height: auto;
      image-rendering: pixelated;
      touch-action: none;
      cursor: crosshair;
    }
    .cursor,
    .cursor-pixel {
      position: absolute;
      pointer-events: none;
      box-sizing: border-box;
    }
    .cursor {
      outline: 3px solid var(--_window-color);
      box-shadow: 0 0 0 4px var(--_window-halo);
    }
    .cursor-pixel {
      outline: 1px solid var(--_window-color);
    }
    [part='legend'] {
      margin: 0;
      flex-basis: 100%;
      font-size: 0.85em;
      color: var(--_muted);
      max-width: calc(2 * var(--_image-width));
    }
    .timing {
      display: block;
      font-size: 0.9em;
    }
    .side {
      display: grid;
      gap: 0.6em;
      flex: 1 1 22em;
      min-width: 0;
    }
    [part='kernel-editor'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.6em 1em;
    }
    .kernel-grid {
      display: grid;
      grid-template-columns: repeat(var(--_kernel-cols), 3.6em);
      gap: 3px;
    }
    .kernel-grid input {
      width: 100%;
      box-sizing: border-box;
      text-align: center;
      padding: 0.2em 0.1em;
    }
    .pos {
      background: var(--_pos);
    }
    .neg {
      background: var(--_neg);
    }
    .kernel-side {
      display: grid;
      gap: 0.35em;
      justify-items: start;
    }
    .divisor input {
      width: 4em;
    }
    .weight-sum {
      font-size: 0.9em;
      color: var(--_muted);
    }
    [part='hover'] {
      display: grid;
      gap: 0.4em;
    }
    .hover-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em 1em;
      align-items: center;
      font-weight: 600;
    }
    .equation {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.3em;
    }
    /* An operator wraps with the table it leads to, never alone at the end of a line. */
    .with-op {
      display: flex;
      align-items: center;
      gap: 0.3em;
    }
    .op {
      font-size: 1.2em;
      color: var(--_muted);
      padding-top: 1.1em;
    }
    table.mini {
      border-collapse: collapse;
      font-size: 0.85em;
    }
    table.mini caption {
      font-size: 0.85em;
      color: var(--_muted);
      text-align: left;
      padding-bottom: 0.1em;
    }
    table.mini td {
      border: 1px solid var(--_grid-line);
      padding: 0.15em 0.25em;
      min-width: 2em;
      text-align: right;
      background: var(--_cell-bg);
    }
    table.mini td.pos {
      background: var(--_pos);
    }
    table.mini td.neg {
      background: var(--_neg);
    }
    table.mini td.padded {
      border-style: dashed;
      color: var(--_muted);
      background: repeating-linear-gradient(-45deg, var(--_padding-bg) 0 5px, var(--_cell-bg) 5px 10px);
    }
    table.mini td.centre {
      outline: 2px solid var(--_window-color);
      outline-offset: -2px;
    }
    .sum-line {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em 1em;
      font-size: 1.1em;
    }
    .hint,
    [part='credit'],
    [part='loading'] {
      margin: 0;
      font-size: 0.8em;
      color: var(--_muted);
    }
    .error {
      max-width: 70ch;
    }
  `,
];
