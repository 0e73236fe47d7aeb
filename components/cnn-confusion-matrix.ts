import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { select } from 'd3';
import { withThousands } from '../src/geometry';
import { formatPercent, tTrainer, type TrainerKey } from '../src/i18n/trainer';
import type { Params } from '../src/i18n';
import { renderConfusion, type ConfusionCell } from '../src/viz/render-confusion';
import { LangController } from './shared/lang';
import { jsonAttribute, UnparsedJson } from './shared/json-attribute';
import { confusionMatrixStyles } from './cnn-confusion-matrix.styles';

export interface ConfusionSelectDetail {
  truth: number;
  predicted: number;
  count: number;
}

/** `cnn-confusion-select`: a cell with mistakes was chosen (detail null: the choice was cleared). */
export class ConfusionSelectEvent extends Event {
  static readonly eventName = 'cnn-confusion-select';
  constructor(readonly detail: ConfusionSelectDetail | null) {
    super(ConfusionSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

const isCountMatrix = (value: unknown): value is number[][] =>
  Array.isArray(value) && value.length > 0 &&
  value.every((row) => Array.isArray(row) && row.length === value.length && row.every((n) => Number.isInteger(n) && n >= 0));

/**
 * A confusion matrix as an accessible table (src/viz/render-confusion.ts): rows are the
 * true classes, columns the predicted ones, counts printed, colour = share of the row.
 * Cells holding mistakes are buttons; choosing one fires cnn-confusion-select (a page
 * shows those mistakes), choosing it again clears the choice.
 *
 * @fires cnn-confusion-select - ConfusionSelectEvent with { truth, predicted, count } or null
 * @csspart container - the figure
 * @csspart caption - the caption above the table
 * @csspart table - the table
 * @csspart error - the message for a bad `matrix`
 * @cssproperty --cnn-confusion-cell - width of a cell (default 2.6em)
 */
@customElement('cnn-confusion-matrix')
export class CnnConfusionMatrix extends LitElement {
  static override styles = confusionMatrixStyles;

  /** Square JSON matrix of counts, counts[true][predicted]. */
  @property({ converter: jsonAttribute }) matrix: unknown = null;
  /** JSON list of class names (default 0, 1, 2 …). */
  @property({ converter: jsonAttribute }) labels: unknown = null;
  /** Caption above the table (defaults to an explanation of rows, columns and colour). */
  @property() caption = '';
  /** The chosen cell, { truth, predicted } (JSON), or null. */
  @property({ converter: jsonAttribute }) selected: unknown = null;
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @query('table') private table?: HTMLTableElement;
  private readonly langController = new LangController(this);

  private t(key: TrainerKey, params?: Params): string {
    return tTrainer(this.langController.value, key, params);
  }

  private get names(): string[] {
    const size = isCountMatrix(this.matrix) ? this.matrix.length : 0;
    const given = Array.isArray(this.labels) ? this.labels.map(String) : [];
    return Array.from({ length: size }, (_, i) => given[i] ?? String(i));
  }

  override render(): TemplateResult {
    if (!isCountMatrix(this.matrix)) {
      const detail = this.matrix instanceof UnparsedJson ? this.matrix.reason : 'expected a square list of rows of whole numbers ≥ 0';
      return html`<p part="error" class="error" role="alert">matrix: ${detail}</p>`;
    }
    return html`<figure part="container">
      <figcaption part="caption">${this.caption || this.t('confusionCaption')}</figcaption>
      <div class="scroll"><table part="table" @click=${this.handleClick}></table></div>
    </figure>`;
  }

  private cellLabel = (cell: ConfusionCell): string => {
    const names = this.names;
    return this.t('confusionCell', {
      truth: names[cell.truth], predicted: names[cell.predicted], count: withThousands(cell.count), share: formatPercent(cell.share, 1),
    });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.table || !isCountMatrix(this.matrix)) return;
    const chosen = this.selected as { truth?: unknown; predicted?: unknown } | null;
    renderConfusion(select(this.table), this.matrix, {
      labels: this.names,
      corner: this.t('confusionCorner'),
      cellLabel: this.cellLabel,
      formatCount: withThousands,
      selected: chosen && typeof chosen.truth === 'number' && typeof chosen.predicted === 'number' ? { truth: chosen.truth, predicted: chosen.predicted } : null,
    });
  }

  private handleClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button || !isCountMatrix(this.matrix)) return;
    const truth = Number(button.dataset.truth);
    const predicted = Number(button.dataset.predicted);
    const again = button.getAttribute('aria-pressed') === 'true';
    this.selected = again ? null : { truth, predicted };
    this.dispatchEvent(new ConfusionSelectEvent(again ? null : { truth, predicted, count: this.matrix[truth][predicted] }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-confusion-matrix': CnnConfusionMatrix;
  }
  interface GlobalEventHandlersEventMap {
    'cnn-confusion-select': ConfusionSelectEvent;
  }
}
