/**
 * <cnn-quiz> styles: the shared theme, readable from the back of a lecture hall
 * (1.125rem body text, 2.75rem touch targets) and on a phone (everything wraps; wide
 * matrices and steppers scroll inside their own box). Right / wrong are told apart by
 * icon, border style and words, with colour only as a reinforcement.
 */
import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';
import { quizAnswerStyles } from './cnn-quiz-answer.styles';

export const quizStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      --_ok: var(--cnn-quiz-correct-color, #1a7f37);
      --_bad: var(--cnn-quiz-incorrect-color, #b3261e);
      --_partial: var(--cnn-quiz-partial-color, #9a6700);
      --_accent: var(--cnn-quiz-accent-color, #0b57d0);
      --_border: var(--cnn-quiz-border-color, #c9ced6);
      --cnn-cell-size: var(--cnn-quiz-cell-size, 40px);
      font-size: var(--cnn-quiz-font-size, 1.125rem);
      line-height: 1.5;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        --_ok: var(--cnn-quiz-correct-color, #6fdd8b);
        --_bad: var(--cnn-quiz-incorrect-color, #ff8a80);
        --_partial: var(--cnn-quiz-partial-color, #f2cc60);
        --_accent: var(--cnn-quiz-accent-color, #8ab4f8);
        --_border: var(--cnn-quiz-border-color, #3b434e);
      }
    }
    :host([theme='dark']) {
      --_ok: var(--cnn-quiz-correct-color, #6fdd8b);
      --_bad: var(--cnn-quiz-incorrect-color, #ff8a80);
      --_partial: var(--cnn-quiz-partial-color, #f2cc60);
      --_accent: var(--cnn-quiz-accent-color, #8ab4f8);
      --_border: var(--cnn-quiz-border-color, #3b434e);
    }
    :host(:lang(ko)) {
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    .quiz {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    button {
      font: inherit;
      font-size: 1rem;
      min-height: 2.75rem;
      padding: 0.4em 0.9em;
      border-radius: 0.4rem;
      border: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_surface);
      font-weight: 600;
    }
    button:disabled {
      opacity: 0.45;
      cursor: default;
    }
    button.quiet {
      min-height: 2.25rem;
      background: transparent;
    }
    :is(button, input):focus-visible,
    h3:focus-visible {
      outline: 3px solid var(--_window-color);
      outline-offset: 2px;
    }
    .notice {
      display: flex;
      gap: 0.75rem;
      align-items: start;
      justify-content: space-between;
      padding: 0.6rem 0.9rem;
      border-left: 4px solid var(--_partial);
      background: var(--_cell-bg);
    }
    .notice ul {
      margin: 0;
      padding-left: 1.1rem;
    }
    .score {
      margin: 0;
      font-weight: 600;
    }
    .nav ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .nav-item {
      min-width: 2.75rem;
      padding: 0.2em 0.5em;
      display: inline-flex;
      gap: 0.2em;
      align-items: center;
      justify-content: center;
    }
    .nav-item[aria-current] {
      outline: 3px solid var(--_accent);
      outline-offset: -1px;
      font-weight: 700;
    }
    .nav-item.correct .nav-mark { color: var(--_ok); }
    .nav-item.incorrect .nav-mark,
    .nav-item.invalid .nav-mark { color: var(--_bad); }
    .nav-item.partial .nav-mark { color: var(--_partial); }
    .question {
      display: grid;
      gap: 0.85rem;
      min-width: 0;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: 0.6rem;
      background: var(--_surface);
    }
    .list .question {
      break-inside: avoid;
    }
    .question-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
    }
    h3 {
      margin: 0;
      font-size: 1.25rem;
    }
    .tags {
      color: var(--_muted);
      font-size: 0.95rem;
    }
    .prompt {
      margin: 0;
      max-width: 70ch;
    }
    .given {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    .given-grids {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: flex-start;
      overflow-x: auto;
    }
    table {
      justify-self: start;
      border-collapse: collapse;
      font-size: 1rem;
    }
    th,
    td {
      padding: 0.3rem 0.7rem;
      border-bottom: 1px solid var(--_border);
      text-align: left;
      vertical-align: top;
    }
    td.number {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    table.layers {
      display: block;
      overflow-x: auto;
      max-width: 100%;
    }
    table.layers caption {
      text-align: left;
      color: var(--_muted);
      padding-bottom: 0.3rem;
    }
    tr.asked {
      background: var(--_cell-bg);
      font-weight: 600;
    }
    tr.asked th {
      box-shadow: inset 4px 0 0 var(--_window-color);
    }
    .asked-mark {
      white-space: nowrap;
      color: var(--_muted);
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'D2Coding', monospace;
      font-size: 0.95em;
    }
  `,
  quizAnswerStyles,
  css`
    .pager {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
    }
    @media (max-width: 480px) {
      .question {
        padding: 0.75rem;
      }
      .replay {
        --cnn-cell-size: var(--cnn-quiz-solution-cell-size, 28px);
      }
      .actions button {
        flex: 1 1 auto;
      }
    }
    @media print {
      .nav,
      .pager,
      .actions,
      .notice {
        display: none;
      }
    }
  `,
];
