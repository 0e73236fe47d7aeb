import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { select } from 'd3';
import { tCommon } from '../src/i18n/common';
import type { Lang } from '../src/i18n';
import { MINUS, formatNumber, parseNumberText } from '../src/viz/format';
import { buildMatrixModel, type CellPosition, type CellRect, type CellValue, type MatrixSpec, type Pads } from '../src/viz/matrix-model';
import { renderMatrix, type MatrixLayout } from '../src/viz/render-matrix';
import type { ScaleKind } from '../src/viz/scales';
import { CellEditEvent, CellSelectEvent } from './shared/cell-events';
import { cellLabel } from './shared/cell-label';
import { gridMove } from './shared/grid-keys';
import { jsonAttribute, trueUnlessFalse } from './shared/json-attribute';
import { LangController } from './shared/lang';
import { checkMatrixInputs, type MatrixAxes, type MatrixProblem } from './shared/matrix-parse';
import { errorBox, hostBase, motionMs, themeTokens } from './shared/theme';
import { matrixStyles } from './cnn-matrix.styles';

export { CellEditEvent, CellSelectEvent };

/** Used until the cell size can be measured (e.g. inside a hidden slide). */
const FALLBACK_CELL_SIZE = 56;

/**
 * A matrix drawn as an SVG grid with d3: numbers on a colour scale, padding hatched, the
 * current window and the output cell being written outlined in one colour, marked cells
 * ringed. The building block of every stepper. Coordinates count from 0 in the drawn
 * matrix, padding rows/columns included.
 *
 * @fires cnn-cell-select - CellSelectEvent {row, col}: an interactive cell was clicked or chosen with Enter/Space.
 * @fires cnn-cell-edit - CellEditEvent {row, col, value, previous}: an edit was committed; cancelable.
 * @csspart caption - The visible title above the grid.
 * @csspart grid - The <svg role="grid">.
 * @csspart cell - Each cell; also named padding / window / active / marked / empty when they apply.
 * @csspart editor - The inline number input while editing.
 * @csspart error - The message shown instead of the grid for bad input.
 * @cssproperty --cnn-cell-size - Side of a cell (default 56px).
 * @cssproperty --cnn-font-size - Size of the numbers (default 0.38 × cell size).
 * @cssproperty --cnn-font-family - Font stack (system fonts with Korean fallbacks).
 * @cssproperty --cnn-window-color - Outline of the window and the active cell.
 */
@customElement('cnn-matrix')
export class CnnMatrix extends LitElement {
  static override styles = [themeTokens, hostBase, errorBox, matrixStyles];

