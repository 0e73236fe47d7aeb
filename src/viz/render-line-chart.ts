/**
 * Training curves: lines (per-batch values) and marked lines (per-epoch values) on
 * linear axes, drawn with d3 joins into an <svg>. Calling again with more points
 * updates in place without transitions (curves grow several times a second). Colours
 * come from CSS classes series-0 … series-5; dashes and point markers make the series
 * distinguishable without colour.
 */
import { axisBottom, axisLeft, line, scaleLinear, type Selection } from 'd3';

export interface LinePoint {
  x: number;
  y: number;
}

export interface LineSeries {
  /** Stable identity across updates. */
  key: string;
  points: readonly LinePoint[];
  /** 'line': a plain line; 'points': a line through marked points (epoch values). */
  kind: 'line' | 'points';
  /** Palette slot 0…5 (CSS class series-N). */
  styleIndex: number;
  dashed?: boolean;
}

export interface LineChartOptions {
  width: number;
  height: number;
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  formatX?: (value: number) => string;
  formatY?: (value: number) => string;
  /** id of the clip path (unique within the shadow root). */
  clipId?: string;
}

export const CHART_MARGIN = { top: 12, right: 14, bottom: 40, left: 56 };

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** A single <g class="name"> child of `parent` (name may hold several classes), created on first use. */
function group(parent: Svg | Selection<SVGGElement, null, SVGSVGElement, unknown>, name: string) {
  const selector = `:scope > g.${name.trim().split(/\s+/).join('.')}`;
  return (parent as Svg).selectAll<SVGGElement, null>(selector).data([null]).join('g').attr('class', name);
}

/**
 * x from 0 to the larger of `xMin` (e.g. the run's epochs, so curves grow into the frame)
 * and the data; y from the data, widened to `yFloor`/`yCeiling` when given, never empty.
 */
export function chartDomains(
  series: readonly LineSeries[],
  options: { xMin?: number; yFloor?: number; yCeiling?: number; yZero?: boolean } = {},
): { x: [number, number]; y: [number, number] } {
  let xMax = options.xMin ?? 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      xMax = Math.max(xMax, p.x);
      lo = Math.min(lo, p.y);
      hi = Math.max(hi, p.y);
    }
  }
  const empty = !(lo <= hi);
  if (options.yZero) lo = Math.min(empty ? 0 : lo, 0);
  if (options.yFloor !== undefined) lo = options.yFloor;
  if (options.yCeiling !== undefined) hi = options.yCeiling;
  if (empty && options.yZero) hi = Math.max(hi, options.yCeiling ?? 1);
  if (!(lo < hi)) {
    const centre = Number.isFinite(lo) ? lo : 0;
    [lo, hi] = [centre - 0.5, centre + 0.5];
    if (options.yZero && lo < 0) [lo, hi] = [0, hi - lo];
  }
  return { x: [0, xMax], y: [lo, hi] };
}

export function renderLineChart(svg: Svg, series: readonly LineSeries[], options: LineChartOptions): void {
  const { width, height } = options;
  const m = CHART_MARGIN;
  const innerWidth = Math.max(10, width - m.left - m.right);
  const innerHeight = Math.max(10, height - m.top - m.bottom);
  const x = scaleLinear().domain(options.xDomain).range([0, innerWidth]);
  const y = scaleLinear().domain(options.yDomain).range([innerHeight, 0]).nice();
  const clipId = options.clipId ?? 'cnn-chart-clip';
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);

  const clip = svg.selectAll('defs').data([null]).join('defs').selectAll('clipPath').data([null]).join('clipPath').attr('id', clipId);
  // A little room around the plot so markers on the edges are not cut in half.
  clip.selectAll('rect').data([null]).join('rect').attr('x', -4).attr('y', -4).attr('width', innerWidth + 8).attr('height', innerHeight + 8);

  const plot = group(svg, 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const xTicks = Math.max(2, Math.min(10, Math.floor(innerWidth / 70)));
  const yTicks = Math.max(2, Math.min(8, Math.floor(innerHeight / 40)));
  const fx = options.formatX ?? ((v: number) => String(v));
  const fy = options.formatY ?? ((v: number) => String(v));
  group(plot, 'grid')
    .selectAll('line')
    .data(y.ticks(yTicks))
    .join('line')
    .attr('x1', 0)
    .attr('x2', innerWidth)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d));
  group(plot, 'axis x-axis')
    .attr('transform', `translate(0,${innerHeight})`)
    .call(axisBottom(x).ticks(xTicks).tickFormat((d) => fx(Number(d))));
  group(plot, 'axis y-axis').call(axisLeft(y).ticks(yTicks).tickFormat((d) => fy(Number(d))));
  group(svg, 'x-label')
    .selectAll('text')
    .data([options.xLabel])
    .join('text')
    .attr('x', m.left + innerWidth / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  group(svg, 'y-label')
    .selectAll('text')
    .data([options.yLabel])
    .join('text')
    .attr('transform', `translate(14,${m.top + innerHeight / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);

  const curves = group(plot, 'curves').attr('clip-path', `url(#${clipId})`);
  const path = line<LinePoint>().x((p) => x(p.x)).y((p) => y(p.y));
  const finite = (s: LineSeries) => s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const seriesGroups = curves
    .selectAll<SVGGElement, LineSeries>(':scope > g.series')
    .data(series, (s) => s.key)
    .join('g')
    .attr('class', (s) => `series series-${s.styleIndex % 6} ${s.kind}${s.dashed ? ' dashed' : ''}`)
    .attr('data-key', (s) => s.key);
  seriesGroups
    .selectAll('path')
    .data((s) => [finite(s)])
    .join('path')
    .attr('d', (points) => path(points) ?? '');
  seriesGroups
    .selectAll('circle')
    .data((s) => (s.kind === 'points' ? finite(s) : []))
    .join('circle')
    .attr('cx', (p) => x(p.x))
    .attr('cy', (p) => y(p.y))
    .attr('r', 4);
}
