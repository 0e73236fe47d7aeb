import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/** <cnn-confusion-matrix> styles: a compact numeric table; cell size follows --cnn-confusion-cell. */
export const confusionMatrixStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      min-width: 0;
      --_cm-cell: var(--cnn-confusion-cell, 2.6em);
    }
    figure {
      margin: 0;
    }
    figcaption {
      margin-bottom: 0.4em;
      color: var(--_muted);
      max-width: 60ch;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9rem;
    }
    th,
    td {
      min-width: var(--_cm-cell);
      height: calc(var(--_cm-cell) * 0.8);
      padding: 0;
      text-align: center;
      border: 1px solid color-mix(in srgb, var(--_grid-line) 40%, transparent);
    }
    th {
      font-weight: 700;
      background: var(--_cell-bg);
    }
    th.corner {
      font-weight: 400;
      font-size: 0.75em;
      color: var(--_muted);
      padding: 0 0.4em;
      white-space: nowrap;
    }
    td.zero {
      color: var(--_muted);
    }
    td.diagonal {
      font-weight: 700;
    }
    td button {
      all: unset;
      box-sizing: border-box;
      display: block;
      width: 100%;
      height: 100%;
      min-height: calc(var(--_cm-cell) * 0.8);
      line-height: calc(var(--_cm-cell) * 0.8);
      cursor: pointer;
      font-weight: 700;
      text-decoration: underline dotted;
    }
    td button:focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: -3px;
    }
    /* A phone: the 11 columns must fit about 340 px. */
    @media (max-width: 520px) {
      :host {
        --_cm-cell: var(--cnn-confusion-cell, 1.75em);
      }
      table {
        font-size: 0.72rem;
      }
      th.corner {
        font-size: 0.6em;
        white-space: normal;
      }
    }
    td button[aria-pressed='true'] {
      outline: 3px solid var(--_window-color);
      outline-offset: -3px;
    }
  `,
];
