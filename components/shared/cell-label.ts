/**
 * The accessible name of a matrix cell: "row 1, column 2: −3, in the window" /
 * "1행 2열: −3, 창 안". Positions count from 1 because people read them.
 */
import type { Lang } from '../../src/i18n';
import { tCommon } from '../../src/i18n/common';
import { formatNumber } from '../../src/viz/format';
import type { CellDatum } from '../../src/viz/matrix-model';

/** `markLabel` names what a mark means here (e.g. "maximum"); default "marked". */
export function cellLabel(cell: CellDatum, lang: Lang, markLabel = ''): string {
  const value = cell.value === null ? tCommon(lang, 'matrixEmpty') : formatNumber(cell.value);
  const parts = [tCommon(lang, 'matrixCell', { row: cell.row + 1, col: cell.col + 1, value })];
  if (cell.padding) parts.push(tCommon(lang, 'matrixPadding'));
  if (cell.inWindow) parts.push(tCommon(lang, 'matrixWindow'));
  if (cell.active) parts.push(tCommon(lang, 'matrixActive'));
  if (cell.marked) parts.push(markLabel || tCommon(lang, 'matrixMarked'));
  return parts.join(', ');
}
