import { css } from 'lit';

/** <cnn-pool-stepper>: input → operation → output map(s); the winner is bold and underlined, not only coloured. */
export const poolStepperStyles = css`
  .stage {
    align-items: center;
  }
  .operation {
    display: flex;
    flex-direction: column;
    align-items: center;
    max-width: 9em;
    text-align: center;
    font-weight: 600;
    color: var(--_muted);
  }
  .arrow {
    font-size: calc(var(--_cell-size) * 0.8);
    line-height: 1;
  }
  .outputs {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .equation .winner {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 3px;
    text-underline-offset: 4px;
  }
`;
