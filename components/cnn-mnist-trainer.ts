import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MODELS } from '../src/geometry';
import type { ImageDataset } from '../src/data';
import { formatPercent, tTrainer, type TrainerKey } from '../src/i18n/trainer';
import type { Params } from '../src/i18n';
import {
  defaultSettings, settingProblems, type SettingProblem, type TrainerModel, type TrainerOptimizer, type TrainerSettings,
} from '../src/train/browser-api';
import { isKernelChoice, type KernelChoice } from '../src/wasm/features';
import type { ConfusionSelectEvent } from './cnn-confusion-matrix';
import type { ModelChangeEvent } from './cnn-model-summary';
import { LangController } from './shared/lang';
import { jsonAttribute, trueUnlessFalse } from './shared/json-attribute';
import { CheckpointKeeper } from './cnn-mnist-trainer-checkpoints';
import { TrainingDoneEvent, TrainingEpochEvent, TrainingProgressEvent, progressDetail } from './cnn-mnist-trainer-events';
import { TrainerRun, type EpochMessage } from './cnn-mnist-trainer-run';
import { settingsChange, settingsForm } from './cnn-mnist-trainer-settings';
import {
  SMOOTHING, actionsView, bannerView, chartsView, epochAnnouncement, epochTableView, progressView, resultsView,
} from './cnn-mnist-trainer-views';
import { downloadBytes, settingsForWeights, weightsFileName } from './cnn-mnist-trainer-weights';
import { mnistTrainerStyles } from './cnn-mnist-trainer.styles';

export * from './cnn-mnist-trainer-events';

const isolated = (): boolean => typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated === true;
const cores = (): number => Math.max(1, Math.min(16, navigator.hardwareConcurrency || 1));

/**
 * Trains a network on MNIST in the browser: settings, Start / Pause / Resume / Stop,
 * progress bars with ETA and images/s, live loss and accuracy charts, a table of epochs,
 * then test accuracy, a confusion matrix and the misclassified digits. Training runs in
 * Web Workers (src/train/browser-*); the page only draws, a few times a second. The best
 * checkpoint and the history are kept in IndexedDB, so a reload offers to resume.
 *
 * @fires cnn-training-progress - TrainingProgressEvent, a few times a second while training
 * @fires cnn-training-epoch - TrainingEpochEvent after every epoch
 * @fires cnn-training-done - TrainingDoneEvent when the run ends (finished, stopped early or stopped)
 * @csspart container - the element's box
 * @csspart banner - the offer to resume or show a saved run (or why it was refused)
 * @csspart notice - a quiet notice (no storage)
 * @csspart settings - the settings fieldset
 * @csspart actions - the row of buttons
 * @csspart progress - the progress bars
 * @csspart charts - the loss and accuracy charts
 * @csspart epochs - the table of epochs
 * @csspart results - test accuracy, confusion matrix and mistakes
 * @csspart error - an error message
 */
@customElement('cnn-mnist-trainer')
export class CnnMnistTrainer extends LitElement {
  static override styles = mnistTrainerStyles;