  /** The numbers, row-major; null draws an empty cell. Attribute: JSON. */
  @property({ converter: jsonAttribute }) values: CellValue[][] = [];
  /** Colour scale: diverging (signed, 0 = white), sequential (viridis), grey, none. */
  @property({ reflect: true, useDefault: true }) scale: ScaleKind = 'diverging';
  /** Colour domain [low, high]; defaults to the data's extent. Fix it while a matrix fills. */
  @property({ converter: jsonAttribute }) domain: [number, number] | null = null;
  /** Print the numbers (labels="false" hides them; colours remain). */
  @property({ converter: trueUnlessFalse }) labels = true;
  /** Outer cells that are padding: a ring width, or {top, bottom, left, right}. */
  @property({ converter: jsonAttribute }) padded: Pads | number | null = null;
  /** The current window {row, col, height, width}. */
  @property({ converter: jsonAttribute }) highlight: CellRect | null = null;
  /** Cells outlined one by one, e.g. the cells a dilated window samples. */
  @property({ attribute: 'window-cells', converter: jsonAttribute }) windowCells: CellPosition[] = [];
  /** The output cell being written {row, col}. */
  @property({ converter: jsonAttribute }) active: CellPosition | null = null;
  /** Cells ringed by a marker, e.g. the winning cell of a max-pool window. */
  @property({ converter: jsonAttribute }) marked: CellPosition[] = [];
  /** What a screen reader calls a marked cell (default "marked"), e.g. "maximum". */
  @property({ attribute: 'mark-label' }) markLabel = '';
  /** Visible title above the grid and the grid's accessible name, e.g. "Input 5×5". */
  @property({ reflect: true, useDefault: true }) caption = '';
  /** One label per row, drawn left of the grid. Attribute: JSON. */
  @property({ attribute: 'row-labels', converter: jsonAttribute }) rowLabels: string[] | null = null;
  /** One label per column, drawn above the grid. Attribute: JSON. */
  @property({ attribute: 'col-labels', converter: jsonAttribute }) colLabels: string[] | null = null;
  /** Cells take focus (arrow keys move) and fire cnn-cell-select. */
  @property({ type: Boolean, reflect: true }) interactive = false;
  /** Double-click, Enter or F2 edits a cell; a commit fires cnn-cell-edit. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Forces a theme; without it the element follows prefers-color-scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private focusCell: CellPosition = { row: 0, col: 0 };
  @state() private editing: (CellPosition & { initial: string; invalid: boolean }) | null = null;
  @state() private editMessage = '';

  @query('svg') private svg!: SVGSVGElement | null;
  @query('.probe') private probe!: HTMLElement | null;
  @query('.editor') private editorInput!: HTMLInputElement | null;

  private readonly language = new LangController(this);
  private spec: (MatrixSpec & MatrixAxes) | null = null;
  private problem: MatrixProblem | null = null;
  private layout: MatrixLayout | null = null;
  private resizeObserver: ResizeObserver | undefined;
  private drawnCellSize = 0;
  private focusAfterRender = false;

  private get focusable(): boolean {
    return this.interactive || this.editable;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(): void {
    const checked = checkMatrixInputs(this);
    this.spec = checked.ok ? checked.value : null;
    this.problem = checked.ok ? null : checked.problem;
    const rows = this.spec?.values.length ?? 0;
    const cols = this.spec?.values[0]?.length ?? 0;
    const inside = (c: CellPosition) => c.row < rows && c.col < cols;
    if (!inside(this.focusCell)) this.focusCell = { row: 0, col: 0 };
    if (this.editing && (!this.editable || !inside(this.editing))) this.editing = null;
  }

  protected override render() {
    const lang = this.language.value;
    const probe = html`<div class="probe" aria-hidden="true"></div>`;
    if (this.problem) {
      const message = tCommon(lang, this.problem.key, this.problem.params);
      return html`${probe}<p class="error" part="error" role="alert">${message}</p>`;
    }
    const rows = this.spec?.values.length ?? 0;
    const cols = this.spec?.values[0]?.length ?? 0;
    const name = this.caption || tCommon(lang, 'matrixName', { shape: `${rows}×${cols}` });
    return html`${probe}
      ${this.caption ? html`<div class="caption" part="caption">${this.caption}</div>` : nothing}
      <div class="frame">
        <svg
          part="grid"
          role="grid"
          aria-label=${name}
          aria-readonly=${this.editable ? 'false' : 'true'}
          @click=${this.handleClick}
          @dblclick=${this.handleDoubleClick}
          @keydown=${this.handleKeydown}
        ></svg>
        ${this.renderEditor(lang)}
      </div>
      ${this.editMessage ? html`<p class="edit-message" role="alert">${this.editMessage}</p>` : nothing}`;
  }

  private renderEditor(lang: Lang) {
    const layout = this.layout;
    if (!this.editing || !layout) return nothing;
    const { row, col, initial, invalid } = this.editing;
    const size = layout.cellSize;
    const width = size * 1.6;
    const style = `left:${layout.originX + col * size - (width - size) / 2}px;top:${layout.originY + row * size}px;width:${width}px;height:${size}px`;
    return html`<input
      class="editor"
      part="editor"
      inputmode="decimal"
      autocomplete="off"
      style=${style}
      aria-label=${tCommon(lang, 'matrixEdit', { row, col })}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${initial}
      @keydown=${this.handleEditorKeydown}
      @blur=${this.handleEditorBlur}
    />`;
  }

  protected override updated(changed: PropertyValues): void {
    this.watchCellSize();
    if (!this.spec || !this.svg) return;
    const lang = this.language.value;
    this.drawnCellSize = this.measureCellSize();
    this.layout = renderMatrix(select(this.svg), buildMatrixModel(this.spec), {
      cellSize: this.drawnCellSize,
      rowLabels: this.spec.rowLabels,
      colLabels: this.spec.colLabels,
      durationMs: motionMs(),
      cellLabel: (cell) => cellLabel(cell, lang, this.markLabel),
      focusCell: this.focusable ? this.focusCell : null,
    });
    if (this.editing && changed.has('editing') && this.editorInput && !changed.get('editing')) {
      this.editorInput.focus();
      this.editorInput.select();
    }
    if (this.focusAfterRender && !this.editing) {
      this.focusAfterRender = false;
      this.cellElement(this.focusCell)?.focus();
    }
  }

  /**
   * The cell size in px as CSS resolved it; redraws when it changes (e.g. a slide is shown).
   * Layout width, not getBoundingClientRect: inside a transformed (scaled) reveal.js slide the
   * latter includes the scale, and the SVG would then be scaled twice.
   */
  private measureCellSize(): number {
    return this.probe?.offsetWidth || FALLBACK_CELL_SIZE;
  }

