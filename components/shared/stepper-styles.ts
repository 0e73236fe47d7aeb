import { css } from 'lit';

/**
 * Styles every stepper shares: host, panels, equation line, control bar, live region and
 * error box. Sizes derive from the theme's cell size, so one --cnn-cell-size scales a
 * whole stepper for a projector; controls never get smaller than a comfortable target.
 */
export const stepperStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: 0.5rem;
    font-size: var(--cnn-stepper-font-size, max(1rem, calc(var(--_cell-size) * 0.34)));
    line-height: 1.35;
    /* Korean wraps between words, never inside one. */
    word-break: keep-all;
    outline: none;
    border-radius: 6px;
  }
  :host(:focus-visible) {
    box-shadow: 0 0 0 3px var(--_focus-color);
  }
  .stage {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.6em 1.2em;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    margin: 0;
  }
  .panel-title {
    font-size: var(--_caption-size);
    font-weight: 600;
    margin: 0;
  }
  .operator {
    align-self: center;
    font-size: calc(var(--_cell-size) * 0.6);
    color: var(--_muted);
    user-select: none;
  }
  /*
   * A long sum (twelve products of a 3-gram) wraps within the width the diagrams take
   * instead of setting it: inline-size containment keeps the line out of the element's
   * natural width, so a slide that shrinks a stepper to fit still centres its diagrams.
   */
  .equation {
    margin: 0.5em 0 0;
    font-size: var(--cnn-equation-size, max(1.05rem, calc(var(--_cell-size) * 0.36)));
    overflow-wrap: anywhere;
    contain: inline-size;
  }
  .equation .result {
    font-weight: 700;
    padding: 0 0.25em;
    outline: 3px solid var(--_window-color);
    outline-offset: 1px;
  }
  .equation .term.padded {
    color: var(--_muted);
  }
  .note {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin-top: 0.6em;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.6rem;
    min-width: 2.6rem;
    padding: 0.3em 0.8em;
    font: inherit;
    font-size: max(1rem, 0.9em);
    color: var(--_text);
    background: var(--_cell-bg);
    border: 2px solid var(--_grid-line);
    border-radius: 6px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_text);
  }
  button:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  button.primary {
    border-color: var(--_window-color);
    border-width: 3px;
  }
  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
  }
  .counter {
    margin-left: 0.4em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* Read by screen readers, not drawn: the equation line already shows the same words. */
  .live {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .problem {
    margin: 0;
    padding: 0.7em 0.9em;
    max-width: 60ch;
    border-left: 5px solid var(--_error-color);
    background: var(--_error-bg);
    font-size: 1rem;
  }
  .problem p {
    margin: 0.35em 0 0;
  }
  .problem-hint {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
