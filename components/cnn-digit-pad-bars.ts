/**
 * The class-probability chart of <cnn-digit-pad>: one horizontal bar per digit with its
 * percentage, the most likely digit highlighted. A pure d3 render function; every bar
 * is a list item whose accessible name is its text ("7: 93 %").
 */
import type { Selection } from 'd3';

export interface ProbabilityBar {
  digit: number;
  probability: number;
  /** Accessible text, e.g. "7: 93 %, most likely". */
  label: string;
  best: boolean;
}

export interface BarLayout {
  width: number;
  rowHeight: number;
  /** Room for the digit on the left and the percentage on the right. */
  labelWidth: number;
  valueWidth: number;
}

export const BAR_LAYOUT: BarLayout = { width: 260, rowHeight: 26, labelWidth: 26, valueWidth: 60 };

/** "93 %": whole percents, as a class slide shows them. */
export function formatPercent(probability: number): string {
  return `${Math.round(probability * 100)} %`;
}

export function renderProbabilityBars(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  bars: ProbabilityBar[],
  layout: BarLayout = BAR_LAYOUT,
): void {
  const { width, rowHeight, labelWidth, valueWidth } = layout;
  const track = width - labelWidth - valueWidth;
  svg
    .attr('viewBox', `0 0 ${width} ${rowHeight * bars.length}`)
    .attr('role', 'list');
  svg
    .selectAll<SVGGElement, ProbabilityBar>('g.bar')
    .data(bars, (bar) => String(bar.digit))
    .join((enter) => {
      const row = enter.append('g').attr('class', 'bar').attr('role', 'listitem');
      row.append('text').attr('class', 'digit').attr('x', labelWidth / 2).attr('text-anchor', 'middle');
      row.append('rect').attr('class', 'track').attr('x', labelWidth).attr('rx', 3);
      row.append('rect').attr('class', 'fill').attr('x', labelWidth).attr('rx', 3);
      row.append('text').attr('class', 'value').attr('text-anchor', 'end');
      return row;
    })
    .attr('transform', (_, i) => `translate(0, ${i * rowHeight})`)
    .attr('aria-label', (bar) => bar.label)
    .classed('best', (bar) => bar.best)
    .call((row) => {
      row.select('text.digit').attr('y', rowHeight * 0.72).text((bar) => String(bar.digit));
      row
        .select('rect.track')
        .attr('y', rowHeight * 0.15)
        .attr('height', rowHeight * 0.7)
        .attr('width', track);
      row
        .select('rect.fill')
        .attr('y', rowHeight * 0.15)
        .attr('height', rowHeight * 0.7)
        .attr('width', (bar) => Math.max(0, Math.min(1, bar.probability)) * track);
      row
        .select('text.value')
        .attr('x', width - 2)
        .attr('y', rowHeight * 0.72)
        .text((bar) => formatPercent(bar.probability));
      // The text is the visual; screen readers get the list item's label instead.
      row.selectAll('text').attr('aria-hidden', 'true');
    });
}
