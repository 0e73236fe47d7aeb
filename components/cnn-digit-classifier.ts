import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Params } from '../src/i18n';
import { tInference, type InferenceKey } from '../src/i18n/inference';
import { assertDigitModel, DIGIT_INPUTS, pretrainedUrl, runImage } from '../src/inference';
import type { Sequential } from '../src/tiled';
import { LangController } from './shared/lang';
import './cnn-digit-pad';
import type { DigitInputEvent } from './cnn-digit-pad';
import './cnn-feature-maps';
import { DigitClassifiedEvent } from './cnn-digit-classifier-event';
import { WeightsController } from './cnn-feature-maps-loader';
import { digitClassifierStyles } from './cnn-digit-classifier.styles';

export type { DigitClassifiedDetail } from './cnn-digit-classifier-event';
export { DigitClassifiedEvent } from './cnn-digit-classifier-event';

interface Outcome {
  predicted: number;
  probabilities: number[];
  milliseconds: number;
}

const percent = (p: number) => `${Math.round(p * 100)} %`;

/**
 * Draw a digit and a pretrained network reads it, live while you draw: a <cnn-digit-pad>
 * whose every input runs through the model (src/inference, in the page; a LeNet-5 pass
 * takes well under a millisecond), the pad's probability bars, the predicted digit in
 * large type and, with `show-activations`, a <cnn-feature-maps> of the drawing. A missing
 * or corrupt weights file is explained inside the element; the pad stays usable.
 *
 * @fires cnn-digit-classified - DigitClassifiedEvent after each model run on a non-empty drawing
 * @csspart container - the element's box
 * @csspart prediction - the predicted-digit panel; `digit` the large digit
 * @csspart error - a failed model load
 * @csspart activations - the feature maps of the drawing (with show-activations)
 * @cssproperty --cnn-font-size - text size
 * @cssproperty --cnn-digit-pad-size - side of the drawing pad
 */
@customElement('cnn-digit-classifier')
export class CnnDigitClassifier extends LitElement {
  static override styles = digitClassifierStyles;

  /** Pretrained course model: 'lenet5' (default) or 'mlp', loaded from /pretrained/<model>.cnnw. */
  @property({ reflect: true, useDefault: true }) model = 'lenet5';
  /** URL of a weights file (.cnnw) to use instead of the pretrained `model`. */
  @property({ reflect: true }) weights: string | null = null;
  /** Also shows every layer's activations for the drawing. */
  @property({ type: Boolean, reflect: true, attribute: 'show-activations' }) showActivations = false;
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private outcome: Outcome | null = null;
  @state() private pixels: Float32Array | null = null;
  @state() private announcement = '';

  private lastFinal = true;
  private readonly langController = new LangController(this);
  private readonly weightsLoader = new WeightsController(this, (loaded) => assertDigitModel(loaded.model));

  /** The digit the model reads in the current drawing, or null (nothing drawn, or no model yet). */
  get prediction(): number | null {
    return this.outcome?.predicted ?? null;
  }

  /** The ten class probabilities for the current drawing, or null. */
  get probabilities(): number[] | null {
    return this.outcome ? [...this.outcome.probabilities] : null;
  }

  /** The loaded model, or null while loading or after an error. */
  get network(): Sequential | null {
    const s = this.weightsLoader.state;
    return s.status === 'ready' ? s.loaded.model : null;
  }

  private t(key: InferenceKey, params?: Params): string {
    return tInference(this.langController.value, key, params);
  }

  /** The model's name: from the loaded file's metadata, else the `model` attribute (unless a URL was given). */
  private get modelLabel(): string {
    const s = this.weightsLoader.state;
    const saved = s.status === 'ready' ? s.loaded.header.metadata.model : undefined;
    const name = typeof saved === 'string' ? saved : this.weights ? null : this.model;
    if (name === 'lenet5') return this.t('modelLenet5');
    if (name === 'mlp') return this.t('modelMlp');
    return name ?? this.t('modelOther', { url: this.weights ?? '' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another model: the old answer no longer applies.
    if (changed.has('model') || changed.has('weights')) this.outcome = null;
    this.weightsLoader.request(this.weights ?? pretrainedUrl(this.model));
    // A drawing made while the model was loading is read as soon as the model is there.
    if (this.network && this.pixels && !this.outcome) this.classify(this.pixels, this.lastFinal);
  }

  override render(): TemplateResult {
    const s = this.weightsLoader.state;
    const outcome = this.outcome;
    return html`<div part="container" role="group" aria-label=${this.t('classifierLabel', { model: this.modelLabel })}>
      ${s.status === 'error' ? html`<p part="error" class="error" role="alert">${this.t('errorModel', { detail: s.message })}</p>` : nothing}
      <div class="main">
        <cnn-digit-pad .probabilities=${outcome?.probabilities ?? null} theme=${this.theme ?? nothing}
          @cnn-digit-input=${this.handleDigitInput}></cnn-digit-pad>
        <figure part="prediction">
          <figcaption>${this.t('reads', { model: this.modelLabel })}</figcaption>
          <output part="digit" class=${outcome ? '' : 'empty'}>${outcome ? outcome.predicted : '?'}</output>
          <p class="muted">
            ${s.status === 'loading'
              ? this.t('loadingModel')
              : outcome
                ? html`${this.t('confidence', { percent: percent(outcome.probabilities[outcome.predicted]) })}<br />${this.t('latency', { ms: outcome.milliseconds.toFixed(2) })}`
                : this.t('drawPrompt')}
          </p>
        </figure>
      </div>
      ${this.showActivations && this.network
        ? html`<section part="activations">
            <h3>${this.t('activationsHeading')}</h3>
            <cnn-feature-maps .network=${this.network} .input=${this.pixels ?? new Float32Array(DIGIT_INPUTS)} theme=${this.theme ?? nothing}></cnn-feature-maps>
          </section>`
        : nothing}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private handleDigitInput(event: DigitInputEvent): void {
    const { pixels, empty, final } = event.detail;
    this.lastFinal = final;
    if (empty) {
      this.pixels = null;
      this.outcome = null;
      this.announcement = '';
      return;
    }
    this.pixels = pixels;
    if (this.network) this.classify(pixels, final);
    else this.outcome = null;
  }

  private classify(pixels: Float32Array, final: boolean): void {
    const model = this.network;
    if (!model) return;
    const started = performance.now();
    const result = runImage(model, pixels);
    const milliseconds = performance.now() - started;
    const probabilities = Array.from(result.probabilities);
    this.outcome = { predicted: result.predicted, probabilities, milliseconds };
    if (final) {
      this.announcement = this.t('announce', { model: this.modelLabel, digit: result.predicted, percent: percent(probabilities[result.predicted]) });
    }
    this.dispatchEvent(new DigitClassifiedEvent({ predicted: result.predicted, probabilities, milliseconds, final }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-digit-classifier': CnnDigitClassifier;
  }
}
