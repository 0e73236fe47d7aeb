import { css } from 'lit';

/** <cnn-transposed-stepper>: input, then per output channel kernel × value = scaled copy → canvas and counts. */
export const transposedStepperStyles = css`
  :host {
    /* The host's resolved cell size, for the smaller counts grid (a matrix cannot read its own). */
    --_stepper-cell: var(--_cell-size);
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
    align-items: center;
    gap: 0.4em;
  }
  .scatter .operator {
    margin-top: 1.2em;
    font-size: calc(var(--_cell-size) * 0.45);
    white-space: nowrap;
  }
  /* Counts are a side note: smaller cells, same grid. */
  .counts {
    --cnn-cell-size: calc(var(--_stepper-cell) * 0.6);
  }
  .size {
    margin: 0.4em 0 0;
    font-weight: 600;
  }
`;