  /** lenet5, lenet5-classic, mlp or custom (then `layers`). */
  @property({ reflect: true }) model: TrainerModel = 'lenet5';
  /** JSON layer list trained when model="custom" (28×28×1 input, 10 outputs); defaults to LeNet-5's. */
  @property({ converter: jsonAttribute }) layers: unknown = null;
  /** sgd, momentum, nesterov or adam. */
  @property({ reflect: true }) optimizer: TrainerOptimizer = 'momentum';
  @property({ type: Number, reflect: true, attribute: 'learning-rate' }) learningRate = defaultSettings().learningRate;
  /** 'cosine' (annealed to 0 over the run) or 'step' (× lr-decay after every epoch). */
  @property({ reflect: true, attribute: 'lr-schedule' }) lrSchedule: 'cosine' | 'step' = defaultSettings().lrSchedule;
  /** With the step schedule, the rate of epoch e is learning-rate · lr-decay^e. */
  @property({ type: Number, reflect: true, attribute: 'lr-decay' }) lrDecay = defaultSettings().lrDecay;
  @property({ type: Number, reflect: true, attribute: 'batch-size' }) batchSize = defaultSettings().batchSize;
  @property({ type: Number, reflect: true }) epochs = defaultSettings().epochs;
  /** Dropout rate before the last dense layer (0 = none). */
  @property({ type: Number, reflect: true }) dropout = 0;
  /** L2 weight decay λ. */
  @property({ type: Number, reflect: true, attribute: 'weight-decay' }) weightDecay = 0;
  /** Random shifts (±2 px) and rotations (±10°) of the training images. */
  @property({ type: Boolean, reflect: true }) augment = false;
  /** Stop when validation loss has not improved for `patience` epochs ("false" to switch off). */
  @property({ converter: trueUnlessFalse, reflect: true, attribute: 'early-stopping' }) earlyStopping = true;
  @property({ type: Number, reflect: true }) patience = defaultSettings().patience;
  @property({ type: Number, reflect: true, attribute: 'validation-split' }) validationSplit = defaultSettings().validationSplit;
  @property({ type: Number, reflect: true }) seed = 1;
  /** Gradient workers (1 … cores; 1 unless the page is cross-origin isolated). */
  @property({ type: Number, reflect: true }) workers = isolated() ? Math.min(2, cores()) : 1;
  /** Train on the first N training images only (absent: all). */
  @property({ type: Number, reflect: true }) limit: number | null = null;
  /** Kernels of the training engine: auto (the fastest this browser runs), js, simd or relaxed (WebAssembly). */
  @property({ reflect: true }) kernels: KernelChoice = 'auto';
  /** Folder of the MNIST assets (manifest.json), with a trailing slash. */
  @property({ attribute: 'data-url' }) dataUrl = '/generated/mnist/';
  /** IndexedDB namespace of this trainer's checkpoints. */
  @property({ attribute: 'checkpoint-key' }) checkpointKey = 'mnist-trainer';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private problems: SettingProblem[] = [];
  @state() private announcement = '';
  @state() private fileMessage: { ok: boolean; text: string } | null = null;
  @state() private selectedCell: { truth: number; predicted: number } | null = null;
  @state() private editorLayers: unknown = null;
  private customLayers = structuredClone(MODELS.lenet5.layers);
  private initialWeights: Uint8Array | null = null;

  private readonly langController = new LangController(this);
  /** The run's state and its worker. */
  readonly run = new TrainerRun(this, {
    onPaint: () => this.dispatchProgress(),
    onEpoch: (message) => this.handleEpoch(message),
    onDone: (reason, results) => {
      this.keeper.markFinished(reason);
      const epochs = this.run.resultsSource?.kind === 'epoch' ? this.run.resultsSource.epochs : results.epochs;
      this.announcement = this.t('announceDone', { accuracy: formatPercent(results.accuracy), epoch: epochs });
      this.dispatchEvent(new TrainingDoneEvent({ runId: this.run.runId ?? '', reason, testAccuracy: results.accuracy, epochs, results }));
    },
    onResults: () => {},
  });
  /** Checkpoints in IndexedDB. */
  readonly keeper = new CheckpointKeeper(this, () => this.checkpointKey);

  private t(key: TrainerKey, params?: Params): string {
    return tTrainer(this.langController.value, key, params);
  }

  /** The `kernels` attribute, or 'auto' when it names none of the choices. */
  private get kernelChoice(): KernelChoice {
    return isKernelChoice(this.kernels) ? this.kernels : 'auto';
  }

  /** The settings as the form shows them. */
  get settings(): TrainerSettings {
    return {
      model: this.model, customLayers: this.customLayers, optimizer: this.optimizer, learningRate: this.learningRate, lrSchedule: this.lrSchedule,
      lrDecay: this.lrDecay, batchSize: this.batchSize, epochs: this.epochs, dropout: this.dropout, weightDecay: this.weightDecay, augment: this.augment,
      earlyStopping: this.earlyStopping, patience: this.patience, validationSplit: this.validationSplit, seed: this.seed,
      workers: isolated() ? this.workers : 1, limit: this.limit,
    };
  }

