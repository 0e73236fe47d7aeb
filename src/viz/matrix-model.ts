/**
 * What a matrix drawing shows, computed without the DOM: one record per cell with its
 * text, colours and roles (padding, inside the window, active output, marked). The d3
 * renderer only turns these records into SVG, so every decision here is unit-testable.
 *
 * All coordinates are in the displayed matrix: row 0 is the first drawn row, padding
 * rows included.
 */
import { formatNumber } from './format';
import { paintCell, valueExtent, type ScaleKind } from './scales';

export interface CellPosition {
  row: number;
  col: number;
}

/** A rectangle of cells: top-left corner and extent in cells. */
export interface CellRect extends CellPosition {
  height: number;
  width: number;
}

/** How many outer rows/columns on each side are padding rather than data. */
export interface Pads {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A cell value; null is a placeholder drawn empty (e.g. an output not computed yet). */
export type CellValue = number | null;

export interface MatrixSpec {
  values: readonly (readonly CellValue[])[];
  scale: ScaleKind;
  /** Colour domain; defaults to the extent of the values. Fix it so colours stay put while a matrix fills. */
  domain?: [number, number] | null;
  /** Print the numbers (default true). */
  labels?: boolean;
  padded?: Pads | null;
  highlight?: CellRect | null;
  windowCells?: readonly CellPosition[];
  active?: CellPosition | null;
  marked?: readonly CellPosition[];
}

export interface CellDatum extends CellPosition {
  value: CellValue;
  /** Printed text ('' when labels are off or the value is null). */
  text: string;
  /** Fill and text colour from the scale; null means the theme's plain cell colours. */
  fill: string | null;
  textColor: string | null;
  padding: boolean;
  /** Inside the highlighted window, or one of the explicit window cells. */
  inWindow: boolean;
  active: boolean;
  marked: boolean;
}

export interface MatrixModel {
  rows: number;
  cols: number;
  /** Row-major: cells[row][col]. */
  cells: CellDatum[][];
  highlight: CellRect | null;
  windowCells: CellPosition[];
  active: CellPosition | null;
  marked: CellPosition[];
}

export const NO_PADS: Pads = { top: 0, bottom: 0, left: 0, right: 0 };

export function isPaddingCell(pads: Pads, rows: number, cols: number, { row, col }: CellPosition): boolean {
  return row < pads.top || row >= rows - pads.bottom || col < pads.left || col >= cols - pads.right;
}

export function rectContains(rect: CellRect | null | undefined, { row, col }: CellPosition): boolean {
  return !!rect && row >= rect.row && row < rect.row + rect.height && col >= rect.col && col < rect.col + rect.width;
}

/** The part of a rectangle inside a rows × cols matrix, or null when nothing is inside. */
export function clipRect(rect: CellRect | null | undefined, rows: number, cols: number): CellRect | null {
  if (!rect) return null;
  const top = Math.max(0, rect.row);
  const left = Math.max(0, rect.col);
  const bottom = Math.min(rows, rect.row + rect.height);
  const right = Math.min(cols, rect.col + rect.width);
  return bottom > top && right > left ? { row: top, col: left, height: bottom - top, width: right - left } : null;
}

const samePosition = (a: CellPosition) => (b: CellPosition) => a.row === b.row && a.col === b.col;

/** The values of the data cells only, so padding zeros do not stretch the colour domain. */
function dataValues(values: MatrixSpec['values'], pads: Pads): CellValue[][] {
  return values
    .slice(pads.top, values.length - pads.bottom)
    .map((row) => row.slice(pads.left, row.length - pads.right));
}

export function buildMatrixModel(spec: MatrixSpec): MatrixModel {
  const rows = spec.values.length;
  const cols = rows > 0 ? spec.values[0].length : 0;
  const pads = spec.padded ?? NO_PADS;
  const windowCells = [...(spec.windowCells ?? [])];
  const marked = [...(spec.marked ?? [])];
  const domain = spec.domain ?? valueExtent(dataValues(spec.values, pads)) ?? [0, 0];
  const showLabels = spec.labels ?? true;

  const cells = spec.values.map((rowValues, row) =>
    rowValues.map((value, col): CellDatum => {
      const position = { row, col };
      const padding = isPaddingCell(pads, rows, cols, position);
      const paint = value === null || padding ? null : paintCell(spec.scale, domain, value);
      return {
        row,
        col,
        value,
        text: showLabels && value !== null ? formatNumber(value) : '',
        fill: paint?.fill ?? null,
        textColor: paint?.text ?? null,
        padding,
        inWindow: rectContains(spec.highlight, position) || windowCells.some(samePosition(position)),
        active: !!spec.active && samePosition(spec.active)(position),
        marked: marked.some(samePosition(position)),
      };
    }),
  );
  // Outlines are drawn only where there are cells; a window reaching outside is clipped.
  const inside = (c: CellPosition) => c.row >= 0 && c.row < rows && c.col >= 0 && c.col < cols;
  return {
    rows,
    cols,
    cells,
    highlight: clipRect(spec.highlight, rows, cols),
    windowCells: windowCells.filter(inside),
    active: spec.active && inside(spec.active) ? spec.active : null,
    marked: marked.filter(inside),
  };
}
