import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/** <cnn-feature-maps-survey> styles: rows of small test images; the frame uses the window colour of every element. */
export const featureMapsSurveyStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1rem, var(--cnn-font-size, 1rem));
      line-height: 1.35;
      --_thumb: var(--cnn-thumb-size, 56px);
    }
    [part='container'] {
      display: grid;
      gap: 0.8em;
      background: var(--_surface);
      padding: 0.6em;
      border-radius: 8px;
      min-width: 0;
    }
    :focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
    }
    .row-label {
      color: var(--_muted);
    }
    button {
      font: inherit;
      font-size: 0.95em;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.25em 0.7em;
      min-height: 2.2em;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: var(--_window-color);
      border-color: var(--_window-color);
      color: #000;
      font-weight: 600;
    }
    .intro,
    .muted {
      margin: 0;
    }
    .muted {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .channels {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(var(--_thumb) * 6 + 7em)), 1fr));
      gap: 0.6em 1.5em;
    }
    .channel {
      display: flex;
      align-items: center;
      gap: 0.6em;
    }
    .channel-name {
      min-width: 6.5em;
      font-weight: 600;
      font-size: 0.9em;
    }
    .thumbs {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .thumb {
      margin: 0;
      display: grid;
      justify-items: center;
      font-size: 0.8em;
    }
    .picture {
      position: relative;
      width: var(--_thumb);
      height: var(--_thumb);
    }
    canvas {
      width: 100%;
      height: 100%;
      display: block;
      image-rendering: pixelated;
      background: #000;
    }
    .frame {
      position: absolute;
      box-sizing: border-box;
      border: 2px solid var(--_window-color);
      pointer-events: none;
    }
    h3 {
      margin: 0 0 0.3em;
      font-size: 1em;
    }
    .neighbours {
      display: grid;
      gap: 0.3em;
    }
  `,
];
