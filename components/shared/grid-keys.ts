/**
 * Keyboard movement inside a grid of cells (WAI-ARIA grid pattern): arrows move one
 * cell, Home/End go to the row's ends, Ctrl+Home/End to the first/last cell, PageUp/
 * PageDown to the column's ends. Returns null for keys that do not move.
 */
import type { CellPosition } from '../../src/viz/matrix-model';

export function gridMove(
  key: string,
  ctrl: boolean,
  from: CellPosition,
  rows: number,
  cols: number,
): CellPosition | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    col: Math.min(cols - 1, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(from.row, cols - 1);
    case 'PageUp':
      return clamp(0, from.col);
    case 'PageDown':
      return clamp(rows - 1, from.col);
    default:
      return null;
  }
}
