import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { select } from 'd3';
import { preprocessDigit, type PreprocessedDigit } from '../src/digits';
import type { Params } from '../src/i18n';
import { tModels, type ModelsKey } from '../src/i18n/models';
import { LangController } from './shared/lang';
import { UnparsedJson, jsonAttribute } from './shared/json-attribute';
import { formatPercent, renderProbabilityBars, type ProbabilityBar } from './cnn-digit-pad-bars';
import { DigitInputEvent, type DigitInputDetail } from './cnn-digit-pad-event';
import { PAD_PIXELS, paintDot, paintPreview, paintSegment, paintStroke, readInk, type Brush } from './cnn-digit-pad-ink';
import { SAMPLE_DIGITS } from './cnn-digit-pad-samples';
import { digitPadStyles } from './cnn-digit-pad.styles';

export type { DigitInputDetail } from './cnn-digit-pad-event';
export { DigitInputEvent } from './cnn-digit-pad-event';

/** Keys the focused pad handles itself (and keeps from a slide deck around it). */
const CLEAR_KEYS = new Set(['Delete', 'Backspace', 'Escape']);

/**
 * A pad to draw a digit on (mouse, pen or touch; a thick round brush), which turns the
 * drawing into an MNIST-like 28×28 input (src/digits: crop, scale to 20 px, centre of
 * mass at the centre), shows that input, and fires it for a model to classify. It runs
 * no model itself; a page can set `probabilities` to show the model's answer as bars.
 * Without a pointer: focus the pad and press 0–9 for a sample digit, Delete to clear.
 *
 * @fires cnn-digit-input - DigitInputEvent while drawing (throttled), at each stroke end, on clear and on a sample
 * @csspart container - the element's box
 * @csspart pad - the drawing canvas
 * @csspart controls - the clear and sample buttons
 * @csspart clear-button - the clear button
 * @csspart sample-button - the sample-digit button
 * @csspart preview - the 28×28 input figure (canvas + caption)
 * @csspart probabilities - the probability figure (prediction + chart)
 * @csspart prediction - "Prediction: 7 (93 %)"
 * @csspart chart - the SVG bar chart
 * @csspart error - the message for bad `probabilities`
 * @cssproperty --cnn-digit-pad-size - side of the drawing pad (default 280px, narrower on phones)
 * @cssproperty --cnn-font-size - text size
 */
@customElement('cnn-digit-pad')
export class CnnDigitPad extends LitElement {
  static override styles = digitPadStyles;

  /** Ten class probabilities (digits 0–9) to show as bars; null hides the chart. JSON as an attribute. */
  @property({ converter: jsonAttribute }) probabilities: unknown = null;
  /** Least time in ms between events while a stroke is being drawn. */
  @property({ type: Number, reflect: true }) throttle = 100;
  /** Brush width in pad pixels (the pad is 280 pixels across). */
  @property({ type: Number, reflect: true }) brush = 26;
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private hasInk = false;
  @state() private nextSample = 3;
  @state() private announcement = '';
  /** `probabilities` once checked: ten numbers, or why they cannot be shown. */
  @state() private checked: { ok: true; values: number[] } | { ok: false; detail: string } | null = null;

  @query('canvas[part="pad"]') private pad!: HTMLCanvasElement;
  @query('canvas.preview') private preview!: HTMLCanvasElement;
  @query('svg[part="chart"]') private chart?: SVGSVGElement;

  private latest: PreprocessedDigit | null = null;
  private activePointer: number | null = null;
  private lastPoint: [number, number] | null = null;
  private lastEmit = -Infinity;
  private readonly langController = new LangController(this);

  /** The last preprocessed input (a copy), or null before anything was drawn. */
  get input(): Float32Array | null {
    return this.latest && !this.latest.empty ? new Float32Array(this.latest.pixels) : null;
  }

  /** Wipes the pad and fires an empty input. */
  clear(): void {
    this.padContext.clearRect(0, 0, PAD_PIXELS, PAD_PIXELS);
    this.announcement = this.t('cleared');
    this.emit('clear', true);
  }

  /** Replaces the drawing with the built-in sample of `digit` (0–9) and fires it. */
  drawSample(digit: number): void {
    const strokes = SAMPLE_DIGITS[digit];
    if (!strokes) return;
    this.padContext.clearRect(0, 0, PAD_PIXELS, PAD_PIXELS);
    for (const stroke of strokes) paintStroke(this.padContext, stroke, this.currentBrush());
    this.nextSample = (digit + 1) % 10;
    this.announcement = this.t('drawn');
    this.emit('sample', true);
  }

  private t(key: ModelsKey, params?: Params): string {
    return tModels(this.langController.value, key, params);
  }

