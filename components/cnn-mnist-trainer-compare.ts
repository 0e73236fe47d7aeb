import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { withThousands } from '../src/geometry';
import type { ImageDataset } from '../src/data';
import type { Params } from '../src/i18n';
import { formatPercent, tTrainer, type TrainerKey } from '../src/i18n/trainer';
import { batchCurve, defaultSettings, epochCurve, recipeSettings, smooth, type TrainerSettings } from '../src/train/browser-api';
import { LangController } from './shared/lang';
import { TrainerRun } from './cnn-mnist-trainer-run';
import { SMOOTHING } from './cnn-mnist-trainer-views';
import type { ChartSeries } from './cnn-training-chart';
import { mnistTrainerStyles } from './cnn-mnist-trainer.styles';
import './cnn-training-chart';

const CONTENDERS = [
  { model: 'mlp', name: 'compareDense', style: 1, dashed: true },
  { model: 'lenet5', name: 'compareCnn', style: 0, dashed: false },
] as const;

const SUBSETS = [2000, 10000, 30000, 60000] as const;

/**
 * The dense network (mlp) and LeNet-5 trained side by side on the same images with the
 * same seed, each with its tested recipe (src/train/recipes.ts) in its own worker, their curves overlaid: the courses'
 * "about 93 % against about 99 %" seen live. Defaults are quick: 10,000 images, 1 epoch.
 *
 * @csspart container - the element's box
 * @csspart settings - images and epochs
 * @csspart charts - the overlaid loss and accuracy charts
 * @csspart results - one line per model
 */
@customElement('cnn-mnist-trainer-compare')
export class CnnMnistTrainerCompare extends LitElement {
  static override styles = mnistTrainerStyles;

  /** Training images for both models (the first N of MNIST's training set). */
  @property({ type: Number, reflect: true }) limit = 10000;
  @property({ type: Number, reflect: true }) epochs = 1;
  @property({ type: Number, reflect: true }) seed = 1;
  /** Folder of the MNIST assets (manifest.json), with a trailing slash. */
  @property({ attribute: 'data-url' }) dataUrl = '/generated/mnist/';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly langController = new LangController(this);
  private readonly noop = { onPaint: () => {}, onEpoch: () => {}, onDone: () => {}, onResults: () => {} };
  /** One run per contender, in CONTENDERS order. */
  readonly runs = CONTENDERS.map(() => new TrainerRun(this, this.noop));

  private t(key: TrainerKey, params?: Params): string {
    return tTrainer(this.langController.value, key, params);
  }

  private get running(): boolean {
    return this.runs.some((run) => run.busy);
  }

  /** The same images, seed and epochs for both, each with its tested recipe; no validation split, 1 worker each. */
  settingsFor(model: 'mlp' | 'lenet5'): TrainerSettings {
    return {
      ...defaultSettings(), ...recipeSettings(model), model, epochs: this.epochs, seed: this.seed, limit: this.limit >= 60000 ? null : this.limit,
      validationSplit: 0, earlyStopping: false, workers: 1,
    };
  }

  /** Both train on these images instead of the MNIST assets (tests). */
  useDataset(train: ImageDataset, test: ImageDataset): void {
    for (const run of this.runs) run.useData(train, test);
  }

  start(): void {
    if (this.running) return;
    this.runs.forEach((run, i) => run.start(this.settingsFor(CONTENDERS[i].model), { baseUrl: this.dataUrl }));
  }

  stop(): void {
    for (const run of this.runs) run.stop();
  }

  protected override updated(): void {
    this.setAttribute('phase', this.running ? 'training' : this.runs.every((r) => r.results) ? 'done' : 'idle');
  }

  private series(): { loss: ChartSeries[]; accuracy: ChartSeries[] } {
    const loss: ChartSeries[] = [];
    const accuracy: ChartSeries[] = [];
    this.runs.forEach((run, i) => {
      const { style, dashed } = CONTENDERS[i];
      const model = this.t(CONTENDERS[i].name);
      const h = run.history;
      const label = this.t('compareTrainingLoss', { model });
      loss.push({ label, style, dashed, points: batchCurve(smooth(h.batchLoss, SMOOTHING), h.batchesPerEpoch, 400) });
      accuracy.push({ label, style, dashed, points: batchCurve(smooth(h.batchAccuracy, SMOOTHING), h.batchesPerEpoch, 400) });
      accuracy.push({ label: this.t('compareTest', { model }), style, kind: 'points', points: epochCurve(h.epochs, (e) => e.testAccuracy) });
    });
    return { loss, accuracy };
  }

  private line(index: number): TemplateResult {
    return html`<li data-model=${CONTENDERS[index].model}>${this.lineText(index)}</li>`;
  }

  /** Where one model stands: waiting, training (recent batch accuracy) or its test result. */
  private lineText(index: number): string {
    const run = this.runs[index];
    const model = this.t(CONTENDERS[index].name);
    let text: string;
    if (run.results) {
      const seconds = Math.round((run.timing.finishedAt - run.timing.startedAt) / 1000);
      text = this.t('compareResult', {
        model, accuracy: formatPercent(run.results.accuracy), params: withThousands(run.started?.parameterCount ?? 0), seconds,
      });
    } else if (run.phase === 'training') {
      const recent = smooth(run.history.batchAccuracy.slice(-200), SMOOTHING).at(-1);
      text = this.t('compareRunning', { model, epoch: run.progress.epoch + 1, accuracy: formatPercent(recent ?? null, 1) });
    } else {
      text = this.t('compareWaiting', { model });
    }
    return text;
  }

  override render(): TemplateResult {
    const { loss, accuracy } = this.series();
    const errors = this.runs.map((r) => r.error).filter((e) => e !== null);
    const number = (key: 'limit' | 'epochs', options: readonly number[]) => html`<div class="field" data-field=${key}>
      <label for=${`compare-${key}`}>${this.t(key === 'limit' ? 'compareImages' : 'compareEpochs')}</label>
      <select id=${`compare-${key}`} ?disabled=${this.running} @change=${(e: Event) => (this[key] = Number((e.target as HTMLSelectElement).value))}>
        ${options.map((n) => html`<option value=${n} ?selected=${n === this[key]}>${withThousands(n)}</option>`)}
      </select>
    </div>`;
    return html`<div part="container">
      <fieldset part="settings" class="settings">
        <legend>${this.t('compareLegend')}</legend>
        <div class="grid">${number('limit', SUBSETS)}${number('epochs', [1, 2, 3, 5])}</div>
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" data-action="start" ?disabled=${this.running} @click=${() => this.start()}>${this.t('compareStart')}</button>
        <button type="button" data-action="stop" ?disabled=${!this.running} @click=${() => this.stop()}>${this.t('compareStop')}</button>
      </div>
      ${errors.map((e) => html`<p part="error" class="error" role="alert">${this.t(`error_${e!.code}` as TrainerKey, { reason: e!.message })}</p>`)}
      <div part="charts" class="charts">
        <cnn-training-chart metric="loss" .xMax=${this.epochs} .series=${loss}></cnn-training-chart>
        <cnn-training-chart metric="accuracy" y-min="0.6" .xMax=${this.epochs} .series=${accuracy}></cnn-training-chart>
      </div>
      <ul part="results" class="compare-results">${this.line(0)}${this.line(1)}</ul>
      <div class="sr-only" aria-live="polite">${this.runs.every((r) => r.results) ? this.runs.map((_, i) => this.lineText(i)).join(' ') : nothing}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-mnist-trainer-compare': CnnMnistTrainerCompare;
  }
}
