/**
 * Draws a matrix model into an <svg> with d3 joins: cells (role=row / role=gridcell,
 * each a rect + number), padding hatched, a marker ring for marked cells, and outlines
 * for the window and the active cell in one colour. Calling it again with new data
 * updates in place; only the outlines move with a transition, so a stepper's window
 * glides while numbers never blur.
 *
 * Colours come from CSS classes (theme tokens) except scale colours, which are inline
 * styles so that they win over those classes.
 */
import type { Selection } from 'd3';
// selection.transition() / interrupt() are added to d3-selection by this module's side
// effect. Imported directly because d3's bundle is marked side-effect free, so a
// production build would otherwise drop it and moving a window would throw.
import 'd3-transition';
import type { CellDatum, CellPosition, CellRect, MatrixModel } from './matrix-model';

export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

export interface RenderMatrixOptions {
  /** Side of one cell in px. */
  cellSize: number;
  rowLabels?: readonly string[] | null;
  colLabels?: readonly string[] | null;
  /** Outline transition length; 0 = jump (reduced motion). Kept ≤ 300 ms by callers. */
  durationMs?: number;
  /** Accessible name of a cell, e.g. "row 1, column 2: −3". */
  cellLabel?: (cell: CellDatum) => string;
  /** The one cell in the tab order (roving tabindex); null leaves cells unfocusable. */
  focusCell?: CellPosition | null;
  /** id of the hatch pattern; unique per shadow root is enough. */
  hatchId?: string;
}

/** Where things are in the SVG, in px; also used to place an editor over a cell. */
export interface MatrixLayout {
  cellSize: number;
  originX: number;
  originY: number;
  width: number;
  height: number;
  outlineWidth: number;
}

export function matrixLayout(
  rows: number,
  cols: number,
  { cellSize, rowLabels, colLabels }: Pick<RenderMatrixOptions, 'cellSize' | 'rowLabels' | 'colLabels'>,
): MatrixLayout {
  const outlineWidth = Math.max(3, Math.round(cellSize / 14));
  // Room for the outline's dark halo around border cells, so it is never clipped.
  const margin = Math.ceil((outlineWidth + 3) / 2) + 1;
  const originX = margin + (rowLabels?.length ? cellSize : 0);
  const originY = margin + (colLabels?.length ? Math.round(cellSize * 0.6) : 0);
  return {
    cellSize,
    originX,
    originY,
    width: originX + cols * cellSize + margin,
    height: originY + rows * cellSize + margin,
    outlineWidth,
  };
}

const defaultLabel = (cell: CellDatum): string => `row ${cell.row + 1}, column ${cell.col + 1}: ${cell.text}`;

/** Characters that fit a cell at the full font size (--cnn-font-size = 0.38 × cell). */
const FITTING_CHARS = 4;

/** Longer numbers ("−0.75", "1234.5") shrink to stay inside their cell; null = full size. */
export function fitFontSize(text: string): string | null {
  if (text.length <= FITTING_CHARS) return null;
  return `calc(var(--_font-size) * ${(FITTING_CHARS / text.length).toFixed(3)})`;
}

function cellStates(cell: CellDatum): string[] {
  const states: string[] = [];
  if (cell.padding) states.push('padding');
  if (cell.inWindow) states.push('window');
  if (cell.active) states.push('active');
  if (cell.marked) states.push('marked');
  if (cell.value === null) states.push('empty');
  return states;
}

/** A single <g class=name> child, created on first use. */
function layer<P extends Element>(parent: Selection<P, unknown, null, undefined>, name: string) {
  return parent
    .selectAll<SVGGElement, null>(`:scope > g.${name}`)
    .data([null])
    .join('g')
    .attr('class', name);
}

function drawHatch(svg: SvgSelection, id: string): void {
  const pattern = svg
    .selectAll('defs')
    .data([null])
    .join('defs')
    .selectAll<SVGPatternElement, null>('pattern')
    .data([null])
    .join((enter) => {
      const p = enter.append('pattern');
      p.append('rect').attr('class', 'hatch-bg').attr('width', 8).attr('height', 8);
      p.append('line').attr('class', 'hatch-line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 8);
      return p;
    });
  pattern
    .attr('id', id)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 8)
    .attr('height', 8)
    .attr('patternTransform', 'rotate(45)');
}

