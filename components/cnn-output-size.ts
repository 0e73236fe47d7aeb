import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { select } from 'd3';
import { outputSize, type OutputSize } from '../src/geometry';
import { localiseOutputSizeReason, tWidget, type WidgetKey } from '../src/i18n/widgets';
import type { Lang } from '../src/i18n';
import { formatNumber } from '../src/viz/format';
import { LangController } from './shared/lang';
import { outputSizeLayout, renderOutputSizeDiagram, type OutputSizeLayout } from './cnn-output-size-diagram';
import { outputSizeStyles } from './cnn-output-size.styles';

type PaddingName = 'valid' | 'same' | 'full';
const PADDING_NAMES: readonly PaddingName[] = ['valid', 'same', 'full'];
/** Beyond these the 1D diagram would be too small to read; the numbers are still shown. */
const DIAGRAM_MAX_CELLS = 48;
const DIAGRAM_MAX_WINDOWS = 32;

export interface OutputSizeChangeDetail {
  kind: 'output-size';
  w: number;
  k: number;
  p: string;
  s: number;
  d: number;
  /** geometry's outputSize result, or null when the values are invalid. */
  result: OutputSize | null;
  /** Why there is no result (in the element's language), else null. */
  error: string | null;
}

/** Fired after the reader changes a value; `detail` carries the values and the result. */
export class OutputSizeChangeEvent extends Event {
  static readonly eventName = 'cnn-change';
  constructor(readonly detail: OutputSizeChangeDetail) {
    super(OutputSizeChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

type NumberKey = 'w' | 'k' | 's' | 'd';

/**
 * Output size of a convolution along one axis, O = ⌊(W − K_eff + 2P) / S⌋ + 1, with the
 * values substituted, a flag and explanation when the quotient is not a whole number,
 * and a 1D diagram of padding, windows and dropped cells. All arithmetic is src/geometry's.
 *
 * @fires cnn-change - OutputSizeChangeEvent after the reader edits a value.
 * @csspart panel - the whole element's box
 * @csspart controls - the W, K, P, S, D inputs
 * @csspart output - everything below/right of the controls
 * @csspart formula - the formula in symbols and with values
 * @csspart substituted - the formula with the values put in (from geometry)
 * @csspart result - "Output size O = …"
 * @csspart note - the whole-number / floor explanation
 * @csspart details - dilated kernel and resolved padding
 * @csspart figure - the diagram with its legend
 * @csspart diagram - the SVG
 * @csspart legend - the diagram's legend
 * @csspart error - the reason shown for invalid values
 * @cssproperty --cnn-font-size - text size
 * @cssproperty --cnn-cell-size - size of a diagram cell (theme token)
 * @cssproperty --cnn-output-size-diagram-unit - size of one SVG unit (a cell is 32 units), overrides the cell size
 */
@customElement('cnn-output-size')
export class CnnOutputSize extends LitElement {
  static override styles = outputSizeStyles;

  /** Input size W. */
  @property({ type: Number, reflect: true, useDefault: true }) w = 7;
  /** Kernel size K. */
  @property({ type: Number, reflect: true, useDefault: true }) k = 3;
  /** Padding P: a whole number or 'valid', 'same', 'full'. */
  @property({ reflect: true, useDefault: true }) p = '0';
  /** Stride S. */
  @property({ type: Number, reflect: true, useDefault: true }) s = 2;
  /** Dilation D. */
  @property({ type: Number, reflect: true, useDefault: true }) d = 1;
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private result: OutputSize | null = null;
  @state() private layout: OutputSizeLayout | null = null;
  @state() private reason: string | null = null;
  /** The last numeric padding, restored when the reader goes back from 'same' to a number. */
  @state() private lastNumericPadding = 0;

  @query('svg[part="diagram"]') private diagram?: SVGSVGElement;

  private readonly langController = new LangController(this);

  private get language(): Lang {
    return this.langController.value;
  }

  private t(key: WidgetKey, params?: Record<string, string | number>): string {
    return tWidget(this.language, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Defaults are not reflected (useDefault), so they are not in `changed` on the first update.
    if (this.hasUpdated && !['w', 'k', 'p', 's', 'd'].some((key) => changed.has(key as keyof CnnOutputSize))) return;
    const padding = parsePadding(this.p);
    if (typeof padding === 'number' && Number.isFinite(padding)) this.lastNumericPadding = padding;
    try {
      if (Number.isNaN(padding)) throw new RangeError(`padding must be a non-negative integer, got ${this.p}`);
      const result = outputSize({ input: this.w, kernel: this.k, stride: this.s, padding, dilation: this.d });
      this.result = result;
      this.reason = null;
      this.layout = outputSizeLayout({
        input: this.w,
        padBefore: result.padBefore,
        padAfter: result.padAfter,
        kernel: this.k,
        dilation: this.d,
        stride: this.s,
        size: result.size,
      });
    } catch (error) {
      this.result = null;
      this.layout = null;
      this.reason = error instanceof Error ? error.message : String(error);
    }
  }

  protected override updated(): void {
    if (this.diagram && this.layout) renderOutputSizeDiagram(select(this.diagram), this.layout);
  }

  override render(): TemplateResult {
    const error = this.reason === null ? null : this.t('osError', { reason: localiseOutputSizeReason(this.language, this.reason) });
    return html`<div part="panel">
      <fieldset part="controls">
        ${this.renderNumber('w', 'osInput', 1, 32)} ${this.renderNumber('k', 'osKernel', 1, 11)} ${this.renderPadding()}
        ${this.renderNumber('s', 'osStride', 1, 8)} ${this.renderNumber('d', 'osDilation', 1, 4)}
      </fieldset>
      <div part="output">
        ${error === null ? this.renderResult() : html`<p part="error" class="error" role="alert">${error}</p>`}
      </div>
      <div class="sr-only" aria-live="polite">${error ?? this.t('osAnnounce', { size: this.result?.size ?? '' })}</div>
    </div>`;
  }

  private renderNumber(key: NumberKey, label: WidgetKey, min: number, max: number): TemplateResult {
    const value = this[key];
    const text = Number.isFinite(value) ? String(value) : '';
    return html`<label for="${key}-number">${this.t(label)}</label>
      <input id="${key}-number" type="number" step="1" .value=${text} @input=${(e: Event) => this.handleNumber(key, e)} />
      <input
        type="range"
        min=${min}
        max=${max}
        step="1"
        aria-label=${this.t(label)}
        .value=${text}
        @input=${(e: Event) => this.handleNumber(key, e)}
      />`;
  }

  private renderPadding(): TemplateResult {
    const named = PADDING_NAMES.includes(this.p as PaddingName);
    const numberText = named ? String(this.lastNumericPadding) : this.p;
    // One box for the number and the type, so the type drops under the number when narrow.
    return html`<label for="p-number">${this.t('osPadding')}</label>
      <div class="padding-inputs">
        <input id="p-number" type="number" step="1" .value=${numberText} ?disabled=${named} @input=${this.handlePaddingNumber} />
        <select aria-label=${this.t('osPaddingMode')} @change=${this.handlePaddingMode}>
          <option value="number" ?selected=${!named}>${this.t('osPaddingNumber')}</option>
          <option value="valid" ?selected=${this.p === 'valid'}>${this.t('osPaddingValid')}</option>
          <option value="same" ?selected=${this.p === 'same'}>${this.t('osPaddingSame')}</option>
          <option value="full" ?selected=${this.p === 'full'}>${this.t('osPaddingFull')}</option>
        </select>
      </div>`;
  }

  private renderResult(): TemplateResult | typeof nothing {
    const result = this.result;
    const layout = this.layout;
    if (!result || !layout) return nothing;
    const body = `${this.w} − ${result.effectiveKernel} + ${result.padBefore + result.padAfter}`;
    const quotient = { body, s: this.s, q: formatNumber(result.quotient) };
    const tooLarge = layout.cells.length > DIAGRAM_MAX_CELLS || layout.windows.length > DIAGRAM_MAX_WINDOWS;
    return html`<dl part="formula">
        <dt>${this.t('osFormula')}</dt>
        <dd>${result.formula}</dd>
        <dt>${this.t('osSubstituted')}</dt>
        <dd part="substituted">${result.substituted}</dd>
      </dl>
      <p part="result">${this.t('osResult', { size: result.size })}</p>
      <p part="note" class=${result.isInteger ? 'ok' : 'warn'}>
        ${result.isInteger
          ? this.t('osInteger', quotient)
          : html`${this.t('osNonInteger', { ...quotient, floor: Math.floor(result.quotient), dropped: layout.dropped })}
            ${this.p === 'same' ? nothing : this.t('osSameHint')}`}
      </p>
      <p part="details">
        ${this.d > 1 ? html`${this.t('osEffective', { keff: result.effectiveKernel })} · ` : nothing}
        ${this.t('osResolvedPadding', { before: result.padBefore, after: result.padAfter })}
      </p>
      <figure part="figure">
        ${tooLarge
          ? html`<p class="note-muted">${this.t('osDiagramTooLarge', { cells: DIAGRAM_MAX_CELLS, windows: DIAGRAM_MAX_WINDOWS })}</p>`
          : html`<svg
                part="diagram"
                role="img"
                aria-label=${this.t('osDiagram')}
                style="--_diagram-width: ${32 * (layout.cells.length + 1) + 4}"
              ></svg>
              ${this.renderLegend(layout.dropped > 0)}`}
      </figure>`;
  }

  private renderLegend(showDropped: boolean): TemplateResult {
    const item = (kind: string, label: WidgetKey) => html`<li><span class="swatch ${kind}"></span>${this.t(label)}</li>`;
    return html`<ul part="legend">
      ${item('input', 'osLegendInput')} ${item('padding', 'osLegendPadding')}
      ${showDropped ? item('dropped', 'osLegendDropped') : nothing} ${item('window', 'osLegendWindow')}
    </ul>`;
  }

  private handleNumber(key: NumberKey, event: Event): void {
    this[key] = (event.target as HTMLInputElement).valueAsNumber;
    void this.announceChange();
  }

  private handlePaddingNumber(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.p = value === '' ? 'NaN' : value;
    void this.announceChange();
  }

  private handlePaddingMode(event: Event): void {
    const mode = (event.target as HTMLSelectElement).value;
    this.p = mode === 'number' ? String(this.lastNumericPadding) : mode;
    void this.announceChange();
  }

  /** Fires cnn-change once the new values have been computed. */
  private async announceChange(): Promise<void> {
    await this.updateComplete;
    const error = this.reason === null ? null : localiseOutputSizeReason(this.language, this.reason);
    this.dispatchEvent(
      new OutputSizeChangeEvent({ kind: 'output-size', w: this.w, k: this.k, p: this.p, s: this.s, d: this.d, result: this.result, error }),
    );
  }
}

/** 'same' stays a name; '2' becomes 2; anything else becomes NaN (reported as a reason). */
function parsePadding(text: string): number | PaddingName {
  const trimmed = (text ?? '').trim();
  if (PADDING_NAMES.includes(trimmed as PaddingName)) return trimmed as PaddingName;
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-output-size': CnnOutputSize;
  }
}
