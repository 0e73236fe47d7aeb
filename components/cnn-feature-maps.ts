import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ImageDataset } from '../src/data';
import type { Params } from '../src/i18n';
import { tInference, type InferenceKey } from '../src/i18n/inference';
import { datasetImage, firstLayerFilters, pretrainedUrl, runImage, type FilterBank, type InferenceResult } from '../src/inference';
import type { Sequential } from '../src/tiled';
import { LangController } from './shared/lang';
import { trueUnlessFalse } from './shared/json-attribute';
import { TestImagesController } from './cnn-feature-maps-dataset';
import { WeightsController } from './cnn-feature-maps-loader';
import { paintBars, paintGrid } from './cnn-feature-maps-paint';
import { filtersFigure, gridOf, layerSection } from './cnn-feature-maps-views';
import { featureMapsStyles } from './cnn-feature-maps.styles';

/** The input actually fed to the model, or why there is none yet. */
type InputState =
  | { kind: 'ready'; pixels: Float32Array; label: number | null; source: unknown; index: number | null }
  | { kind: 'waiting' }
  | { kind: 'problem'; message: string };

const percent = (p: number) => `${Math.round(p * 100)} %`;

/**
 * What a trained network computes for one input, layer by layer: each convolution and
 * pooling layer as a grid of small heatmaps (one per channel), flat layers as bars (a
 * flattened stack as one row per map), and the first convolution's learned filters on a
 * diverging scale centred at 0. The input is a stored MNIST test image (prev / next /
 * random, its label shown) or any 784 values set as `input` (e.g. from <cnn-digit-pad>).
 * All arithmetic is src/inference's; this element only paints.
 * Keyboard (focus the element): ←/→ image, Home/End first/last image, ↑/↓ layer, R random.
 *
 * @csspart container - the element's box
 * @csspart toolbar - image and layer controls
 * @csspart input - the input figure; `filters` the filter bank; `filter` one filter canvas
 * @csspart layer - one section per layer; `layer-title` its heading
 * @csspart map - one channel's heatmap canvas; `vector` a flat layer's canvas
 * @csspart error - a message about a bad attribute or a failed load
 * @cssproperty --cnn-feature-map-size - side of a 28×28 map (default 84px); smaller maps are drawn smaller
 * @cssproperty --cnn-font-size - text size
 */
@customElement('cnn-feature-maps')
export class CnnFeatureMaps extends LitElement {
  static override styles = featureMapsStyles;

  /** Pretrained course model to load from /pretrained/<model>.cnnw when no `weights` or `network` is given. */
  @property({ reflect: true, useDefault: true }) model = 'lenet5';
  /** URL of a weights file (.cnnw); wins over `model`. */
  @property({ reflect: true }) weights: string | null = null;
  /** A model object to show instead of loading one (e.g. one being trained, or a classifier's). */
  @property({ attribute: false }) network: Sequential | null = null;
  /** Index of the MNIST test image to feed, 0…9,999 (ignored while `input` is set). */
  @property({ type: Number, reflect: true }) image = 0;
  /** An input of the model's size (784 values 0 = background … 1 = ink for MNIST) to feed instead of a test image. */
  @property({ attribute: false }) input: Float32Array | readonly number[] | null = null;
  /** 'all' or one layer's name (conv2d, max_pooling2d …) to show enlarged. */
  @property({ reflect: true, useDefault: true }) layer = 'all';
  /** 'layer': one colour scale per layer, so channels compare; 'channel': each map on its own scale. */
  @property({ reflect: true, useDefault: true }) scale: 'layer' | 'channel' = 'layer';
  /** Show the first layer's learned filters ("false" hides them). */
  @property({ reflect: true, converter: trueUnlessFalse, useDefault: true }) filters = true;
  /** Folder of the MNIST assets (manifest.json) made by `npm run build:data`. */
  @property() mnist = '/generated/mnist/';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private result: InferenceResult | null = null;
  @state() private bank: FilterBank | null = null;
  @state() private fed: InputState = { kind: 'waiting' };
  @state() private runProblem: string | null = null;

  private readonly weightsLoader = new WeightsController(this);
  private readonly testImages = new TestImagesController(this);
  private readonly langController = new LangController(this);
  /** What the last run used, so updates that change nothing relevant do not run the model again. */
  private lastRun: { model: Sequential; source: unknown; index: number | null; scale: string } | null = null;

  /** The last inference (probabilities, predicted class, every layer's activations), or null. */
  get inference(): InferenceResult | null {
    return this.result;
  }

  private t(key: InferenceKey, params?: Params): string {
    return tInference(this.langController.value, key, params);
  }

  private get currentModel(): Sequential | null {
    if (this.network) return this.network;
    const s = this.weightsLoader.state;
    return s.status === 'ready' ? s.loaded.model : null;
  }

  private get imageCount(): number {
    const s = this.testImages.state;
    return s.status === 'ready' ? s.test.count : 10_000;
  }

