import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { select } from 'd3';
import { tTrainer, type TrainerKey } from '../src/i18n/trainer';
import type { Params } from '../src/i18n';
import { formatNumber } from '../src/viz/format';
import { chartDomains, renderLineChart, type LineSeries } from '../src/viz/render-line-chart';
import { LangController } from './shared/lang';
import { jsonAttribute, UnparsedJson } from './shared/json-attribute';
import { trainingChartStyles } from './cnn-training-chart.styles';

/** One curve: a label for the legend, points (x in epochs), and how it is drawn. */
export interface ChartSeries {
  label: string;
  points: readonly { x: number; y: number }[];
  /** 'line' (default) or 'points': a line through marked points, for per-epoch values. */
  kind?: 'line' | 'points';
  /** Palette slot 0 … 5; defaults to the series' position. */
  style?: number;
  dashed?: boolean;
}

const isSeriesList = (value: unknown): value is ChartSeries[] =>
  Array.isArray(value) &&
  value.every(
    (s) => typeof s === 'object' && s !== null && typeof s.label === 'string' && Array.isArray(s.points) &&
      s.points.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as { x: unknown }).x === 'number' && typeof (p as { y: unknown }).y === 'number'),
  );

/**
 * Loss or accuracy curves of a training run, drawn with d3 (src/viz/render-line-chart.ts):
 * per-batch lines and per-epoch marked lines against epochs, a legend, and a text summary
 * of the latest values for screen readers. Redraws whenever `series` is replaced, so a
 * page can feed it a few times a second.
 *
 * @csspart container - the figure
 * @csspart legend - the list of series
 * @csspart chart - the SVG
 * @csspart error - the message shown for a bad `series` attribute
 * @cssproperty --cnn-series-0 - colour of series 0 (also 1 … 5)
 */
@customElement('cnn-training-chart')
export class CnnTrainingChart extends LitElement {
  static override styles = trainingChartStyles;

  /** The curves (JSON attribute or property): [{ label, points: [{ x, y }], kind, style, dashed }]. */
  @property({ converter: jsonAttribute }) series: unknown = [];
  /** 'loss' (y from 0), 'accuracy' (y as percentages, at most 100 %), or 'value'. */
  @property({ reflect: true }) metric: 'loss' | 'accuracy' | 'value' = 'value';
  /** Title shown above the chart; defaults to "Loss" / "Accuracy" by metric. */
  @property() caption = '';
  /** The x axis reaches at least this far (e.g. the run's epochs), so curves grow into the frame. */
  @property({ type: Number, attribute: 'x-max' }) xMax = 1;
  /** Fixed lower end of the y axis (e.g. 0.8 to zoom into high accuracies); points below are clipped. */
  @property({ type: Number, attribute: 'y-min' }) yMin: number | null = null;
  /** Fixed upper end of the y axis. */
  @property({ type: Number, attribute: 'y-max' }) yMax: number | null = null;
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private width = 0;
  @query('svg.chart') private svgElement?: SVGSVGElement;

  private readonly langController = new LangController(this);
  /** Ids only need to be unique inside this element's shadow root. */
  private readonly clipId = 'plot-clip';
  private resizeObserver?: ResizeObserver;

  private t(key: TrainerKey, params?: Params): string {
    return tTrainer(this.langController.value, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** The validated curves ([] when the attribute is not a series list). */
  get curves(): ChartSeries[] {
    return isSeriesList(this.series) ? this.series : [];
  }

  private formatY = (v: number): string =>
    this.metric === 'accuracy' ? `${formatNumber(v * 100, (this.yMin ?? 0) > 0.5 ? 1 : 0)}%` : formatNumber(v, 2);

  override render(): TemplateResult {
    if (this.series instanceof UnparsedJson || !isSeriesList(this.series)) {
      const detail = this.series instanceof UnparsedJson ? this.series.reason : 'expected [{ "label", "points": [{ "x", "y" }] }]';
      return html`<p part="error" class="error" role="alert">series: ${detail}</p>`;
    }
    const title = this.caption || this.t(this.metric === 'accuracy' ? 'accuracyChart' : 'lossChart');
    const summary = this.summaryText();
    const empty = this.curves.every((s) => s.points.length === 0);
    return html`<figure part="container">
      <figcaption>
        <span class="title">${title}</span>
        <ul part="legend" class="legend" aria-label=${this.t('chartLegend')}>
          ${this.curves.map((s, i) => html`<li>${this.swatch(s, i)}${s.label}</li>`)}
        </ul>
      </figcaption>
      <div class="plot-box">
        <svg part="chart" class="chart" role="img" aria-label=${`${title}. ${summary}`}></svg>
        ${empty ? html`<p class="empty" aria-hidden="true">${this.t('chartEmpty')}</p>` : nothing}
      </div>
    </figure>`;
  }

  private swatch(s: ChartSeries, index: number): TemplateResult {
    const style = (s.style ?? index) % 6;
    return html`<svg class="swatch series-${style} ${s.dashed ? 'dashed' : ''}" width="26" height="12" aria-hidden="true">
      ${svg`<line x1="1" y1="6" x2="25" y2="6"></line>`}${s.kind === 'points' ? svg`<circle cx="13" cy="6" r="3.5"></circle>` : nothing}
    </svg>`;
  }

  /** "training: 0.12 at epoch 1.5; validation: …" — the newest point of each series. */
  private summaryText(): string {
    const parts = this.curves
      .filter((s) => s.points.length > 0)
      .map((s) => {
        const last = s.points[s.points.length - 1];
        return this.t('chartSummary', { label: s.label, value: this.formatY(last.y), x: formatNumber(last.x, 2) });
      });
    return parts.length > 0 ? parts.join('; ') : this.t('chartEmpty');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.svgElement;
    if (!target) return;
    const lines: LineSeries[] = this.curves.map((s, i) => ({
      key: `${i}:${s.label}`, points: s.points, kind: s.kind ?? 'line', styleIndex: s.style ?? i, dashed: s.dashed,
    }));
    const width = this.width || this.getBoundingClientRect().width || 480;
    const height = Math.round(Math.min(300, Math.max(190, width * 0.5)));
    const accuracy = this.metric === 'accuracy';
    const domains = chartDomains(lines, {
      xMin: this.xMax,
      yZero: this.metric !== 'value',
      yFloor: this.yMin ?? undefined,
      yCeiling: this.yMax ?? (accuracy ? 1 : undefined),
    });
    renderLineChart(select(target), lines, {
      width, height, xDomain: domains.x, yDomain: domains.y, clipId: this.clipId,
      xLabel: this.t('xEpoch'), yLabel: this.caption || this.t(accuracy ? 'accuracyChart' : 'lossChart'),
      formatX: (v) => formatNumber(v, 2), formatY: this.formatY,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-training-chart': CnnTrainingChart;
  }
}
