/**
 * Lesson 1's comparison of two small pictures, by picking cells only: which pixels differ,
 * and in how many cells each 3×3 patch differs. No arithmetic beyond counting, so what the
 * page says can be checked by eye on the grids beside it.
 */
export interface Cell {
  row: number;
  col: number;
}

/** Cells where two same-shaped matrices disagree, row by row. */
export function differingCells(a: number[][], b: number[][]): Cell[] {
  const cells: Cell[] = [];
  a.forEach((row, r) => row.forEach((value, c) => value !== b[r]?.[c] && cells.push({ row: r, col: c })));
  return cells;
}

/** For each k×k window (stride 1, no padding), how many of its cells differ between a and b. */
export function patchDifferences(a: number[][], b: number[][], k: number): number[][] {
  const rows = a.length - k + 1;
  const cols = (a[0]?.length ?? 0) - k + 1;
  return Array.from({ length: Math.max(rows, 0) }, (_, r) =>
    Array.from({ length: Math.max(cols, 0) }, (_, c) => {
      let count = 0;
      for (let m = 0; m < k; m++) for (let n = 0; n < k; n++) if (a[r + m][c + n] !== b[r + m][c + n]) count += 1;
      return count;
    }),
  );
}

/** A copy with cell (row, col) switched between 0 and 1. */
export function toggled(matrix: number[][], row: number, col: number): number[][] {
  return matrix.map((line, r) => line.map((value, c) => (r === row && c === col ? (value === 0 ? 1 : 0) : value)));
}

/** A 0/1 matrix of the given shape from an attribute's JSON text, else the fallback. */
export function binaryMatrixOr(text: string | null, fallback: number[][]): number[][] {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    const fits =
      Array.isArray(parsed) &&
      parsed.length === fallback.length &&
      parsed.every((row, r) => Array.isArray(row) && row.length === fallback[r].length && row.every((v) => v === 0 || v === 1));
    return fits ? (parsed as number[][]) : fallback;
  } catch {
    return fallback;
  }
}

/** URL rule for an editable 0/1 picture: canonical JSON of exactly rows × cols zeros and ones, else null. */
export function binaryGridText(text: string, rows: number, cols: number): string | null {
  const fallback = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const parsed = binaryMatrixOr(text, fallback);
  return parsed === fallback ? null : JSON.stringify(parsed);
}
