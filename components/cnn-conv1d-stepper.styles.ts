import { css } from 'lit';

/**
 * <cnn-conv1d-stepper>: the sequence and "× kernel = products" side by side (they wrap
 * under each other when narrow), the output sequence(s) on a line of their own. The
 * widest of those two lines is the element's natural width, so a slide that shrinks the
 * element to fit (width: fit-content) centres it.
 */
export const conv1dStepperStyles = css`
  .stage {
    flex-direction: column;
    flex-wrap: nowrap;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em 1.2em;
    max-width: 100%;
  }
  .row {
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
  .row .operator {
    margin-top: 1.2em;
  }
`;