function drawCells(svg: SvgSelection, model: MatrixModel, layout: MatrixLayout, options: RenderMatrixOptions): void {
  const size = layout.cellSize;
  const label = options.cellLabel ?? defaultLabel;
  const focus = options.focusCell ?? null;
  const hatch = `url(#${options.hatchId ?? 'cnn-hatch'})`;
  const rows = layer(svg, 'cells')
    .attr('transform', `translate(${layout.originX},${layout.originY})`)
    .selectAll<SVGGElement, CellDatum[]>(':scope > g.row')
    .data(model.cells)
    .join('g')
    .attr('class', 'row')
    .attr('role', 'row');
  const cells = rows
    .selectAll<SVGGElement, CellDatum>(':scope > g.cell')
    .data((row) => row)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('class', 'cell-bg');
      g.append('text').attr('class', 'cell-value');
      // Keyboard focus: a light halo under a dark dashed ring, visible on any fill.
      g.append('rect').attr('class', 'focus-halo');
      g.append('rect').attr('class', 'focus-ring');
      return g;
    })
    .attr('class', (d) => ['cell', ...cellStates(d)].join(' '))
    .attr('part', (d) => ['cell', ...cellStates(d)].join(' '))
    .attr('role', 'gridcell')
    .attr('data-row', (d) => d.row)
    .attr('data-col', (d) => d.col)
    .attr('aria-label', label)
    .attr('tabindex', (d) => (focus === null ? null : d.row === focus.row && d.col === focus.col ? 0 : -1))
    .attr('transform', (d) => `translate(${d.col * size},${d.row * size})`);
  cells
    .select('rect.cell-bg')
    .attr('width', size)
    .attr('height', size)
    .style('fill', (d) => (d.padding ? hatch : d.fill));
  cells
    .select('text.cell-value')
    .attr('x', size / 2)
    .attr('y', size / 2)
    .style('fill', (d) => d.textColor)
    .style('font-size', (d) => fitFontSize(d.text))
    .text((d) => d.text);
  const inset = Math.max(3, size / 12);
  cells
    .selectAll('rect.focus-halo, rect.focus-ring')
    .attr('x', inset)
    .attr('y', inset)
    .attr('width', size - 2 * inset)
    .attr('height', size - 2 * inset);
  // A ring around the number: a shape, so "marked" never depends on hue alone.
  cells
    .selectAll<SVGCircleElement, CellDatum>('circle.mark')
    .data((d) => (d.marked ? [d] : []))
    .join('circle')
    .attr('class', 'mark')
    .attr('cx', size / 2)
    .attr('cy', size / 2)
    .attr('r', size * 0.4)
    .attr('stroke-width', Math.max(2, size / 18))
    .style('stroke', (d) => d.textColor);
}

/** One outline per rect: a dark halo under a coloured line, readable on any fill. */
function drawOutlines(
  overlay: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  name: string,
  rects: readonly CellRect[],
  layout: MatrixLayout,
  durationMs: number,
  inset = 0,
): void {
  const size = layout.cellSize;
  const place = (r: CellRect) => `translate(${r.col * size + inset},${r.row * size + inset})`;
  const groups = overlay
    .selectAll<SVGGElement, CellRect>(`:scope > g.${name.split(' ')[0]}`)
    .data(rects)
    .join(
      (enter) => {
        const g = enter.append('g').attr('transform', place);
        g.append('rect').attr('class', 'halo');
        g.append('rect').attr('class', 'line');
        return g;
      },
      (update) => {
        if (durationMs > 0) update.transition().duration(durationMs).attr('transform', place);
        else update.interrupt().attr('transform', place);
        return update;
      },
    )
    .attr('class', `outline ${name}`);
  for (const [part, extra] of [['halo', 3], ['line', 0]] as const) {
    groups
      .select(`rect.${part}`)
      .attr('width', (r) => r.width * size - 2 * inset)
      .attr('height', (r) => r.height * size - 2 * inset)
      .attr('stroke-width', layout.outlineWidth + extra);
  }
}

/** Draws (or updates) the matrix and returns its layout. */
export function renderMatrix(svg: SvgSelection, model: MatrixModel, options: RenderMatrixOptions): MatrixLayout {
  const layout = matrixLayout(model.rows, model.cols, options);
  const duration = options.durationMs ?? 0;
  svg
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  drawHatch(svg, options.hatchId ?? 'cnn-hatch');

  const size = layout.cellSize;
  layer(svg, 'col-labels')
    .attr('aria-hidden', 'true')
    .selectAll('text')
    .data(options.colLabels ?? [])
    .join('text')
    .attr('x', (_, i) => layout.originX + (i + 0.5) * size)
    .attr('y', layout.originY - size * 0.3)
    .text((d) => d);
  layer(svg, 'row-labels')
    .attr('aria-hidden', 'true')
    .selectAll('text')
    .data(options.rowLabels ?? [])
    .join('text')
    .attr('x', layout.originX - size * 0.15)
    .attr('y', (_, i) => layout.originY + (i + 0.5) * size)
    .text((d) => d);

  drawCells(svg, model, layout, options);

  const overlay = layer(svg, 'overlay')
    .attr('aria-hidden', 'true')
    .attr('transform', `translate(${layout.originX},${layout.originY})`);
  const sampled = model.windowCells.map((c) => ({ ...c, height: 1, width: 1 }));
  drawOutlines(overlay, 'window-cell', sampled, layout, duration, layout.outlineWidth / 2 + 2);
  // With explicit sampled cells (dilation) the window's extent is drawn dashed, as context.
  const windowName = sampled.length > 0 ? 'window dashed' : 'window';
  drawOutlines(overlay, windowName, model.highlight ? [model.highlight] : [], layout, duration);
  const active = model.active ? [{ ...model.active, height: 1, width: 1 }] : [];
  drawOutlines(overlay, 'active', active, layout, duration);
  return layout;
}
