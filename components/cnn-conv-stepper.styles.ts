import { css } from 'lit';

/**
 * <cnn-conv-stepper>: one row per input channel (input × kernel = products, Σ) and the
 * output maps to the right. A row wraps when its container is narrower than the row
 * (a phone): "× kernel" and "= products" then continue under the input, each operator
 * with its matrix, and nothing scrolls sideways; on a projector the row stays one line. Several channels stand side by side instead, each as a
 * column (input above, kernel and products below), so three of them fit one 1280×720 slide.
 */
export const convStepperStyles = css`
  .channels {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .channel-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  /* An operator wraps with the matrix it leads to ("× kernel", "= products"). */
  .with-op {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .channel-row .operator,
  .partial {
    margin-top: 1.2em;
  }
  .partial {
    font-weight: 600;
    white-space: nowrap;
  }
  .channels.multi {
    --cnn-cell-size: var(--cnn-stepper-channel-cell-size, 40px);
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.6em 1.4em;
  }
  .channels.multi .channel-row {
    display: grid;
    grid-template-columns: repeat(2, auto);
    grid-template-areas:
      'input input'
      'kernel products'
      'sum sum';
    justify-content: start;
    gap: 0.3em 0.6em;
  }
  /* The operators move into the captions ("× Kernel", "= Products"). */
  .channels.multi .operator {
    display: none;
  }
  .channels.multi .with-op {
    display: contents;
  }
  .channels.multi .input {
    grid-area: input;
  }
  .channels.multi .kernel {
    grid-area: kernel;
  }
  .channels.multi .products {
    grid-area: products;
  }
  .channels.multi .partial {
    grid-area: sum;
    margin-top: 0;
  }
  /* Long captions wrap instead of widening a 3-cell kernel. */
  .kernel::part(caption),
  .products::part(caption) {
    max-width: 9em;
  }
  .outputs {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
`;
