import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  KERAS_CLASS_NAMES,
  MODELS,
  kerasShapeText,
  withThousands,
  type IntOrPair,
  type LayerConfig,
  type LayerConfigError,
  type LayerType,
  type ModelName,
  type ModelSummary,
} from '../src/geometry';
import type { Lang, Params } from '../src/i18n';
import { localiseLayerReason, tModels, type ModelsKey } from '../src/i18n/models';
import { LangController } from './shared/lang';
import { jsonAttribute } from './shared/json-attribute';
import { ADDABLE_TYPES, fieldsOf, insertLayer, moveLayer, newLayer, removeLayer, withField, type FieldKey } from './cnn-model-summary-edits';
import { evaluateLayers, layerInputShape, type Evaluation } from './cnn-model-summary-evaluate';
import { ModelChangeEvent, type ModelChangeDetail } from './cnn-model-summary-event';
import { explainRow } from './cnn-model-summary-explain';
import { renderSettings } from './cnn-model-summary-fields';
import { resolveSource, type SourceProblem } from './cnn-model-summary-source';
import { modelSummaryStyles } from './cnn-model-summary.styles';

export type { ModelChangeDetail } from './cnn-model-summary-event';
export { ModelChangeEvent } from './cnn-model-summary-event';

/**
 * Keras's model.summary() as a table (Layer (type) | Output Shape | Param #, then total,
 * trainable and non-trainable params), for a course model or any layer list. Every
 * Output Shape and Param # opens an explanation with the numbers substituted. With
 * `editable`, each layer's settings can be changed, layers added, moved and removed; the
 * summary follows live, and an impossible layer shows geometry's reason next to it while
 * every edit is kept. All arithmetic is src/geometry's.
 *
 * @fires cnn-model-change - ModelChangeEvent after every edit (valid or not)
 * @csspart container - the element's box
 * @csspart description - the course model's one-line description
 * @csspart table - the summary table
 * @csspart caption - the table caption with the input shape
 * @csspart header - the header row
 * @csspart row - one row per layer (also `row-error` on the layer that cannot work)
 * @csspart layer - the "name (Class)" cell; `shape`, `params`, `actions` the others
 * @csspart settings-row - with `editable`, the row under each layer holding its settings (cell part `settings`)
 * @csspart explanation - the row that explains a layer's output shape and Param #
 * @csspart error-row - the row under a layer holding its error
 * @csspart error - an error message (a layer's, the model's or a bad attribute's)
 * @csspart totals - the totals footer
 * @csspart field - one setting (label and input) in the editor
 * @csspart add - the add-layer and reset controls
 * @cssproperty --cnn-font-size - text size (defaults from --cnn-cell-size)
 */
@customElement('cnn-model-summary')
export class CnnModelSummary extends LitElement {
  static override styles = modelSummaryStyles;

  /** A course model from src/geometry's MODELS: lenet5, lenet5-classic, mlp, keras-a … keras-e, traffic-1d, alexnet. */
  @property({ reflect: true }) model: string | null = null;
  /** A JSON list of layer configs with TensorFlow.js names; used instead of `model` when given. */
  @property({ converter: jsonAttribute }) layers: unknown = null;
  /** JSON input shape, channels last without the batch axis; defaults to the model's or [28, 28, 1]. */
  @property({ attribute: 'input-shape', converter: jsonAttribute }) inputShape: unknown = null;
  /** Shows the layer editor. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Opens every row's explanation (for slides). */
  @property({ type: Boolean, reflect: true }) explain = false;
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private draft: LayerConfig[] = [];
  @state() private draftShape: number[] = [];
  @state() private sourceModel: ModelName | null = null;
  @state() private problem: SourceProblem | null = null;
  @state() private expanded: ReadonlySet<number> = new Set();
  @state() private addType: LayerType = 'conv2d';
  /** Insert position of "Add layer": 0 = at the start, n = after layer n. */
  @state() private addAt = -1;
  @state() private announcement = '';

