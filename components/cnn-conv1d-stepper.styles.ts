import { css } from 'lit';

/**
 * <cnn-conv1d-stepper>: the sequence and "× kernel = products" side by side (they wrap
 * under each other when narrow), the output sequence(s) on a line of their own.
 */
export const conv1dStepperStyles = css`
  .stage {
    align-items: center;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .row .operator {
    margin-top: 1.2em;
  }
  .output {
    flex-basis: 100%;
  }
`;
