/**
 * The answer field for a question's kind: a text field for numbers and expressions or for
 * shapes, the answer grid for matrices, radio buttons for choices (an option written as a
 * small matrix, such as a kernel, is drawn as one). Only renders; the element owns drafts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../src/i18n';
import { quizText } from '../src/i18n/quiz';
import type { ChoiceOption, GradeResult, Question } from '../src/quiz';
import type { StoredResponse } from '../src/quiz-store';
import { gridOfSize, renderAnswerGrid } from './cnn-quiz-grid';
import './cnn-matrix';

export interface AnswerInputOptions {
  /** Prefix of ids inside this question, unique in the element. */
  id: string;
  lang: Lang;
  draft: StoredResponse;
  /** The last submitted response and its grade (for the grid's marks). */
  submitted: StoredResponse | null;
  grade: GradeResult | null;
  /** Receives a change to apply to the newest draft (several cell edits can arrive before a render). */
  onDraft: (change: (previous: StoredResponse) => StoredResponse) => void;
  theme?: 'light' | 'dark';
}

/** An empty draft of the question's kind. */
export function emptyDraft(question: Question): StoredResponse {
  const answer = question.answer;
  return answer.kind === 'matrix' ? gridOfSize(answer.value.length, answer.value[0].length) : '';
}

/** A stored response reshaped to the question's input (a grid keeps what fits). */
export function draftFrom(question: Question, stored: StoredResponse | null): StoredResponse {
  const answer = question.answer;
  if (answer.kind === 'matrix') return gridOfSize(answer.value.length, answer.value[0].length, Array.isArray(stored) ? stored : undefined);
  return typeof stored === 'string' ? stored : '';
}

export function renderAnswerInput(question: Question, options: AnswerInputOptions): TemplateResult {
  const { id, lang, draft } = options;
  const answer = question.answer;
  switch (answer.kind) {
    case 'number':
    case 'shape': {
      const hint = quizText(lang, answer.kind === 'number' ? 'hint-number' : 'hint-shape');
      return html`<label class="field-label" for="${id}-text">${quizText(lang, 'your-answer')}</label>
        <input id="${id}-text" class="text-answer" part="input" type="text" autocomplete="off" autocapitalize="off"
          spellcheck="false" enterkeyhint="done" aria-describedby="${id}-hint" .value=${typeof draft === 'string' ? draft : ''}
          @input=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            options.onDraft(() => text);
          }} />
        <p class="hint" id="${id}-hint">${hint}</p>`;
    }
    case 'matrix': {
      const grid = (Array.isArray(draft) ? draft : emptyDraft(question)) as string[][];
      const submitted = Array.isArray(options.submitted) ? options.submitted : undefined;
      return html`<p class="field-label" id="${id}-grid-label">${quizText(lang, 'your-answer')}</p>
        ${renderAnswerGrid({
          id: `${id}-cell`,
          lang,
          values: grid,
          submitted,
          cells: options.grade?.cells,
          onCell: (row, col, text) =>
            options.onDraft((previous) => {
              const cells: string[][] = Array.isArray(previous) ? previous : grid;
              return cells.map((line, r) => line.map((old, c) => (r === row && c === col ? text : old)));
            }),
        })}
        <p class="hint">${quizText(lang, 'hint-number')}</p>`;
    }
    case 'choice':
      return html`<fieldset class="choices" part="choices">
        <legend class="field-label">${quizText(lang, 'hint-choice')}</legend>
        ${answer.options.map((option) => renderOption(option, options))}
      </fieldset>`;
  }
}

function renderOption(option: ChoiceOption, options: AnswerInputOptions): TemplateResult {
  const text = option.text[options.lang];
  const matrix = matrixOf(text);
  return html`<label class="choice ${matrix ? 'has-matrix' : ''}" part="choice">
    <input type="radio" name="${options.id}-choice" value=${option.id} .checked=${options.draft === option.id}
      aria-label=${matrix ? text : nothing} @change=${() => options.onDraft(() => option.id)} />
    ${matrix
      ? html`<cnn-matrix class="choice-matrix" aria-hidden="true" scale="diverging" theme=${options.theme ?? nothing}
          .values=${matrix}></cnn-matrix>`
      : html`<span>${text}</span>`}
  </label>`;
}

/** "[[0, −1], [1, 0]]" (true minus signs allowed) as numbers, or null for ordinary text. */
export function matrixOf(text: string): number[][] | null {
  if (!/^\[\[[-−\d.,\s[\]]*\]\]$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(text.replace(/−/g, '-'));
    const ok =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((row) => Array.isArray(row) && row.length === value[0].length && row.every((v) => typeof v === 'number'));
    return ok ? (value as number[][]) : null;
  } catch {
    return null;
  }
}
