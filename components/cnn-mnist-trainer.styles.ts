import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-mnist-trainer> styles: settings in a wrapping grid, charts side by side when there
 * is room (stacked on a phone), tables that scroll sideways rather than overflow.
 */
export const mnistTrainerStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: 1rem;
      line-height: 1.45;
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    [part='container'] {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
    .error {
      max-width: none;
    }
    .banner,
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 0.75em;
      margin: 0;
      padding: 0.6em 0.8em;
      border-left: 4px solid var(--_window-color);
      background: var(--_cell-bg);
      border-radius: 4px;
    }
    .banner p {
      margin: 0;
      flex: 1 1 20em;
    }
    .banner.refused {
      border-left-color: var(--_error-color);
      background: var(--_error-bg);
    }
    fieldset.settings {
      margin: 0;
      padding: 0.75em 1em 1em;
      border: 1px solid color-mix(in srgb, var(--_grid-line) 50%, transparent);
      border-radius: 8px;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 0.3em;
    }
    .model-row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5em 1em;
      margin-bottom: 0.75em;
    }
    .model-row .field {
      flex: 0 1 22em;
    }
    .params {
      margin: 0 0 0.35em;
      color: var(--_muted);
    }
    .custom-layers {
      margin-bottom: 0.75em;
      --cnn-font-size: 0.95rem;
    }
    .grid {
      display: grid;
      /* Two columns even on a phone; four or more on a laptop. */
      grid-template-columns: repeat(auto-fill, minmax(min(45%, 13.5em), 1fr));
      gap: 0.75em 1em;
      align-items: start;
    }
    .field {
      display: grid;
      gap: 0.2em;
      min-width: 0;
    }
    .field label {
      font-weight: 600;
      font-size: 0.92em;
    }
    .field.check label {
      display: flex;
      gap: 0.45em;
      align-items: flex-start;
      font-weight: 600;
      padding-top: 1.2em;
    }
    .field.check input {
      margin-top: 0.25em;
      width: 1.1em;
      height: 1.1em;
      accent-color: var(--_window-color);
    }
    input[type='number'],
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.3em 0.4em;
      min-width: 0;
      width: 100%;
      box-sizing: border-box;
    }
    .field.invalid input {
      border-color: var(--_error-color);
      border-width: 2px;
    }
    .hint {
      color: var(--_muted);
    }
    .problem {
      color: var(--_error-color);
      font-weight: 600;
    }
    p.problem {
      margin: 0.4em 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    button,
    .file-button {
      font: inherit;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 6px;
      padding: 0.45em 0.9em;
      cursor: pointer;
      min-height: 2.5em;
      box-sizing: border-box;
    }
    button.primary {
      background: var(--_window-color);
      border-color: var(--_window-color);
      color: #111;
      font-weight: 700;
    }
    button:disabled,
    .file-button.disabled {
      opacity: 0.45;
      cursor: default;
    }
    .file-button {
      display: inline-flex;
      align-items: center;
      position: relative;
    }
    .file-button input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
      width: 100%;
    }
    .file-button:focus-within {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    .progress {
      display: grid;
      gap: 0.4em;
    }
    .progress:empty {
      display: none;
    }
    .bar {
      display: grid;
      grid-template-columns: max-content minmax(6em, 1fr);
      align-items: center;
      gap: 0.2em 0.75em;
    }
    .bar label {
      font-weight: 600;
    }
    .bar progress {
      width: 100%;
      height: 0.9em;
      accent-color: var(--_window-color);
    }
    .bar-text {
      grid-column: 1 / -1;
      color: var(--_muted);
      font-size: 0.92em;
    }
    .muted,
    .status {
      margin: 0;
      color: var(--_muted);
    }
    .status {
      color: var(--_text);
      font-weight: 600;
    }
    /* Redraws during training stay inside these boxes: no relayout of the page around them. */
    .charts > *,
    .progress,
    .table-scroll {
      contain: layout paint style;
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
      gap: 1rem 1.5rem;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table.epochs {
      border-collapse: collapse;
      font-size: 0.92em;
      min-width: 100%;
    }
    table.epochs caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.3em;
    }
    table.epochs th,
    table.epochs td {
      padding: 0.25em 0.6em;
      text-align: right;
      border-bottom: 1px solid color-mix(in srgb, var(--_grid-line) 35%, transparent);
      white-space: nowrap;
    }
    table.epochs thead th {
      font-weight: 600;
      color: var(--_muted);
    }
    tr.best {
      background: color-mix(in srgb, var(--_window-color) 14%, transparent);
    }
    .star {
      color: var(--_window-color);
    }
    .results h3 {
      margin: 0 0 0.25em;
      font-size: 1.15em;
    }
    .headline {
      margin: 0;
      font-size: 1.35em;
    }
    .headline strong {
      font-size: 1.3em;
    }
    .results-grid {
      display: flex;
      flex-wrap: wrap;
      gap: 1.25rem 2rem;
      align-items: flex-start;
      margin-top: 0.75em;
    }
    .results-grid cnn-confusion-matrix {
      flex: 0 1 auto;
      max-width: 100%;
    }
    .gallery-box {
      flex: 1 1 18em;
      min-width: 0;
      display: grid;
      gap: 0.5em;
      justify-items: start;
    }
    .gallery-box cnn-digit-gallery {
      width: 100%;
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
