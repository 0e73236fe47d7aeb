import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/** <cnn-digit-classifier> styles: the pad and a large predicted digit side by side, wrapping on phones. */
export const digitClassifierStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1rem, var(--cnn-font-size, 1rem));
      line-height: 1.35;
    }
    [part='container'] {
      display: grid;
      gap: 0.8em;
      min-width: 0;
    }
    .main {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 1em;
    }
    cnn-digit-pad {
      flex: 0 1 auto;
      min-width: 0;
    }
    figure {
      margin: 0;
      padding: 0.5em 0.8em;
      border-radius: 8px;
      background: var(--_surface);
      border: 1px solid var(--_grid-line);
      display: grid;
      justify-items: center;
      gap: 0.2em;
      min-width: 7em;
    }
    figcaption {
      font-size: 0.85em;
      text-align: center;
    }
    output {
      font-size: 4.5em;
      font-weight: 700;
      line-height: 1.1;
      color: var(--_text);
    }
    output.empty {
      color: var(--_muted);
    }
    .muted {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0;
      text-align: center;
    }
    h3 {
      margin: 0 0 0.4em;
      font-size: 1.05em;
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