  private original: LayerConfig[] = [];
  private evaluation: Evaluation = { names: [], rows: [], summary: null, error: null };
  /** A control to focus after the next render (buttons move with their layer). */
  private pendingFocus: string | null = null;
  private readonly langController = new LangController(this);

  /** The layer list as edited (a copy). */
  get currentLayers(): LayerConfig[] {
    return structuredClone(this.draft);
  }

  /** The summary of the current layers, or null when a layer cannot work. */
  get currentSummary(): ModelSummary | null {
    return this.evaluation.summary;
  }

  /** Why the current layers cannot work, or null. */
  get currentError(): LayerConfigError | null {
    return this.evaluation.error;
  }

  private t(key: ModelsKey, params?: Params): string {
    return tModels(this.langController.value, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('model') || changed.has('layers') || changed.has('inputShape')) {
      const source = resolveSource(this.model, this.layers, this.inputShape);
      this.problem = source.ok ? null : source.problem;
      this.original = source.ok ? source.layers : [];
      this.draftShape = source.ok ? source.inputShape : [];
      this.sourceModel = source.ok ? source.model : null;
      this.expanded = new Set();
      this.setDraft(structuredClone(this.original));
    }
  }

  protected override updated(): void {
    if (this.pendingFocus === null) return;
    this.renderRoot.querySelector<HTMLElement>(this.pendingFocus)?.focus();
    this.pendingFocus = null;
  }

  private setDraft(layers: LayerConfig[]): void {
    this.draft = layers;
    this.evaluation = evaluateLayers(layers, this.draftShape);
  }

  /** Applies an edit, keeps it whatever geometry says about it, and tells the page. */
  private commit(layers: LayerConfig[], action: ModelChangeDetail['action'], announcement = ''): void {
    this.setDraft(layers);
    this.announcement = announcement;
    const { summary, error } = this.evaluation;
    this.dispatchEvent(
      new ModelChangeEvent({
        action,
        layers: structuredClone(layers),
        inputShape: [...this.draftShape],
        valid: error === null,
        summary,
        error: error && { layerIndex: error.layerIndex, layerName: error.layerName, reason: error.reason, message: error.message },
      }),
    );
  }

