/**
 * <cnn-quiz> answer area: the typed and grid answers, choices, feedback and the worked
 * solution. Kept apart from the quiz's frame and navigation (cnn-quiz.styles.ts), which
 * includes these rules in place, so the cascade order is unchanged.
 */
import { css } from 'lit';

export const quizAnswerStyles = css`
    .answer {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .field-label {
      margin: 0;
      font-weight: 600;
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.95rem;
    }
    input[type='text'] {
      font: inherit;
      font-size: 1.125rem;
      min-height: 2.75rem;
      padding: 0.3em 0.6em;
      border: 2px solid var(--_grid-line);
      border-radius: 0.4rem;
      background: var(--_surface);
      color: var(--_text);
    }
    .text-answer {
      width: min(22rem, 100%);
      box-sizing: border-box;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(var(--_grid-cols), minmax(3.4rem, 4.5rem));
      gap: 0.35rem;
      max-width: 100%;
      overflow-x: auto;
      padding: 0.2rem;
    }
    .cell {
      position: relative;
    }
    .cell input {
      width: 100%;
      box-sizing: border-box;
      text-align: center;
      padding: 0.3em 0.2em;
    }
    .cell.right input {
      border-color: var(--_ok);
      border-style: solid;
    }
    .cell.wrong input {
      border-color: var(--_bad);
      border-style: dashed;
      border-width: 3px;
    }
    .cell .mark {
      position: absolute;
      top: -0.45rem;
      right: -0.3rem;
      font-size: 1rem;
      line-height: 1;
      padding: 0.05rem 0.2rem;
      border-radius: 0.6rem;
      background: var(--_surface);
      font-weight: 700;
    }
    .cell.right .mark { color: var(--_ok); }
    .cell.wrong .mark { color: var(--_bad); }
    .choices {
      display: grid;
      gap: 0.4rem;
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .choice {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      min-height: 2.75rem;
      padding: 0.2rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: 0.4rem;
      cursor: pointer;
    }
    .choice input {
      width: 1.25rem;
      height: 1.25rem;
      flex: none;
    }
    .choice-matrix {
      --cnn-cell-size: 30px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.25rem;
    }
    .feedback {
      display: flex;
      gap: 0.75rem;
      align-items: start;
      padding: 0.7rem 0.9rem;
      border-left: 6px solid var(--_bad);
      background: var(--_cell-bg);
    }
    .feedback p {
      margin: 0;
    }
    .feedback.correct { border-left-color: var(--_ok); border-left-style: solid; }
    .feedback.incorrect,
    .feedback.invalid { border-left-style: double; }
    .feedback.partial { border-left-color: var(--_partial); border-left-style: dashed; }
    .feedback-icon {
      font-size: 1.5rem;
      line-height: 1.2;
      font-weight: 700;
      min-width: 1.5rem;
      text-align: center;
    }
    .feedback.correct .feedback-icon { color: var(--_ok); }
    .feedback.incorrect .feedback-icon,
    .feedback.invalid .feedback-icon { color: var(--_bad); }
    .feedback.partial .feedback-icon { color: var(--_partial); }
    .credit {
      margin-top: 0.3rem !important;
      font-weight: 600;
    }
    .solution {
      display: grid;
      gap: 0.5rem;
      min-width: 0;
      padding-top: 0.5rem;
      border-top: 1px dashed var(--_border);
    }
    .solution h4,
    .solution h5 {
      margin: 0;
      font-size: 1.05rem;
    }
    .steps {
      margin: 0;
      padding-left: 1.5rem;
      display: grid;
      gap: 0.3rem;
      max-width: 75ch;
    }
    .replay {
      display: grid;
      gap: 0.5rem;
      min-width: 0;
      overflow-x: auto;
      --cnn-cell-size: var(--cnn-quiz-solution-cell-size, 34px);
    }
    .replay .note {
      margin: 0;
      color: var(--_muted);
    }
    .option-reasons {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.4rem;
    }
    .option-reasons li {
      padding-left: 0.5rem;
      border-left: 4px solid var(--_border);
    }
    .option-reasons li.right {
      border-left: 4px solid var(--_ok);
    }
    .option-reasons .mark {
      font-weight: 700;
      margin-right: 0.3rem;
    }
    .option-reasons .right .mark { color: var(--_ok); }
    .option-reasons .wrong .mark { color: var(--_bad); }
`;
