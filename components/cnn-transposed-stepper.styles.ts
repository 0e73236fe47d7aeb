import { css } from 'lit';

/**
 * <cnn-transposed-stepper>: the input, then per output channel "kernel × value = scaled
 * copy →" and the sums (running output and contribution counts). In 2D the counts sit
 * beside the running output on smaller cells; in 1D they sit under it on the same cells,
 * so each count lines up with its output position. Every group wraps when narrow, and
 * the widest row is the element's natural width, so a slide that shrinks the element to
 * fit (width: fit-content) centres it.
 */
export const transposedStepperStyles = css`
  :host {
    /* The host's resolved sizes, for the counts grid (a matrix cannot read its own). */
    --_stepper-cell: var(--_cell-size);
    --_stepper-font: var(--cnn-font-size, calc(var(--_cell-size) * 0.38));
  }
  .stage {
    align-items: flex-start;
  }
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.6em 1em;
  }
  .scatter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    /* Tight, so that "3×3 × 2 = 3×3 →" still fits one line of a phone at 40px cells. */
    gap: 0.3em 0.25em;
  }
  /* "× v =", the scaled copy and its arrow wrap as one, never an operator alone on a line. */
  .then {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .scatter .operator {
    margin-top: 1.2em;
    font-size: calc(var(--_cell-size) * 0.45);
    white-space: nowrap;
  }
  .sums {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.6em 1em;
  }
  .one-d .sums {
    flex-direction: column;
  }
  /* Counts are a side note in 2D (smaller cells), yet as readable as every other number. */
  .counts {
    --cnn-cell-size: calc(var(--_stepper-cell) * 0.7);
    --cnn-font-size: max(16px, var(--_stepper-font));
  }
  .one-d .counts {
    --cnn-cell-size: var(--_stepper-cell);
  }
  .size {
    margin: 0.4em 0 0;
    font-weight: 600;
  }
`;
