/**
 * Checks for <cnn-matrix> inputs (and any element that takes matrices, cells or
 * rectangles): unknown in, a typed value or a problem to show out. Nothing here throws;
 * a problem is an i18n key of src/i18n/common.ts plus its parameters.
 */
import type { CommonKey } from '../../src/i18n/common';
import type { CellPosition, CellRect, CellValue, MatrixSpec, Pads } from '../../src/viz/matrix-model';
import { SCALE_KINDS, isScaleKind, type ScaleKind } from '../../src/viz/scales';
import { UnparsedJson } from './json-attribute';

export interface MatrixProblem {
  key: Extract<CommonKey, `error${string}`>;
  params: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: MatrixProblem };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (key: MatrixProblem['key'], params: MatrixProblem['params']): Checked<never> => ({
  ok: false,
  problem: { key, params },
});

/** Short, printable form of a bad value for a message. */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

const isWhole = (value: unknown, min = 0): value is number => Number.isInteger(value) && (value as number) >= min;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rows of finite numbers (or null placeholders), all the same length. null/undefined = no data. */
export function checkMatrix(input: unknown, name: string): Checked<CellValue[][]> {
  if (input === null || input === undefined) return ok([]);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  if (!Array.isArray(input) || !input.every(Array.isArray)) return fail('errorMatrix', { name });
  const rows = input as unknown[][];
  // Messages name rows and columns from 0, as the cells' own labels do; row 0 sets the length.
  const expected = rows[0]?.length ?? 0;
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].length !== expected) {
      return fail('errorRagged', { name, row: r, found: rows[r].length, expected });
    }
    for (let c = 0; c < expected; c++) {
      const value = rows[r][c];
      if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
        return fail('errorCellValue', { name, row: r, col: c, found: describe(value) });
      }
    }
  }
  return ok(rows.map((row) => [...row]) as CellValue[][]);
}

/** A ring width (number) or per-side pads; at least one data cell must remain. */
export function checkPads(input: unknown, name: string, rows: number, cols: number): Checked<Pads | null> {
  if (input === null || input === undefined) return ok(null);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  let pads: Pads;
  if (isWhole(input)) {
    pads = { top: input, bottom: input, left: input, right: input };
  } else if (isRecord(input)) {
    const side = (key: keyof Pads) => (input[key] === undefined ? 0 : input[key]);
    const sides = { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') };
    if (!Object.values(sides).every((v) => isWhole(v))) return fail('errorPads', { name });
    pads = sides as Pads;
  } else {
    return fail('errorPads', { name });
  }
  const leavesData = rows === 0 || (pads.top + pads.bottom < rows && pads.left + pads.right < cols);
  return leavesData ? ok(pads) : fail('errorPads', { name });
}

function toCell(input: unknown): CellPosition | null {
  if (!isRecord(input) || !isWhole(input.row, -Infinity) || !isWhole(input.col, -Infinity)) return null;
  return { row: input.row, col: input.col };
}

/** {row, col} or nothing. */
export function checkCell(input: unknown, name: string): Checked<CellPosition | null> {
  if (input === null || input === undefined) return ok(null);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  const cell = toCell(input);
  return cell ? ok(cell) : fail('errorCell', { name });
}

/** A list of {row, col}; nothing = empty list. */
export function checkCells(input: unknown, name: string): Checked<CellPosition[]> {
  if (input === null || input === undefined) return ok([]);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  if (!Array.isArray(input)) return fail('errorCells', { name });
  const cells = input.map(toCell);
  return cells.every((c) => c !== null) ? ok(cells as CellPosition[]) : fail('errorCells', { name });
}

/** {row, col, height, width}; the rectangle may reach outside the matrix (it is clipped). */
export function checkRect(input: unknown, name: string): Checked<CellRect | null> {
  if (input === null || input === undefined) return ok(null);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  const corner = toCell(input);
  if (!corner || !isRecord(input) || !isWhole(input.height, 1) || !isWhole(input.width, 1)) {
    return fail('errorRect', { name });
  }
  return ok({ ...corner, height: input.height, width: input.width });
}

/** One label per row/column (numbers are accepted and printed as they are). */
export function checkLabels(input: unknown, name: string, count: number): Checked<string[] | null> {
  if (input === null || input === undefined) return ok(null);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  const valid =
    Array.isArray(input) &&
    input.length === count &&
    input.every((v) => typeof v === 'string' || typeof v === 'number');
  return valid ? ok((input as (string | number)[]).map(String)) : fail('errorLabels', { name, count });
}

/** [low, high] for the colour scale. */
export function checkDomain(input: unknown, name: string): Checked<[number, number] | null> {
  if (input === null || input === undefined) return ok(null);
  if (input instanceof UnparsedJson) return fail('errorJson', { name, detail: input.reason });
  const valid =
    Array.isArray(input) &&
    input.length === 2 &&
    input.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    input[0] <= input[1];
  return valid ? ok([input[0], input[1]]) : fail('errorDomain', { name });
}

export function checkScale(input: unknown, name: string): Checked<ScaleKind> {
  if (isScaleKind(input)) return ok(input);
  return fail('errorChoice', { name, found: describe(input), choices: SCALE_KINDS.join(', ') });
}

/** Everything <cnn-matrix> draws, as set by a page (attributes or properties). */
export interface MatrixInputs {
  values: unknown;
  scale: unknown;
  domain: unknown;
  labels: boolean;
  padded: unknown;
  highlight: unknown;
  windowCells: unknown;
  active: unknown;
  marked: unknown;
  rowLabels: unknown;
  colLabels: unknown;
}

/** A drawable spec plus the axis labels, or the first problem found (in attribute order). */
export function checkMatrixInputs(inputs: MatrixInputs): Checked<MatrixSpec & MatrixAxes> {
  const values = checkMatrix(inputs.values, 'values');
  if (!values.ok) return values;
  const rows = values.value.length;
  const cols = rows > 0 ? values.value[0].length : 0;
  const scale = checkScale(inputs.scale, 'scale');
  const domain = checkDomain(inputs.domain, 'domain');
  const padded = checkPads(inputs.padded, 'padded', rows, cols);
  const highlight = checkRect(inputs.highlight, 'highlight');
  const windowCells = checkCells(inputs.windowCells, 'window-cells');
  const active = checkCell(inputs.active, 'active');
  const marked = checkCells(inputs.marked, 'marked');
  const rowLabels = checkLabels(inputs.rowLabels, 'row-labels', rows);
  const colLabels = checkLabels(inputs.colLabels, 'col-labels', cols);
  for (const check of [scale, domain, padded, highlight, windowCells, active, marked, rowLabels, colLabels]) {
    if (!check.ok) return check;
  }
  // Every check passed; the narrowing below only restates that for the compiler.
  const value = <T>(check: Checked<T>): T => (check as { ok: true; value: T }).value;
  return ok({
    values: values.value,
    scale: value(scale),
    domain: value(domain),
    labels: inputs.labels,
    padded: value(padded),
    highlight: value(highlight),
    windowCells: value(windowCells),
    active: value(active),
    marked: value(marked),
    rowLabels: value(rowLabels),
    colLabels: value(colLabels),
  });
}

export interface MatrixAxes {
  rowLabels: string[] | null;
  colLabels: string[] | null;
}
