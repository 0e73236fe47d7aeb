import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-model-summary> styles: theme tokens from shared/theme.ts, text from --cnn-font-size
 * so a projector can scale the table. Below 30em of width (a phone) each layer becomes a
 * card: name (and the order buttons) on one line, output shape and Param # under it with
 * their column names, so nothing needs sideways scrolling; wider, the Keras table.
 */
export const modelSummaryStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      font-size: max(1rem, var(--_font-size));
      line-height: 1.35;
    }
    [part='container'] {
      display: grid;
      /* minmax(0, …): a wide table scrolls inside instead of widening the element. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.6em;
      /* Holds the visually hidden texts, so they cannot widen the page. */
      position: relative;
      background: var(--_surface);
      padding: 0.6em;
      border-radius: 8px;
    }
    [part='description'] {
      margin: 0;
      color: var(--_muted);
      max-width: 60ch;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
      /* The visible width (100cqi) for messages that must stay readable while the table scrolls. */
      container-type: inline-size;
      position: relative;
    }
    .pinned {
      display: block;
      position: sticky;
      left: 0;
      max-width: calc(100cqi - 1.2em);
      box-sizing: border-box;
    }
    table {
      border-collapse: collapse;
      min-width: min(100%, 36em);
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.3em;
      caption-side: top;
    }
    caption .input-shape {
      font-weight: 400;
      color: var(--_muted);
      margin-left: 0.3em;
      white-space: nowrap;
    }
    th,
    td {
      padding: 0.3em 0.6em;
      text-align: left;
      vertical-align: middle;
      border-bottom: 1px solid var(--_grid-line);
    }
    thead th {
      border-bottom: 2px solid var(--_text);
      white-space: nowrap;
    }
    tbody th {
      font-weight: 600;
      white-space: nowrap;
    }
    .class-name {
      font-weight: 400;
      color: var(--_muted);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    [part~='shape'] {
      white-space: nowrap;
    }
    tr[part~='row-error'] > th,
    tr[part~='row-error'] > td,
    tr[part~='settings-row'].failed > td {
      background: var(--_error-bg);
    }
    tr.with-settings > th,
    tr.with-settings > td {
      border-bottom: none;
      padding-bottom: 0.1em;
    }
    [part~='settings-row'] > td {
      padding: 0 0.6em 0.4em 1.6em;
      font-size: 0.85em;
    }
    tr[part~='row-error'] > th,
    tr[part~='settings-row'].failed > td {
      box-shadow: inset 4px 0 0 var(--_error-color);
    }
    .toggle {
      font: inherit;
      color: inherit;
      background: none;
      border: 1px solid transparent;
      border-radius: 4px;
      padding: 0.1em 0.3em;
      cursor: pointer;
      text-align: inherit;
      white-space: nowrap;
    }
    .toggle:hover {
      border-color: var(--_grid-line);
      background: var(--_cell-bg);
    }
    .toggle .marker {
      display: inline-block;
      width: 1.1em;
      color: var(--_muted);
      font-size: 0.8em;
    }
    [part~='explanation'] td {
      background: var(--_cell-bg);
      border-left: 4px solid var(--_window-color);
      font-size: 0.9em;
    }
    [part~='explanation'] ul {
      margin: 0 0 0.3em;
      padding-left: 1.2em;
    }
    [part~='explanation'] p {
      margin: 0;
    }
    .explain-label {
      font-weight: 600;
    }
    [part~='error-row'] td {
      padding: 0.2em 0 0.5em;
    }
    [part~='error-row'] .error {
      max-width: calc(100cqi - 1.2em);
    }
    .keep {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }
    tfoot td {
      border-bottom: none;
      padding-top: 0.15em;
      padding-bottom: 0.15em;
    }
    tfoot tr:first-child td {
      border-top: 2px solid var(--_text);
      padding-top: 0.4em;
    }
    .muted {
      color: var(--_muted);
    }
    .fields.pinned {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em 0.7em;
      align-items: center;
    }
    .field {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      white-space: nowrap;
    }
    .field label {
      color: var(--_muted);
      font-size: 0.85em;
    }
    input[type='number'],
    select,
    button {
      font: inherit;
      font-size: 0.9em;
      color: var(--_text);
      background: var(--_cell-bg);
      border: 1px solid var(--_grid-line);
      border-radius: 4px;
      padding: 0.15em 0.3em;
    }
    input[type='number'] {
      width: 3.6em;
    }
    button {
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.4;
      cursor: default;
    }
    .actions {
      display: inline-flex;
      gap: 0.25em;
      white-space: nowrap;
    }
    .actions button {
      min-width: 2em;
    }
    [part='add'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em 0.8em;
      align-items: center;
    }
    [part='add'] label {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.2em 0.35em;
      align-items: center;
      max-width: 100%;
    }
    [part='add'] select {
      max-width: 100%;
      min-width: 0;
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    :focus-visible {
      outline: 3px solid var(--_focus-color);
      outline-offset: 2px;
    }
    @container (max-width: 30em) {
      table,
      caption,
      tbody,
      tfoot,
      tr,
      th,
      td {
        display: block;
      }
      table {
        min-width: 0;
      }
      /* Still read as column names; the cards print them beside each value instead. */
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tr[hidden] {
        display: none;
      }
      caption .input-shape {
        display: block;
        margin-left: 0;
      }
      th,
      td {
        padding: 0.2em 0.3em;
      }
      tr[part~='row'] {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas:
          'layer actions'
          'shape params';
        align-items: center;
        gap: 0 0.6em;
        padding-top: 0.3em;
        border-top: 1px solid var(--_grid-line);
      }
      tr[part~='row'] > th,
      tr[part~='row'] > td {
        border-bottom: none;
      }
      tbody th {
        grid-area: layer;
        white-space: normal;
      }
      [part~='shape'] {
        grid-area: shape;
      }
      [part~='params'] {
        grid-area: params;
      }
      [part~='actions'] {
        grid-area: actions;
      }
      [part~='shape']::before,
      [part~='params']::before {
        content: attr(data-label);
        display: block;
        color: var(--_muted);
        font-size: 0.8em;
      }
      [part~='settings-row'] > td {
        padding: 0 0.3em 0.5em 0.6em;
      }
      tfoot tr:first-child td {
        border-top: 2px solid var(--_text);
      }
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