  protected override willUpdate(): void {
    this.weightsLoader.request(this.network ? null : this.weights ?? pretrainedUrl(this.model));
    const model = this.currentModel;
    this.fed = this.resolveInput(model);
    if (!model || this.fed.kind !== 'ready') return;
    const run = { model, source: this.fed.source, index: this.fed.index, scale: this.scale };
    const last = this.lastRun;
    if (last && last.model === run.model && last.source === run.source && last.index === run.index && last.scale === run.scale) return;
    this.lastRun = run;
    try {
      this.result = runImage(model, this.fed.pixels, { scale: this.scale === 'channel' ? 'channel' : 'layer' });
      this.bank = firstLayerFilters(model);
      this.runProblem = null;
    } catch (error) {
      this.result = null;
      this.runProblem = this.t('errorRun', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private resolveInput(model: Sequential | null): InputState {
    if (this.input !== null && this.input !== undefined) {
      const n = model?.inputSize ?? 784;
      const value: unknown = this.input;
      const ok = (value instanceof Float32Array || Array.isArray(value)) && value.length === n && Array.from(value as ArrayLike<number>).every(Number.isFinite);
      if (!ok) return { kind: 'problem', message: this.t('errorInput', { n, detail: describe(value) }) };
      return { kind: 'ready', pixels: Float32Array.from(value as ArrayLike<number>), label: null, source: value, index: null };
    }
    this.testImages.request(this.mnist);
    const s = this.testImages.state;
    if (s.status !== 'ready') return { kind: 'waiting' };
    const index = this.image;
    if (!(Number.isInteger(index) && index >= 0 && index < s.test.count)) {
      return { kind: 'problem', message: this.t('errorImage', { max: s.test.count - 1, found: this.getAttribute('image') ?? String(index) }) };
    }
    const { pixels, label } = datasetImage(s.test as ImageDataset, index);
    return { kind: 'ready', pixels, label, source: s.test, index };
  }

  protected override updated(): void {
    const root = this.renderRoot;
    const result = this.result;
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-paint]')) {
      const kind = canvas.dataset.paint;
      if (kind === 'input' && this.fed.kind === 'ready') {
        paintGrid(canvas, this.fed.pixels, 0, canvas.width, canvas.height, 'grey');
      } else if (kind === 'filter' && this.bank) {
        const bank = this.bank;
        const size = bank.kernelHeight * bank.kernelWidth;
        paintGrid(canvas, bank.display, Number(canvas.dataset.index) * size * bank.inChannels, bank.kernelWidth, bank.kernelHeight, 'diverging');
      } else if (result) {
        const layer = result.layers[Number(canvas.dataset.layer)];
        if (!layer) continue;
        const colours = layer.signed ? 'diverging' : 'viridis';
        if (kind === 'map') {
          const [, height, width] = layer.shape;
          paintGrid(canvas, layer.display, Number(canvas.dataset.channel) * height * width, width, height, colours);
        } else if (kind === 'grid') {
          const { rows, cols } = gridOf(layer);
          const padded = new Float32Array(rows * cols);
          padded.set(layer.display);
          paintGrid(canvas, padded, 0, cols, rows, colours);
        } else if (kind === 'vector') {
          paintBars(canvas, layer.display, layer.signed, Math.max(160, layer.display.length * 8), 96);
        }
      }
    }
  }

  override render(): TemplateResult {
    const lang = this.langController.value;
    const label = this.network ? this.t('featureMapsLabelGiven') : this.t('featureMapsLabel', { model: this.weights ?? this.model });
    return html`<div part="container" tabindex="0" role="group" aria-label=${label}
      @keydown=${this.handleKeydown}>
      ${this.renderToolbar()}
      ${this.renderProblems()}
      <div class="overview">${this.renderInput()} ${this.filters && this.bank ? filtersFigure(lang, this.bank) : nothing}</div>
      ${this.renderLayers()}
      <p class="keys">${this.t('keysHelp')}</p>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const names = this.result?.layers.map((l) => l.name) ?? [];
    const imageMode = this.input === null || this.input === undefined;
    return html`<div part="toolbar">
      ${imageMode
        ? html`<div class="row" role="group" aria-label=${this.t('imageNumber')}>
            <button @click=${() => this.moveImage(-1)} aria-label=${this.t('previousImage')}>◀</button>
            <label class="number">${this.t('imageNumber')}
              <input type="number" min="0" max=${this.imageCount - 1} .value=${String(this.image)} @change=${this.handleImageInput} />
            </label>
            <button @click=${() => this.moveImage(1)} aria-label=${this.t('nextImage')}>▶</button>
            <button @click=${this.randomImage}>${this.t('randomImage')}</button>
          </div>`
        : nothing}
      ${names.length > 0
        ? html`<div class="row" role="group" aria-label=${this.t('layerPicker')}>
            <span class="row-label" aria-hidden="true">${this.t('layerPicker')}</span>
            ${['all', ...names].map(
              (name) => html`<button class="chip" aria-pressed=${this.currentLayer === name ? 'true' : 'false'}
                @click=${() => (this.layer = name)}>${name === 'all' ? this.t('allLayers') : name}</button>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  private renderProblems(): TemplateResult[] {
    const messages: string[] = [];
    const weights = this.weightsLoader.state;
    if (!this.network && weights.status === 'error') messages.push(this.t('errorModel', { detail: weights.message }));
    const images = this.testImages.state;
    if (!this.input && images.status === 'error') messages.push(this.t('errorImages', { detail: images.message }));
    if (this.fed.kind === 'problem') messages.push(this.fed.message);
    if (this.runProblem) messages.push(this.runProblem);
    const names = this.result?.layers.map((l) => l.name);
    if (names && this.layer !== 'all' && !names.includes(this.layer)) {
      messages.push(this.t('errorLayer', { found: this.layer, choices: ['all', ...names].join(', ') }));
    }
    return messages.map((message) => html`<p part="error" class="error" role="alert">${message}</p>`);
  }

  private renderInput(): TemplateResult {
    const weights = this.weightsLoader.state;
    const images = this.testImages.state;
    const loading: string[] = [];
    if (!this.network && weights.status === 'loading') loading.push(this.t('loadingModel'));
    if (!this.input && images.status === 'loading') loading.push(this.t('loadingImages', { percent: percent(images.fraction) }));
    const fed = this.fed;
    const result = this.result;
    const label = fed.kind === 'ready' && fed.label !== null ? fed.label : null;
    const wrong = result && label !== null && result.predicted !== label;
    return html`<figure part="input" class="input">
      <canvas data-paint="input" width="28" height="28" role="img" aria-label=${this.t('input')}></canvas>
      <figcaption>
        <strong>${this.t('input')}</strong><br />
        ${fed.kind === 'ready' && fed.index !== null
          ? html`${this.t('testImage', { index: fed.index, count: this.imageCount.toLocaleString('en-US') })}<br />
              <span class="label">${this.t('label', { label: fed.label ?? '?' })}</span>`
          : fed.kind === 'ready' ? this.t('yourDrawing') : nothing}
        ${result
          ? html`<br /><span class="predicted ${wrong ? 'wrong' : ''}">${this.t('predicted', { digit: result.predicted, percent: percent(result.probabilities[result.predicted]) })}</span>`
          : nothing}
        ${loading.map((text) => html`<br /><span class="muted">${text}</span>`)}
      </figcaption>
    </figure>`;
  }

  private renderLayers(): TemplateResult | typeof nothing {
    const result = this.result;
    if (!result) return nothing;
    const lang = this.langController.value;
    const single = this.currentLayer !== 'all';
    const last = result.layers.length - 1;
    return html`<div class="layers">
      ${result.layers.map((layer, index) =>
        single && layer.name !== this.currentLayer
          ? nothing
          : layerSection(lang, layer, index, { isLast: index === last, perChannel: this.scale === 'channel', zoom: single ? 1.8 : 1 }),
      )}
    </div>`;
  }

  /** The layer shown: the `layer` attribute when it names a layer, else all. */
  private get currentLayer(): string {
    return this.result?.layers.some((l) => l.name === this.layer) ? this.layer : 'all';
  }

  private moveImage(delta: number): void {
    const count = this.imageCount;
    const from = Number.isInteger(this.image) ? this.image : 0;
    this.image = (((from + delta) % count) + count) % count;
  }

  private randomImage(): void {
    this.image = Math.floor(Math.random() * this.imageCount);
  }

  private handleImageInput(event: Event): void {
    const value = Number((event.target as HTMLInputElement).value);
    if (Number.isInteger(value) && value >= 0 && value < this.imageCount) this.image = value;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if ((event.target as HTMLElement).localName === 'input') return;
    const imageMode = this.input === null || this.input === undefined;
    const options = ['all', ...(this.result?.layers.map((l) => l.name) ?? [])];
    const layerAt = options.indexOf(this.currentLayer);
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        if (!imageMode) return;
        this.moveImage(event.key === 'ArrowLeft' ? -1 : 1);
        break;
      case 'Home':
      case 'End':
        if (!imageMode) return;
        this.image = event.key === 'Home' ? 0 : this.imageCount - 1;
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        this.layer = options[(layerAt + (event.key === 'ArrowUp' ? -1 : 1) + options.length) % options.length];
        break;
      case 'r':
      case 'R':
        if (!imageMode) return;
        this.randomImage();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}

/** A short description of a bad `input` for the error message. */
function describe(value: unknown): string {
  if (value instanceof Float32Array || Array.isArray(value)) {
    const bad = Array.from(value as ArrayLike<unknown>).findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
    return bad >= 0 ? `${value.length} values, value ${bad} is ${String((value as ArrayLike<unknown>)[bad])}` : `${value.length} values`;
  }
  return typeof value;
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-feature-maps': CnnFeatureMaps;
  }
}
