/**
 * A confusion matrix as an HTML table drawn with d3 joins (a table reads well in screen
 * readers: each count is announced with its row and column headers). Rows are true
 * classes, columns predictions. Counts stay printed; the fill shows the count's share
 * of its row on viridis, through a square root so that a 1 % confusion is visible next
 * to a 99 % diagonal. Empty cells are left unfilled. Off-diagonal cells with mistakes
 * hold a button, so a page can show those mistakes.
 */
import type { Selection } from 'd3';
import { fillColor, textColorOn } from './scales';

export interface ConfusionCell {
  truth: number;
  predicted: number;
  count: number;
  /** count / row total (0 for an empty row). */
  share: number;
  fill: string | null;
  text: string | null;
  /** An off-diagonal cell with at least one mistake. */
  selectable: boolean;
}

/** Shares and colours of every cell, row by row. */
export function confusionCells(matrix: readonly (readonly number[])[]): ConfusionCell[][] {
  return matrix.map((row, truth) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((count, predicted) => {
      const share = total > 0 ? count / total : 0;
      const fill = count > 0 ? fillColor('sequential', [0, 1], Math.sqrt(share)) : null;
      return { truth, predicted, count, share, fill, text: fill && textColorOn(fill), selectable: count > 0 && truth !== predicted };
    });
  });
}

export interface ConfusionOptions {
  /** Class names, one per row/column. */
  labels: readonly string[];
  /** Text of the top-left header cell (e.g. "true \ predicted"). */
  corner: string;
  /** Accessible name of a cell's button and the tooltip of every cell. */
  cellLabel: (cell: ConfusionCell) => string;
  /** The cell whose button is pressed. */
  selected?: { truth: number; predicted: number } | null;
  /** Formats counts (thousands separators). */
  formatCount?: (count: number) => string;
}

type Table = Selection<HTMLTableElement, unknown, null, undefined>;

export function renderConfusion(table: Table, matrix: readonly (readonly number[])[], options: ConfusionOptions): void {
  const cells = confusionCells(matrix);
  const format = options.formatCount ?? ((n: number) => String(n));
  const header = table.selectAll('thead').data([null]).join('thead').selectAll('tr').data([null]).join('tr');
  header
    .selectAll<HTMLTableCellElement, string>('th')
    .data([options.corner, ...options.labels.slice(0, matrix.length)])
    .join('th')
    .attr('scope', (_, i) => (i === 0 ? null : 'col'))
    .attr('class', (_, i) => (i === 0 ? 'corner' : 'col-label'))
    .text((d) => d);

  const rows = table
    .selectAll('tbody')
    .data([null])
    .join('tbody')
    .selectAll<HTMLTableRowElement, ConfusionCell[]>('tr')
    .data(cells)
    .join('tr');
  rows
    .selectAll<HTMLTableCellElement, string>('th')
    .data((_, i) => [options.labels[i] ?? String(i)])
    .join('th')
    .attr('scope', 'row')
    .attr('class', 'row-label')
    .text((d) => d);
  const tds = rows
    .selectAll<HTMLTableCellElement, ConfusionCell>('td')
    .data((row) => row)
    .join('td')
    .attr('class', (c) => ['cell', c.truth === c.predicted ? 'diagonal' : '', c.count === 0 ? 'zero' : ''].filter(Boolean).join(' '))
    .attr('title', (c) => options.cellLabel(c))
    .style('background-color', (c) => c.fill)
    .style('color', (c) => c.text);
  // A button where there are mistakes to show; plain text elsewhere.
  tds.each(function (c) {
    const td = this as HTMLTableCellElement;
    if (!c.selectable) {
      td.textContent = format(c.count);
      return;
    }
    let button = td.querySelector('button');
    if (!button) {
      td.textContent = '';
      button = td.appendChild(td.ownerDocument.createElement('button'));
    }
    const pressed = options.selected?.truth === c.truth && options.selected?.predicted === c.predicted;
    button.type = 'button';
    button.textContent = format(c.count);
    button.dataset.truth = String(c.truth);
    button.dataset.predicted = String(c.predicted);
    button.setAttribute('aria-label', options.cellLabel(c));
    button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
  });
}