  private watchCellSize(): void {
    if (this.resizeObserver || !this.probe || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(() => {
      if (Math.abs(this.measureCellSize() - this.drawnCellSize) > 0.5) this.requestUpdate();
    });
    this.resizeObserver.observe(this.probe);
  }

  private cellElement({ row, col }: CellPosition): SVGGElement | null {
    return this.renderRoot.querySelector(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);
  }

  private cellFromEvent(event: Event): CellPosition | null {
    const target = (event.target as Element | null)?.closest?.('[role="gridcell"]');
    if (!target) return null;
    return { row: Number(target.getAttribute('data-row')), col: Number(target.getAttribute('data-col')) };
  }

  private handleClick(event: MouseEvent): void {
    const cell = this.cellFromEvent(event);
    if (!cell || !this.focusable) return;
    this.focusCell = cell;
    if (this.interactive) this.dispatchEvent(new CellSelectEvent(cell.row, cell.col));
  }

  private handleDoubleClick(event: MouseEvent): void {
    const cell = this.cellFromEvent(event);
    if (cell && this.editable) this.startEdit(cell);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (!this.focusable || !this.spec) return;
    const cell = this.cellFromEvent(event) ?? this.focusCell;
    const rows = this.spec.values.length;
    const cols = this.spec.values[0]?.length ?? 0;
    const next = gridMove(event.key, event.ctrlKey || event.metaKey, cell, rows, cols);
    let handled = true;
    if (next) {
      this.focusCell = next;
      this.focusAfterRender = true;
      // Same cell (an edge): nothing re-renders, so focus it now.
      if (next.row === cell.row && next.col === cell.col) this.cellElement(next)?.focus();
    } else if (this.editable && (event.key === 'Enter' || event.key === 'F2')) {
      this.startEdit(cell);
    } else if (this.interactive && (event.key === 'Enter' || event.key === ' ')) {
      this.focusCell = cell;
      this.dispatchEvent(new CellSelectEvent(cell.row, cell.col));
    } else {
      handled = false;
    }
    // Keys the grid uses stop here, so reveal.js does not change slides underneath.
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private startEdit(cell: CellPosition): void {
    const value = this.spec?.values[cell.row]?.[cell.col];
    if (value === undefined) return;
    this.focusCell = cell;
    this.editMessage = '';
    // Every digit kept (not formatNumber's 3 decimals), with the true minus sign the cell shows.
    const initial = value === null ? '' : String(value).replace(/^-/, MINUS);
    this.editing = { ...cell, initial, invalid: false };
  }

  private handleEditorKeydown(event: KeyboardEvent): void {
    // Every key belongs to the text field; none may reach reveal.js or the grid.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitEdit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.editMessage = '';
      this.closeEditor();
    }
  }

  private handleEditorBlur(): void {
    if (!this.editing) return;
    this.commitEdit();
    // Leaving with text that is not a number keeps the old value; the message stays.
    if (this.editing) this.editing = null;
  }

  private closeEditor(): void {
    this.editing = null;
    this.focusAfterRender = true;
  }

  private commitEdit(): void {
    const editing = this.editing;
    const input = this.editorInput;
    if (!editing || !input || !this.spec) return;
    const previous = this.spec.values[editing.row][editing.col];
    const value = parseNumberText(input.value);
    if (value === null) {
      const lang = this.language.value;
      this.editMessage =
        previous === null
          ? tCommon(lang, 'matrixEditInvalidEmpty', { text: input.value })
          : tCommon(lang, 'matrixEditInvalid', { text: input.value, value: formatNumber(previous) });
      this.editing = { ...editing, invalid: true };
      return;
    }
    this.editMessage = '';
    this.closeEditor();
    if (value === previous) return;
    if (this.dispatchEvent(new CellEditEvent(editing.row, editing.col, value, previous))) {
      this.values = this.spec.values.map((row, r) =>
        r === editing.row ? row.map((v, c) => (c === editing.col ? value : v)) : [...row],
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-matrix': CnnMatrix;
  }
  interface GlobalEventHandlersEventMap {
    'cnn-cell-select': CellSelectEvent;
    'cnn-cell-edit': CellEditEvent;
  }
}
