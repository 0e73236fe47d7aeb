/**
 * The editable answer grid for matrix questions: one text field per cell (expressions
 * such as 3/4 allowed), sized from the answer. After a submit each cell whose text is
 * unchanged carries its verdict as an icon, a border style and its accessible name, so
 * right and wrong never differ by hue alone. Arrow keys move between cells.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../src/i18n';
import { quizUiText } from '../src/i18n/quiz-ui';

export interface GridOptions {
  /** Prefix of the cells' ids, unique per question. */
  id: string;
  lang: Lang;
  /** Cell texts, rows × columns of the answer. */
  values: readonly (readonly string[])[];
  /** The graded response's texts and per-cell verdicts, when it has the answer's shape. */
  submitted?: readonly (readonly string[])[];
  cells?: readonly (readonly boolean[])[];
  onCell: (row: number, col: number, text: string) => void;
}

/** A draft grid of the answer's size, keeping whatever fits from a stored response. */
export function gridOfSize(rows: number, cols: number, from?: readonly (readonly string[])[]): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => from?.[r]?.[c] ?? ''));
}

export function renderAnswerGrid(options: GridOptions): TemplateResult {
  const { id, lang, values, submitted, cells } = options;
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  return html`<div class="grid" part="grid" role="group" aria-label=${quizUiText(lang, 'grid-label', { rows, cols })}
    style="--_grid-cols: ${cols}" @keydown=${moveBetweenCells}>
    ${values.map((row, r) =>
      row.map((text, c) => {
        const verdict = cells && submitted?.[r]?.[c] === text ? cells[r]?.[c] : undefined;
        const state = verdict === undefined ? '' : verdict ? 'right' : 'wrong';
        // Counted from 0 at the top left, like the prompts and the steppers.
        const name = quizUiText(lang, 'cell-label', { row: r, col: c });
        const label = verdict === undefined ? name : `${name}, ${quizUiText(lang, verdict ? 'cell-correct' : 'cell-incorrect')}`;
        return html`<span class="cell ${state}" part="grid-cell ${state}">
          <input id="${id}-${r}-${c}" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" enterkeyhint="done"
            data-row=${r} data-col=${c} aria-label=${label} aria-invalid=${verdict === false ? 'true' : nothing}
            .value=${text} @input=${(e: Event) => options.onCell(r, c, (e.target as HTMLInputElement).value)} />
          ${state ? html`<span class="mark" aria-hidden="true">${verdict ? '✓' : '✗'}</span>` : nothing}
        </span>`;
      }),
    )}
  </div>`;
}

/** ↑/↓ always move a row; ←/→ move a column when the caret is at the text's edge. */
function moveBetweenCells(event: KeyboardEvent): void {
  const input = event.composedPath()[0];
  if (!(input instanceof HTMLInputElement) || input.dataset.row === undefined) return;
  const row = Number(input.dataset.row);
  const col = Number(input.dataset.col);
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length;
  const moves: Record<string, [number, number] | null> = {
    ArrowUp: [row - 1, col],
    ArrowDown: [row + 1, col],
    ArrowLeft: atStart ? [row, col - 1] : null,
    ArrowRight: atEnd ? [row, col + 1] : null,
  };
  const target = moves[event.key];
  if (!target) return;
  const grid = event.currentTarget as HTMLElement;
  const next = grid.querySelector<HTMLInputElement>(`input[data-row="${target[0]}"][data-col="${target[1]}"]`);
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.select();
}
