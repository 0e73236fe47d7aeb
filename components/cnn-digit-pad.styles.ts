import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-digit-pad> styles: the pad follows the theme (ink in the text colour on the cell
 * background); the 28×28 preview is always white on black, as MNIST and the model see it.
 */
export const digitPadStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1rem, var(--_font-size));
      line-height: 1.35;
      --_pad-size: var(--cnn-digit-pad-size, min(280px, calc(100vw - 3rem)));
    }
    [part='container'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 1em 1.5em;
      background: var(--_surface);
      padding: 0.6em;
      border-radius: 8px;
      position: relative;
    }
    .pad-column {
      display: grid;
      gap: 0.5em;
      justify-items: start;
    }
    .pad-frame {
      position: relative;
      width: var(--_pad-size);
      height: var(--_pad-size);
    }
    canvas[part='pad'] {
      display: block;
      width: 100%;
      height: 100%;
      box-sizing: border-box;
      background: var(--_cell-bg);
      border: 2px solid var(--_grid-line);
      border-radius: 6px;
      color: var(--_text);
      cursor: crosshair;
      /* The pad, not the page, gets a finger's moves. */
      touch-action: none;
    }
    .hint {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      color: var(--_muted);
      pointer-events: none;
    }
    [part='controls'] {
      display: flex;
      gap: 0.5em;
      flex-wrap: wrap;
    }
    button {
      font: inherit;
      font-size: 0.95em;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.25em 0.8em;
      cursor: pointer;
    }
    figure {
      margin: 0;
      display: grid;
      gap: 0.4em;
      justify-items: start;
    }
    canvas.preview {
      width: calc(var(--_pad-size) * 0.5);
      height: calc(var(--_pad-size) * 0.5);
      image-rendering: pixelated;
      border: 2px solid var(--_grid-line);
      background: #000;
    }
    figcaption {
      font-size: 0.9em;
    }
    .muted {
      color: var(--_muted);
    }
    [part='prediction'] {
      font-size: 1.1em;
      font-weight: 600;
    }
    svg[part='chart'] {
      width: min(300px, calc(100vw - 3rem));
      height: auto;
      overflow: visible;
    }
    svg .track {
      fill: var(--_cell-bg);
      stroke: var(--_grid-line);
      stroke-width: 0.5;
    }
    svg .fill {
      fill: var(--_muted);
    }
    svg .best .fill {
      fill: var(--_window-color);
    }
    svg text {
      fill: var(--_text);
      font-size: 15px;
      font-family: var(--_font-family);
    }
    svg .best text {
      font-weight: 700;
    }
    :focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
