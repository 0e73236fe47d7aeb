import { css } from 'lit';

/**
 * <cnn-matrix> styles. Scale colours arrive as inline styles from the renderer (they
 * must beat these rules); everything else reads the theme tokens of shared/theme.ts.
 */
export const matrixStyles = css`
  :host {
    display: inline-block;
    vertical-align: top;
  }
  /* A forced theme may differ from the page's, so it brings its own background. */
  :host([theme]) {
    background: var(--_surface);
  }
  .caption {
    margin: 0 0 0.3em;
    font-size: var(--_caption-size);
    font-weight: 600;
    line-height: 1.25;
  }
  .frame {
    position: relative;
    display: inline-block;
  }
  /* Measures --cnn-cell-size in px for the renderer, whatever unit it was given in. */
  .probe {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
    width: var(--_cell-size);
    height: 0;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .cell-bg {
    fill: var(--_cell-bg);
    stroke: var(--_grid-line);
    stroke-width: 1;
  }
  .cell-value {
    font-size: var(--_font-size);
    fill: var(--_text);
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .cell.padding .cell-bg {
    stroke-dasharray: 4 3;
  }
  .cell.padding .cell-value {
    fill: var(--_muted);
  }
  .cell.empty .cell-bg {
    fill: var(--_surface);
    stroke-dasharray: 2 3;
  }
  .hatch-bg {
    fill: var(--_padding-bg);
  }
  .hatch-line {
    stroke: var(--_padding-hatch);
    stroke-width: 2.5;
  }
  .mark {
    fill: none;
    stroke: var(--_text);
    pointer-events: none;
  }
  .outline rect {
    fill: none;
    pointer-events: none;
  }
  .outline .halo {
    stroke: var(--_window-halo);
    opacity: 0.75;
  }
  .outline .line {
    stroke: var(--_window-color);
  }
  .outline.dashed .line {
    stroke-dasharray: 10 6;
  }
  .outline.dashed .halo {
    opacity: 0.35;
  }
  .row-labels text,
  .col-labels text {
    fill: var(--_muted);
    font-size: calc(var(--_font-size) * 0.75);
    dominant-baseline: central;
  }
  .row-labels text {
    text-anchor: end;
  }
  .col-labels text {
    text-anchor: middle;
  }
  :host([interactive]) .cell,
  :host([editable]) .cell {
    cursor: pointer;
  }
  .cell:focus {
    outline: none;
  }
  .focus-halo,
  .focus-ring {
    display: none;
    fill: none;
    pointer-events: none;
  }
  .cell:focus-visible .focus-halo {
    display: inline;
    stroke: var(--_surface);
    stroke-width: 6;
  }
  .cell:focus-visible .focus-ring {
    display: inline;
    stroke: var(--_focus-color);
    stroke-width: 3;
    stroke-dasharray: 6 4;
  }
  .editor {
    position: absolute;
    box-sizing: border-box;
    margin: 0;
    padding: 0 2px;
    font: inherit;
    font-size: var(--_font-size);
    text-align: center;
    color: var(--_text);
    background: var(--_surface);
    border: 3px solid var(--_window-color);
    border-radius: 0;
  }
  .editor[aria-invalid='true'] {
    border-color: var(--_error-color);
  }
  .edit-message {
    margin: 0.4em 0 0;
    max-width: 36ch;
    color: var(--_error-color);
    font-size: 0.95rem;
  }
`;
