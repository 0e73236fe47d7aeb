/**
 * The 1D picture of <cnn-output-size>: one axis of the input with its padding cells
 * (hatched), every window position one row below the other, and the cells no window
 * reaches (dropped when the quotient is not a whole number) crossed out.
 * `outputSizeLayout` turns geometry's result into cells and windows; `renderOutputSizeDiagram`
 * draws them with d3 joins and nothing else, so it can be tested as SVG. The legend is HTML
 * in the element (its words wrap and scale with the page font).
 */
import type { Selection } from 'd3';

export interface OutputSizeDiagramInput {
  input: number;
  padBefore: number;
  padAfter: number;
  kernel: number;
  dilation: number;
  stride: number;
  /** Output size from geometry: the number of windows. */
  size: number;
}

export interface DiagramCell {
  /** Position along the padded axis, from 0. */
  position: number;
  kind: 'input' | 'padding';
  /** Index in the original input (−1 for padding). */
  inputIndex: number;
  /** True when no window covers this cell or any cell after it. */
  dropped: boolean;
}

export interface DiagramWindow {
  /** The output cell this window writes. */
  output: number;
  start: number;
  /** One past the last covered position. */
  end: number;
  /** Positions the kernel actually reads (every D-th cell when dilated). */
  taps: number[];
}

export interface OutputSizeLayout {
  cells: DiagramCell[];
  windows: DiagramWindow[];
  /** How many trailing cells no window reaches. */
  dropped: number;
  dilation: number;
}

/** Window i starts at i·S on the padded axis and spans K_eff = D·(K − 1) + 1 cells. */
export function outputSizeLayout(spec: OutputSizeDiagramInput): OutputSizeLayout {
  const padded = spec.padBefore + spec.input + spec.padAfter;
  const span = spec.dilation * (spec.kernel - 1) + 1;
  const windows = Array.from({ length: spec.size }, (_, output): DiagramWindow => {
    const start = output * spec.stride;
    const taps = Array.from({ length: spec.kernel }, (_, k) => start + k * spec.dilation);
    return { output, start, end: start + span, taps };
  });
  const covered = windows.length > 0 ? windows[windows.length - 1].end : 0;
  const cells = Array.from({ length: padded }, (_, position): DiagramCell => {
    const inputIndex = position - spec.padBefore;
    const isInput = inputIndex >= 0 && inputIndex < spec.input;
    return { position, kind: isInput ? 'input' : 'padding', inputIndex: isInput ? inputIndex : -1, dropped: position >= covered };
  });
  return { cells, windows, dropped: Math.max(0, padded - covered), dilation: spec.dilation };
}

export interface DiagramOptions {
  /** Side of one cell in SVG units. */
  cell?: number;
  /** Prefix for ids inside the SVG (the hatch pattern), unique within the shadow root. */
  idPrefix?: string;
}

type AnySvg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Draws the layout into an <svg>, replacing what the joins do not keep. */
export function renderOutputSizeDiagram(svg: AnySvg, layout: OutputSizeLayout, options: DiagramOptions = {}): void {
  const cell = options.cell ?? 32;
  const hatchId = `${options.idPrefix ?? 'os'}-hatch`;
  const margin = cell; // room on the left for the output index of each window
  const rowHeight = Math.round(cell * 0.6);
  const windowsTop = cell + 10;
  const width = margin + layout.cells.length * cell + 4;
  const height = windowsTop + layout.windows.length * rowHeight + 4;
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);

  const defs = svg.selectAll('defs').data([null]).join('defs');
  defs
    .selectAll('pattern')
    .data([hatchId])
    .join((enter) => {
      const pattern = enter.append('pattern').attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6);
      pattern.append('rect').attr('class', 'hatch-bg').attr('width', 6).attr('height', 6);
      pattern.append('path').attr('class', 'hatch-line').attr('d', 'M0,6 L6,0');
      return pattern;
    })
    .attr('id', (id) => id);

  const cells = svg
    .selectAll('g.cells')
    .data([null])
    .join('g')
    .attr('class', 'cells')
    .attr('transform', `translate(${margin},0)`);
  const cellGroups = cells
    .selectAll<SVGGElement, DiagramCell>('g.cell')
    .data(layout.cells, (d) => String(d.position))
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect');
      g.append('text');
      g.append('path').attr('class', 'cross');
      return g;
    })
    .attr('class', (d) => `cell ${d.kind}${d.dropped ? ' dropped' : ''}`)
    .attr('transform', (d) => `translate(${d.position * cell},0)`);
  cellGroups
    .select('rect')
    .attr('width', cell)
    .attr('height', cell)
    .attr('fill', (d) => (d.kind === 'padding' ? `url(#${hatchId})` : null));
  cellGroups
    .select('text')
    .attr('x', cell / 2)
    .attr('y', cell / 2)
    .text((d) => (d.kind === 'input' ? String(d.inputIndex) : ''));
  cellGroups.select('path.cross').attr('d', (d) => (d.dropped ? `M4,4 L${cell - 4},${cell - 4} M${cell - 4},4 L4,${cell - 4}` : null));

  const windows = svg
    .selectAll('g.windows')
    .data([null])
    .join('g')
    .attr('class', 'windows')
    .attr('transform', `translate(0,${windowsTop})`);
  const windowGroups = windows
    .selectAll<SVGGElement, DiagramWindow>('g.window')
    .data(layout.windows, (d) => String(d.output))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'window');
      g.append('text').attr('class', 'window-index');
      g.append('rect').attr('class', 'window-span');
      return g;
    })
    .attr('transform', (d) => `translate(0,${d.output * rowHeight})`);
  windowGroups
    .select('text.window-index')
    .attr('x', margin - 6)
    .attr('y', rowHeight / 2)
    .text((d) => String(d.output));
  windowGroups
    .select('rect.window-span')
    .attr('x', (d) => margin + d.start * cell + 2)
    .attr('y', 2)
    .attr('width', (d) => (d.end - d.start) * cell - 4)
    .attr('height', rowHeight - 4)
    .attr('rx', 4);
  windowGroups
    .selectAll<SVGCircleElement, number>('circle.tap')
    .data((d) => (layout.dilation > 1 ? d.taps : []))
    .join('circle')
    .attr('class', 'tap')
    .attr('cx', (p) => margin + p * cell + cell / 2)
    .attr('cy', rowHeight / 2)
    .attr('r', Math.max(2, rowHeight / 6));
}
