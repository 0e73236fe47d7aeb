/**
 * Reads shapes and matrices as students type them. Shapes come in Keras's, NumPy's and
 * textbook spellings; matrices as a grid from an element or as text rows. Each cell of
 * a matrix stays text here and is evaluated like any numeric answer by the grader.
 */
import { evaluateAnswer, MAX_EXPRESSION_LENGTH, type RefusalReason } from './expression';

export const MAX_MATRIX_TEXT_LENGTH = 2000;
export const MAX_MATRIX_CELLS = 400;

export type ShapeParse = { ok: true; value: (number | null)[] } | { ok: false; reason: RefusalReason | 'shape' };

/**
 * "(None, 13, 13, 32)", "(13, 13, 32)", "13x13x32", "13×13×32", "[13,13,32]", "576".
 * None / null / ? stand for the batch axis.
 */
export function parseShape(response: unknown): ShapeParse {
  if (Array.isArray(response)) {
    const ok = response.length > 0 && response.length <= 8 &&
      response.every((d) => d === null || (typeof d === 'number' && Number.isInteger(d) && d > 0));
    return ok ? { ok: true, value: response as (number | null)[] } : { ok: false, reason: 'shape' };
  }
  if (typeof response === 'number') {
    return Number.isInteger(response) && response > 0 ? { ok: true, value: [response] } : { ok: false, reason: 'shape' };
  }
  if (typeof response !== 'string') return { ok: false, reason: 'shape' };
  if (response.length > MAX_EXPRESSION_LENGTH) return { ok: false, reason: 'too-long' };
  const inner = response.trim().replace(/^[([]\s*/, '').replace(/\s*,?\s*[)\]]$/, '');
  if (inner === '') return { ok: false, reason: 'empty' };
  const tokens = inner.split(/\s*(?:,|[x×*])\s*|\s+/i);
  if (tokens.length > 8) return { ok: false, reason: 'shape' };
  const value: (number | null)[] = [];
  for (const token of tokens) {
    if (/^(none|null|\?)$/i.test(token)) value.push(null);
    else if (/^[1-9]\d{0,8}$/.test(token)) value.push(Number(token));
    else return { ok: false, reason: 'shape' };
  }
  return { ok: true, value };
}

/** A shape without its leading batch axis, for comparing (None, 13, 13, 32) with 13×13×32. */
export function withoutBatch(shape: readonly (number | null)[]): (number | null)[] {
  return shape.length > 0 && shape[0] === null ? shape.slice(1) : shape.slice();
}

export type CellGrid = (number | string)[][];
export type MatrixParse = { ok: true; cells: CellGrid } | { ok: false; reason: RefusalReason | 'matrix-text' };

/**
 * A grid from an element (numbers or expression strings per cell), or text:
 * "[[1,2],[3,4]]", "1 2; 3 4", one row per line, cells split by commas or spaces.
 */
export function parseMatrix(response: unknown): MatrixParse {
  if (Array.isArray(response)) return fromGrid(response);
  if (typeof response !== 'string') return { ok: false, reason: 'matrix-text' };
  if (response.length > MAX_MATRIX_TEXT_LENGTH) return { ok: false, reason: 'too-long' };
  let text = response.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  let rows: string[];
  if (/^\[\s*\[/.test(text) && /\]\s*\]$/.test(text)) {
    text = text.slice(1, -1).trim();
    rows = text.split(/\]\s*[,;]?\s*\[/).map((row) => row.replace(/^\s*\[|\]\s*$/g, ''));
  } else {
    rows = text.split(/\s*[;\n\r]+\s*/).map((row) => row.replace(/^\s*\[|\]\s*$/g, ''));
  }
  const cells = rows
    .map((row) => row.trim())
    .filter((row) => row !== '')
    .map((row) => (row.includes(',') ? row.split(/\s*,\s*/) : row.split(/\s+/)));
  return fromGrid(cells);
}

function fromGrid(grid: unknown[]): MatrixParse {
  if (grid.length === 0 || !grid.every((row) => Array.isArray(row) && row.length > 0)) return { ok: false, reason: 'matrix-text' };
  const rows = grid as unknown[][];
  const count = rows.reduce((total, row) => total + row.length, 0);
  if (count > MAX_MATRIX_CELLS) return { ok: false, reason: 'too-long' };
  if (!rows.every((row) => row.every((cell) => typeof cell === 'number' || typeof cell === 'string'))) {
    return { ok: false, reason: 'matrix-text' };
  }
  return { ok: true, cells: rows as CellGrid };
}

/**
 * Each cell evaluated as an expression. A blank cell becomes NaN (marked wrong, so a
 * half-filled grid still earns partial credit); any other refused cell refuses the matrix.
 */
export function evaluateCells(
  cells: CellGrid,
): { ok: true; values: number[][] } | { ok: false; reason: RefusalReason; detail?: string; row: number; col: number } {
  const values: number[][] = [];
  for (let r = 0; r < cells.length; r++) {
    const row: number[] = [];
    for (let c = 0; c < cells[r].length; c++) {
      const cell = cells[r][c];
      if (typeof cell === 'string' && cell.trim() === '') {
        row.push(Number.NaN);
        continue;
      }
      const result = evaluateAnswer(cell);
      if (!result.ok) return { ok: false, reason: result.reason, detail: result.detail, row: r, col: c };
      row.push(result.value);
    }
    values.push(row);
  }
  return { ok: true, values };
}
