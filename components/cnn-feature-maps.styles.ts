import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-feature-maps> styles: canvases hold one pixel per value and are enlarged with
 * pixelated rendering, so each activation stays a crisp square on a projector. Map sizes
 * derive from --cnn-feature-map-size; text from --cnn-font-size.
 */
export const featureMapsStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1rem, var(--cnn-font-size, 1rem));
      line-height: 1.35;
      --_map-size: var(--cnn-feature-map-size, 84px);
    }
    [part='container'] {
      display: grid;
      gap: 0.9em;
      background: var(--_surface);
      padding: 0.6em;
      border-radius: 8px;
      min-width: 0;
    }
    [part='container']:focus-visible,
    :focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    [part='toolbar'] {
      display: grid;
      gap: 0.5em;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
    }
    .row-label {
      color: var(--_muted);
      margin-right: 0.2em;
    }
    button,
    input {
      font: inherit;
      font-size: 0.95em;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.25em 0.7em;
    }
    button {
      cursor: pointer;
      min-height: 2.2em;
    }
    button[aria-pressed='true'] {
      background: var(--_window-color);
      border-color: var(--_window-color);
      color: #000;
      font-weight: 600;
    }
    .number {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    .number input {
      width: 4.5em;
    }
    .overview {
      display: flex;
      flex-wrap: wrap;
      gap: 1em 2em;
      align-items: flex-start;
    }
    figure {
      margin: 0;
    }
    .input {
      display: flex;
      gap: 0.8em;
      align-items: flex-start;
    }
    canvas {
      image-rendering: pixelated;
      display: block;
    }
    .input canvas {
      width: calc(var(--_map-size) * 1.4);
      height: calc(var(--_map-size) * 1.4);
      border: 2px solid var(--_grid-line);
      background: #000;
    }
    .predicted {
      font-weight: 600;
    }
    .predicted.wrong {
      color: var(--_error-color);
    }
    .muted,
    .scale-note,
    .keys {
      color: var(--_muted);
      font-size: 0.85em;
      margin: 0;
    }
    .filters figcaption {
      margin-bottom: 0.4em;
    }
    .filter-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
    }
    .filter-row canvas {
      width: calc(var(--_map-size) * 0.6);
      height: calc(var(--_map-size) * 0.6);
      border: 1px solid var(--_grid-line);
    }
    .legend {
      display: inline-block;
      width: 4.5em;
      height: 0.8em;
      vertical-align: middle;
      border: 1px solid var(--_grid-line);
      background: linear-gradient(to right, rgb(5, 48, 97), rgb(247, 247, 247), rgb(103, 0, 31));
    }
    .layers {
      display: grid;
      gap: 1em;
    }
    .layer {
      display: grid;
      gap: 0.4em;
      min-width: 0;
    }
    h3 {
      margin: 0;
      font-size: 1em;
      font-weight: 600;
    }
    .maps {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .maps canvas {
      border: 1px solid var(--_grid-line);
    }
    canvas.grid {
      width: min(100%, calc(var(--_cols) * 11px * var(--_zoom)));
      aspect-ratio: var(--_cols) / var(--_rows);
      height: auto;
      border: 1px solid var(--_grid-line);
    }
    .bars-frame {
      width: min(100%, calc(var(--_bars) * 6px * var(--_zoom) + 40px));
    }
    .bars-frame.classes {
      width: min(100%, calc(var(--_bars) * 30px * var(--_zoom)));
    }
    canvas.bars {
      width: 100%;
      height: calc(64px * var(--_zoom));
      image-rendering: auto;
      border-bottom: 1px solid var(--_grid-line);
    }
    .bar-labels {
      display: grid;
      grid-template-columns: repeat(var(--_bars), 1fr);
      text-align: center;
      font-size: 0.9em;
    }
  `,
];