  /** Trains on these images instead of the MNIST assets (tests, pages without the assets). */
  useDataset(train: ImageDataset, test: ImageDataset): void {
    this.run.useData(train, test);
  }

  start(): void {
    if (this.problems.length > 0 || this.run.busy) return;
    void this.keeper.dismiss(false);
    this.selectedCell = null;
    this.run.start(this.settings, { baseUrl: this.dataUrl, initialWeights: this.initialWeights ?? undefined, kernels: this.kernelChoice });
  }

  /** Pauses between batches (the page can be left; Resume continues with the next batch). */
  pause = (): void => this.run.pause();
  resume = (): void => this.run.resume();

  stop(): void {
    this.run.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layers') && Array.isArray(this.layers)) {
      this.customLayers = structuredClone(this.layers);
      this.editorLayers = this.layers;
    }
    if (this.editorLayers === null) this.editorLayers = this.customLayers;
    const keys = ['model', 'layers', 'optimizer', 'learningRate', 'lrSchedule', 'lrDecay', 'batchSize', 'epochs', 'dropout', 'weightDecay', 'patience', 'validationSplit', 'seed', 'workers', 'limit'];
    if (!this.hasUpdated || keys.some((k) => changed.has(k as keyof CnnMnistTrainer))) {
      this.problems = settingProblems(this.settings, isolated() ? cores() : 1);
    }
  }

  protected override updated(): void {
    this.setAttribute('phase', this.run.phase);
  }

  override render(): TemplateResult {
    const lang = this.langController.value;
    const run = this.run;
    const weights = run.best?.weights ?? run.latestWeights ?? this.initialWeights;
    const epochs = run.settings?.epochs ?? this.epochs;
    return html`<div part="container" @keydown=${this.handleKeydown} @cnn-confusion-select=${this.handleCellChoice}>
      ${bannerView(lang, this.keeper.offer, { resume: this.handleResumeSaved, show: this.handleShowSaved, discard: () => void this.keeper.dismiss(true) })}
      ${this.keeper.saveError ? html`<p part="notice" class="notice" role="status">${this.t('saveFailed', this.keeper.saveError)}</p>` : nothing}
      ${settingsForm({
        lang, settings: this.settings, problems: this.problems, disabled: run.busy, maxWorkers: cores(), isolated: isolated(),
        editorLayers: this.editorLayers, onChange: this.handleSettings, onLayers: this.handleLayers,
      })}
      ${actionsView(lang, {
        run, canStart: this.problems.length === 0, hasWeights: weights !== null, start: () => this.start(), pause: () => this.pause(),
        resume: () => this.resume(), stop: () => this.stop(), download: this.handleDownload, loadFile: this.handleFile,
      })}
      ${this.fileMessage ? html`<p class=${this.fileMessage.ok ? 'notice' : 'error'} role=${this.fileMessage.ok ? 'status' : 'alert'}>${this.fileMessage.text}</p>` : nothing}
      ${run.error ? html`<p part="error" class="error" role="alert">${this.t(`error_${run.error.code}` as TrainerKey, { reason: run.error.message })}</p>` : nothing}
      ${run.stopReason && !run.live ? html`<p class="status">${this.t(`stopped_${run.stopReason}` as TrainerKey, { patience: run.settings?.patience ?? this.patience })}</p>` : nothing}
      ${progressView(lang, run, epochs)}
      ${chartsView(lang, run.history, epochs)}
      ${epochTableView(lang, run.history, run.best?.epoch ?? null)}
      ${run.results
        ? resultsView(lang, run.results, run.resultsSource, (run.settings?.validationSplit ?? this.validationSplit) > 0, this.selectedCell, () => (this.selectedCell = null))
        : nothing}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private handleSettings = (edit: Partial<TrainerSettings>): void => {
    this.fileMessage = null;
    const { patch, announcement } = settingsChange(this.langController.value, this.settings, edit);
    if (announcement) this.announcement = announcement;
    if (patch.model === 'custom' && this.model !== 'custom') this.editorLayers = this.customLayers;
    Object.assign(this, patch);
    // A loaded file no longer fits once the model changes.
    if (patch.model !== undefined || patch.dropout !== undefined) this.initialWeights = null;
  };

  private handleLayers = (event: ModelChangeEvent): void => {
    this.customLayers = event.detail.layers;
    this.initialWeights = null;
    this.problems = settingProblems(this.settings, isolated() ? cores() : 1);
  };

  private handleEpoch(message: EpochMessage): void {
    const epochs = this.run.settings?.epochs ?? this.epochs;
    this.keeper.saveEpoch(this.run, message.summary.epoch + 1);
    this.announcement = epochAnnouncement(this.langController.value, message.summary, epochs);
    this.dispatchEvent(new TrainingEpochEvent({ ...message.summary, runId: message.runId, epochs, improved: message.improved }));
  }

  private dispatchProgress(): void {
    const run = this.run;
    if (!run.runId || !run.live) return;
    this.dispatchEvent(new TrainingProgressEvent(progressDetail(run, run.runId, run.settings?.epochs ?? this.epochs, SMOOTHING)));
  }

  private handleCellChoice = (event: ConfusionSelectEvent): void => {
    this.selectedCell = event.detail && { truth: event.detail.truth, predicted: event.detail.predicted };
  };

  private applySettings(settings: TrainerSettings): void {
    const { customLayers, ...rest } = settings;
    Object.assign(this, rest);
    this.customLayers = structuredClone(customLayers);
    this.editorLayers = this.customLayers;
  }

  private handleResumeSaved = (): void => {
    const offer = this.keeper.offer;
    if (offer?.kind !== 'resume') return;
    this.applySettings(offer.record.settings);
    void this.keeper.dismiss(false);
    this.run.start(offer.record.settings, { baseUrl: this.dataUrl, resume: offer.record, kernels: this.kernelChoice });
  };

  private handleShowSaved = (): void => {
    const offer = this.keeper.offer;
    if (offer?.kind !== 'finished') return;
    this.applySettings(offer.record.settings);
    void this.keeper.dismiss(false);
    this.run.showHistory(offer.record);
    this.run.evaluate(offer.record.best.weights, { kind: 'epoch', epochs: offer.record.best.epoch + 1 }, this.dataUrl);
  };

  private handleDownload = (): void => {
    const weights = this.run.best?.weights ?? this.run.latestWeights ?? this.initialWeights;
    if (!weights) return;
    const epochs = this.run.best ? this.run.best.epoch + 1 : this.run.history.epochs.length;
    downloadBytes(weights, weightsFileName(this.run.settings ?? this.settings, epochs));
  };

  private handleFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.loadWeightsFile(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  /** Reads a .cnnw file: selects its model, keeps it as the start of the next run and scores it on the test set. */
  async loadWeightsFile(bytes: Uint8Array, name: string): Promise<boolean> {
    const fit = settingsForWeights(bytes, this.settings);
    if (!fit.ok) {
      this.fileMessage = { ok: false, text: this.t('weightsRefused', { name, reason: fit.reason }) };
      return false;
    }
    const { settings } = fit;
    this.applySettings(settings);
    this.initialWeights = bytes;
    this.fileMessage = { ok: true, text: this.t('weightsLoaded', { name, model: this.t(`model_${settings.model}` as TrainerKey) }) };
    this.selectedCell = null;
    this.run.evaluate(bytes, { kind: 'file', name }, this.dataUrl);
    return true;
  }

  /** Keys typed into the controls belong to them, not to a slide deck around the element. */
  private handleKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLButtonElement) {
      if (event.key !== 'Tab') event.stopPropagation();
    }
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-mnist-trainer': CnnMnistTrainer;
  }
}