  private get padContext(): CanvasRenderingContext2D {
    return this.pad.getContext('2d', { willReadFrequently: true })!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('probabilities')) this.checked = checkProbabilities(this.probabilities);
  }

  protected override firstUpdated(): void {
    const preview = this.preview.getContext('2d');
    if (preview) paintPreview(preview, new Float32Array(28 * 28));
  }

  protected override updated(): void {
    const bars = this.bars();
    if (this.chart && bars) renderProbabilityBars(select(this.chart), bars);
  }

  override render(): TemplateResult {
    return html`<div part="container">
      <div class="pad-column">
        <div class="pad-frame">
          <canvas
            part="pad"
            width=${PAD_PIXELS}
            height=${PAD_PIXELS}
            tabindex="0"
            role="img"
            aria-label=${this.t('padLabel')}
            @pointerdown=${this.handlePointerDown}
            @pointermove=${this.handlePointerMove}
            @pointerup=${this.handlePointerEnd}
            @pointercancel=${this.handlePointerEnd}
            @keydown=${this.handleKeydown}
          ></canvas>
          ${this.hasInk ? nothing : html`<span class="hint" aria-hidden="true">${this.t('padHint')}</span>`}
        </div>
        <div part="controls">
          <button part="clear-button" aria-label=${this.t('clearLabel')} @click=${() => this.clear()}>${this.t('clear')}</button>
          <button part="sample-button" aria-label=${this.t('sampleLabel', { digit: this.nextSample })}
            @click=${() => this.drawSample(this.nextSample)}>${this.t('sample', { digit: this.nextSample })}</button>
        </div>
      </div>
      <figure part="preview">
        <canvas class="preview" width="28" height="28" role="img" aria-label=${this.t('previewLabel')}></canvas>
        <figcaption>${this.t('preview')}${this.hasInk ? nothing : html`<br /><span class="muted">${this.t('previewEmpty')}</span>`}</figcaption>
      </figure>
      ${this.renderProbabilities()}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderProbabilities(): TemplateResult | typeof nothing {
    if (this.checked && !this.checked.ok) {
      return html`<p part="error" class="error" role="alert">${this.t('errorProbabilities', { detail: this.checked.detail })}</p>`;
    }
    const best = this.bars()?.find((bar) => bar.best);
    if (!best) return nothing;
    return html`<figure part="probabilities">
      <figcaption part="prediction">${this.t('prediction', { digit: best.digit, percent: formatPercent(best.probability) })}</figcaption>
      <svg part="chart" aria-label=${this.t('probabilities')}></svg>
    </figure>`;
  }

  /** One bar per digit in the current language, the most likely one marked; null without probabilities. */
  private bars(): ProbabilityBar[] | null {
    if (!this.checked?.ok) return null;
    const values = this.checked.values;
    const top = values.indexOf(Math.max(...values));
    return values.map((probability, digit) => {
      const params = { digit, percent: formatPercent(probability) };
      return { digit, probability, best: digit === top, label: this.t(digit === top ? 'probabilityBest' : 'probabilityItem', params) };
    });
  }

  /** Brush colour from the theme: the canvas's CSS colour (ink is read from alpha, so any colour works). */
  private currentBrush(): Brush {
    return { width: this.brush, color: getComputedStyle(this.pad).color || '#000' };
  }

  private toPad(event: PointerEvent): [number, number] {
    const rect = this.pad.getBoundingClientRect();
    const scale = PAD_PIXELS / (rect.width || PAD_PIXELS);
    return [(event.clientX - rect.left) * scale, (event.clientY - rect.top) * scale];
  }

  private handlePointerDown(event: PointerEvent): void {
    if (this.activePointer !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    this.activePointer = event.pointerId;
    try {
      this.pad.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already-lifted pointer cannot be captured; drawing still works.
    }
    this.pad.focus({ preventScroll: true });
    this.lastPoint = this.toPad(event);
    paintDot(this.padContext, this.lastPoint[0], this.lastPoint[1], this.currentBrush());
    this.hasInk = true;
  }

  private handlePointerMove(event: PointerEvent): void {
    if (event.pointerId !== this.activePointer || this.lastPoint === null) return;
    const coalesced = event.getCoalescedEvents?.() ?? [];
    const brush = this.currentBrush();
    for (const point of coalesced.length > 0 ? coalesced : [event]) {
      const next = this.toPad(point);
      paintSegment(this.padContext, this.lastPoint, next, brush);
      this.lastPoint = next;
    }
    if (event.timeStamp - this.lastEmit >= this.throttle) {
      this.lastEmit = event.timeStamp;
      this.emit('drawing', false);
    }
  }

  private handlePointerEnd(event: PointerEvent): void {
    if (event.pointerId !== this.activePointer) return;
    this.activePointer = null;
    this.lastPoint = null;
    this.emit('stroke', true);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (/^[0-9]$/.test(event.key)) this.drawSample(Number(event.key));
    else if (CLEAR_KEYS.has(event.key)) this.clear();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  /** Preprocesses the pad, refreshes the preview and tells the page. */
  private emit(cause: DigitInputDetail['cause'], final: boolean): void {
    const result = preprocessDigit({ data: readInk(this.padContext), width: PAD_PIXELS, height: PAD_PIXELS });
    this.latest = result;
    this.hasInk = !result.empty || this.activePointer !== null;
    const preview = this.preview.getContext('2d');
    if (preview) paintPreview(preview, result.pixels);
    this.dispatchEvent(
      new DigitInputEvent({
        pixels: new Float32Array(result.pixels),
        empty: result.empty,
        final,
        cause,
        box: result.box,
        centreOfMass: result.centreOfMass,
      }),
    );
  }
}

/** Ten finite numbers in [0, 1] (with float slack), or a short description of what came instead. */
function checkProbabilities(value: unknown): { ok: true; values: number[] } | { ok: false; detail: string } | null {
  if (value === null || value === undefined) return null;
  const valid =
    Array.isArray(value) &&
    value.length === 10 &&
    value.every((p) => typeof p === 'number' && Number.isFinite(p) && p >= -1e-6 && p <= 1 + 1e-6);
  if (valid) return { ok: true, values: value as number[] };
  const detail = value instanceof UnparsedJson ? value.reason : JSON.stringify(value) ?? String(value);
  return { ok: false, detail: detail.length > 80 ? `${detail.slice(0, 80)}…` : detail };
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-digit-pad': CnnDigitPad;
  }
}