  override render(): TemplateResult {
    const lang = this.langController.value;
    if (this.problem) {
      return html`<div part="container" @keydown=${this.handleKeydown}>
        <p part="error" class="error" role="alert">${this.t(this.problem.key, this.problem.params)}</p>
      </div>`;
    }
    const { summary, error } = this.evaluation;
    const columns = this.editable ? 4 : 3;
    const modelWide = error !== null && error.layerIndex < 0;
    return html`<div part="container" @keydown=${this.handleKeydown}>
      ${this.sourceModel ? html`<p part="description">${MODELS[this.sourceModel].description[lang]}</p>` : nothing}
      ${this.editable ? html`<p class="hint">${this.t('editorCaption')}</p>` : nothing}
      <div class="scroll">
        <table part="table">
          <caption part="caption">
            <span class="pinned"
              >${this.t('summaryCaption')} <span class="input-shape">${this.t('summaryInput', { shape: kerasShapeText(this.draftShape) })}</span></span
            >
          </caption>
          <thead>
            <tr part="header">
              <th scope="col">${this.t('colLayer')}</th>
              <th scope="col">${this.t('colOutputShape')}</th>
              <th scope="col" class="num">${this.t('colParams')}</th>
              ${this.editable ? html`<th scope="col">${this.t('colActions')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${this.draft.map((config, index) => this.renderLayer(config, index, columns, lang))}
          </tbody>
          <tfoot part="totals">${this.renderTotals(summary, columns)}</tfoot>
        </table>
      </div>
      ${modelWide && error
        ? html`<p part="error" class="error" role="alert">${this.t('errorModelWide', { name: error.layerName, reason: localiseLayerReason(lang, error.reason) })}</p>`
        : nothing}
      ${this.editable ? this.renderAdd() : nothing}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderLayer(config: LayerConfig, index: number, columns: number, lang: Lang): TemplateResult {
    const { rows, names, error } = this.evaluation;
    const row = rows[index];
    const name = names[index];
    const failed = error !== null && error.layerIndex === index;
    const input = layerInputShape(rows, index, this.draftShape);
    const explanation = row && input ? explainRow(row, input, lang) : null;
    const open = explanation !== null && (this.explain || this.expanded.has(index));
    const className = row?.className ?? KERAS_CLASS_NAMES[config.type] ?? String(config.type);
    const explainId = `explain-${index}`;
    const toggle = (text: string, what: ModelsKey, title: string) => html`<button
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${explainId}
      title=${title}
      @click=${() => this.handleToggle(index)}
    ><span class="marker" aria-hidden="true">${open ? '▾' : '▸'}</span>${text}<span class="sr-only">
        ${this.t('explainToggle', { what: this.t(what) })}</span></button>`;
    const withSettings = this.editable && fieldsOf(config.type).length > 0;
    return html`<tr part=${failed ? 'row row-error' : 'row'} class=${withSettings ? 'with-settings' : ''} data-index=${index}>
        <th scope="row" part="layer">${name} <span class="class-name">(${className})</span></th>
        <td part="shape" data-label=${this.t('colOutputShape')}>
          ${row && explanation ? toggle(row.outputShapeText, 'colOutputShape', explanation.shape.join('\n')) : this.t('notComputed')}
        </td>
        <td part="params" class="num" data-label=${this.t('colParams')}>
          ${row && explanation ? toggle(withThousands(row.params), 'colParams', explanation.params) : this.t('notComputed')}
        </td>
        ${this.editable ? html`<td part="actions">${this.renderActions(index, name)}</td>` : nothing}
      </tr>
      ${this.editable && fieldsOf(config.type).length > 0
        ? html`<tr part="settings-row" class=${failed ? 'failed' : ''}>
            <td colspan=${columns} part="settings">
              ${renderSettings(config, index, name, lang, (key, value) => this.handleField(index, key, value))}
            </td>
          </tr>`
        : nothing}
      ${explanation
        ? html`<tr part="explanation" id=${explainId} ?hidden=${!open}>
            <td colspan=${columns}>
              <div class="pinned">
                <span class="explain-label">${this.t('colOutputShape')}</span>
                <ul>
                  ${explanation.shape.map((line) => html`<li>${line}</li>`)}
                </ul>
                <p><span class="explain-label">${this.t('colParams')}</span> ${explanation.params}</p>
              </div>
            </td>
          </tr>`
        : nothing}
      ${failed && error
        ? html`<tr part="error-row">
            <td colspan=${columns}>
              <p part="error" class="error pinned" role="alert">
                ${this.t('errorLayer', { n: index + 1, name: error.layerName, reason: localiseLayerReason(lang, error.reason) })}
                ${this.editable ? html`<span class="keep">${this.t('errorKeepsEdits')}</span>` : nothing}
              </p>
            </td>
          </tr>`
        : nothing}`;
  }

  private renderActions(index: number, name: string): TemplateResult {
    const params = { n: index + 1, name };
    const last = this.draft.length - 1;
    return html`<span class="actions">
      <button data-action="up-${index}" aria-label=${this.t('moveUp', params)} title=${this.t('moveUp', params)}
        ?disabled=${index === 0} @click=${() => this.handleMove(index, index - 1)}>↑</button>
      <button data-action="down-${index}" aria-label=${this.t('moveDown', params)} title=${this.t('moveDown', params)}
        ?disabled=${index === last} @click=${() => this.handleMove(index, index + 1)}>↓</button>
      <button data-action="remove-${index}" aria-label=${this.t('remove', params)} title=${this.t('remove', params)}
        @click=${() => this.handleRemove(index)}>✕</button>
    </span>`;
  }

  private renderTotals(summary: ModelSummary | null, columns: number): TemplateResult {
    if (!summary) {
      return html`<tr><td colspan=${columns} class="muted">${this.t('totalsUnavailable')}</td></tr>`;
    }
    const line = (key: ModelsKey, n: number) => html`<tr><td colspan=${columns}>${this.t(key, { n: withThousands(n) })}</td></tr>`;
    return html`${line('totalParams', summary.totalParams)}${line('trainableParams', summary.trainableParams)}${line(
      'nonTrainableParams',
      summary.nonTrainableParams,
    )}`;
  }

  private renderAdd(): TemplateResult {
    const names = this.evaluation.names;
    const at = this.addAt < 0 || this.addAt > this.draft.length ? this.draft.length : this.addAt;
    return html`<div part="add">
      <label>${this.t('addType')}
        <select data-control="add-type" @change=${(e: Event) => (this.addType = (e.target as HTMLSelectElement).value as LayerType)}>
          ${ADDABLE_TYPES.map(({ type, label }) => html`<option value=${type} ?selected=${type === this.addType}>${this.t(label)}</option>`)}
        </select>
      </label>
      <label>${this.t('addWhere')}
        <select data-control="add-at" @change=${(e: Event) => (this.addAt = Number((e.target as HTMLSelectElement).value))}>
          <option value="0" ?selected=${at === 0 && this.draft.length > 0}>${this.t('addAtStart')}</option>
          ${names.slice(0, -1).map(
            (name, index) => html`<option value=${index + 1} ?selected=${at === index + 1}>${this.t('addAfter', { n: index + 1, name })}</option>`,
          )}
          <option value=${this.draft.length} ?selected=${at === this.draft.length}>${this.t('addAtEnd')}</option>
        </select>
      </label>
      <button data-action="add" @click=${() => this.handleAdd(at)}>${this.t('addLayer')}</button>
      <button data-action="reset" title=${this.t('resetLabel')} aria-label=${this.t('resetLabel')} @click=${this.handleReset}>
        ${this.t('resetLayers')}
      </button>
    </div>`;
  }

  private handleToggle(index: number): void {
    const next = new Set(this.expanded);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    this.expanded = next;
  }

  private handleField(index: number, key: FieldKey, value: number | IntOrPair | string): void {
    this.commit(
      this.draft.map((config, i) => (i === index ? withField(config, key, value) : config)),
      'edit',
    );
  }

  private handleAdd(at: number): void {
    const layers = insertLayer(this.draft, at, newLayer(this.addType));
    this.expanded = new Set();
    this.addAt = -1;
    this.commit(layers, 'add');
    this.announcement = this.t('layerAdded', { n: at + 1, name: this.evaluation.names[at] });
  }

  private handleRemove(index: number): void {
    const name = this.evaluation.names[index];
    this.expanded = new Set();
    this.commit(removeLayer(this.draft, index), 'remove', this.t('layerRemoved', { name }));
    const last = this.draft.length - 1;
    this.pendingFocus = last >= 0 ? `[data-action="remove-${Math.min(index, last)}"]` : '[data-action="add"]';
  }

  private handleMove(from: number, to: number): void {
    const name = this.evaluation.names[from];
    this.expanded = new Set();
    this.commit(moveLayer(this.draft, from, to), 'move', this.t('layerMoved', { name, n: to + 1 }));
    // Keep focus on the button that moved, unless the layer reached the end it was heading for.
    const direction = to < from ? 'up' : 'down';
    const atEdge = to === 0 || to === this.draft.length - 1;
    this.pendingFocus = `[data-action="${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}-${to}"]`;
  }

  private handleReset(): void {
    this.expanded = new Set();
    this.commit(structuredClone(this.original), 'reset', this.t('layersReset'));
  }

  /** Keys typed into the editor's inputs belong to them, not to a slide deck around the element. */
  private handleKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLButtonElement) {
      if (event.key !== 'Tab') event.stopPropagation();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-model-summary': CnnModelSummary;
  }
}
