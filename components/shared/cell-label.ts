/**
 * The accessible name of a matrix cell: "row 0, column 1: −3, in the window" /
 * "0행 1열: −3, 창 안". Positions count from 0, like every position ConvLab prints: the
 * steppers' "Output (0, 1)", the traces and PyTorch's indexing.
 */
import type { Lang } from '../../src/i18n';
import { tCommon } from '../../src/i18n/common';
import { formatNumber } from '../../src/viz/format';
import type { CellDatum } from '../../src/viz/matrix-model';

/** `markLabel` names what a mark means here (e.g. "maximum"); default "marked". */
export function cellLabel(cell: CellDatum, lang: Lang, markLabel = ''): string {
  const value = cell.value === null ? tCommon(lang, 'matrixEmpty') : formatNumber(cell.value);
  const parts = [tCommon(lang, 'matrixCell', { row: cell.row, col: cell.col, value })];
  if (cell.padding) parts.push(tCommon(lang, 'matrixPadding'));
  if (cell.inWindow) parts.push(tCommon(lang, 'matrixWindow'));
  if (cell.active) parts.push(tCommon(lang, 'matrixActive'));
  if (cell.marked) parts.push(markLabel || tCommon(lang, 'matrixMarked'));
  return parts.join(', ');
}
