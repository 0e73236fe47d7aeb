import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ImageDataset } from '../src/data';
import type { Params } from '../src/i18n';
import { tInference, type InferenceKey } from '../src/i18n/inference';
import {
  collectLayer, datasetImage, layerSize, nearestVectors, pretrainedUrl, strongestPerChannel, unitInputWindow,
  type InputWindow, type StrongestHit,
} from '../src/inference';
import type { Sequential } from '../src/tiled';
import { LangController } from './shared/lang';
import { TestImagesController } from './cnn-feature-maps-dataset';
import { WeightsController } from './cnn-feature-maps-loader';
import { paintGrid } from './cnn-feature-maps-paint';
import { formatValue } from './cnn-feature-maps-views';
import { featureMapsSurveyStyles } from './cnn-feature-maps-survey.styles';

/** Images run between two pauses, so the page keeps answering while the survey is collected. */
const CHUNK = 100;

interface Collected {
  model: Sequential;
  data: ImageDataset;
  layerIndex: number;
  count: number;
  shape: number[];
  values: Float32Array;
}

/**
 * Companion of <cnn-feature-maps> for questions about many images at once (lesson 13):
 * mode "strongest" shows, for each channel of a convolution or pooling layer, the test
 * images that make it fire most, with a frame around the pixels its strongest unit sees
 * (the idea of Zeiler & Fergus, 2014); mode "neighbours" treats a layer's output as an
 * embedding and shows the test images nearest to a chosen one, next to the images nearest
 * by raw pixels. The first `count` MNIST test images are run once, in chunks.
 * Keyboard (neighbours): ←/→ previous / next query image.
 *
 * @csspart container - the element's box
 * @csspart thumb - one test image with its caption
 * @csspart error - a message about a bad attribute or a failed load
 * @cssproperty --cnn-thumb-size - side of a test image (default 56px)
 */
@customElement('cnn-feature-maps-survey')
export class CnnFeatureMapsSurvey extends LitElement {
  static override styles = featureMapsSurveyStyles;

  /** Pretrained course model (/pretrained/<model>.cnnw) when no `weights` or `network` is given. */
  @property({ reflect: true, useDefault: true }) model = 'lenet5';
  /** URL of a weights file (.cnnw); wins over `model`. */
  @property({ reflect: true }) weights: string | null = null;
  /** A model object to survey instead of loading one. */
  @property({ attribute: false }) network: Sequential | null = null;
  /** 'strongest': images that make each channel fire most; 'neighbours': nearest images by a layer's output. */
  @property({ reflect: true, useDefault: true }) mode: 'strongest' | 'neighbours' = 'strongest';
  /** Layer to survey (Keras name); defaults to the last convolution ('strongest') or the Flatten layer ('neighbours'). */
  @property({ reflect: true }) layer: string | null = null;
  /** Query image for 'neighbours' (index in the test set). */
  @property({ type: Number, reflect: true }) image = 0;
  /** How many test images (the first ones) to run. */
  @property({ type: Number }) count = 1000;
  /** Images shown per channel or per neighbour row. */
  @property({ type: Number }) top = 6;
  /** Folder of the MNIST assets (manifest.json). */
  @property() mnist = '/generated/mnist/';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private collected: Collected | null = null;
  @state() private done = 0;

  private job: object | null = null;
  /** What is being (or was last) collected, so that progress updates do not start it again. */
  private target: Pick<Collected, 'model' | 'data' | 'layerIndex' | 'count'> | null = null;
  private pixelTable: { data: ImageDataset; count: number; values: Float32Array } | null = null;
  private readonly weightsLoader = new WeightsController(this);
  private readonly testImages = new TestImagesController(this);
  private readonly langController = new LangController(this);

  private t(key: InferenceKey, params?: Params): string {
    return tInference(this.langController.value, key, params);
  }

  private get currentModel(): Sequential | null {
    if (this.network) return this.network;
    const s = this.weightsLoader.state;
    return s.status === 'ready' ? s.loaded.model : null;
  }

  private get testSet(): ImageDataset | null {
    const s = this.testImages.state;
    return s.status === 'ready' ? s.test : null;
  }

  private get imageCount(): number {
    return Math.max(2, Math.min(Number.isInteger(this.count) ? this.count : 1000, this.testSet?.count ?? 10_000));
  }

  /** Names the survey can use in this mode, and the one chosen (or null when `layer` is not among them). */
  private layerChoice(model: Sequential): { names: string[]; index: number | null } {
    const configs = model.configs;
    const names = model.activations().map((a) => a.name);
    const usable = names
      .map((name, i) => ({ name, i, type: configs[i].type }))
      .filter(({ type, i }) => (this.mode === 'neighbours' ? i < names.length - 1 : ['conv2d', 'maxPooling2d', 'averagePooling2d'].includes(type)));
    const fallback = this.mode === 'neighbours' ? usable.find((u) => u.type === 'flatten') ?? usable[usable.length - 1] : [...usable].reverse().find((u) => u.type === 'conv2d');
    const wanted = this.layer === null ? fallback : usable.find((u) => u.name === this.layer);
    return { names: usable.map((u) => u.name), index: wanted?.i ?? null };
  }

  protected override willUpdate(): void {
    this.weightsLoader.request(this.network ? null : this.weights ?? pretrainedUrl(this.model));
    this.testImages.request(this.mnist);
    const model = this.currentModel;
    const data = this.testSet;
    if (!model || !data) return;
    if (model.activations().length === 0) model.forward(new Float32Array(model.inputSize), 1, 'infer');
    const { index } = this.layerChoice(model);
    const t = this.target;
    const count = this.imageCount;
    if (index === null || (t && t.model === model && t.data === data && t.layerIndex === index && t.count === count)) return;
    void this.collect(model, data, index, count);
  }

  private async collect(model: Sequential, data: ImageDataset, layerIndex: number, count: number): Promise<void> {
    const job = {};
    this.job = job;
    this.target = { model, data, layerIndex, count };
    this.collected = null;
    const size = layerSize(model, layerIndex);
    const shape = model.activations()[layerIndex].shape;
    const values = new Float32Array(count * size);
    for (let start = 0; start < count; start += CHUNK) {
      const end = Math.min(count, start + CHUNK);
      collectLayer(model, data, layerIndex, start, end, values.subarray(start * size));
      this.done = end;
      await new Promise((resolve) => setTimeout(resolve));
      if (this.job !== job) return;
    }
    this.collected = { model, data, layerIndex, count, shape, values };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Stops a collection in progress; a reconnected element starts it again on its next update.
    this.job = null;
    this.target = null;
    this.collected = null;
  }

  protected override updated(): void {
    const data = this.testSet;
    if (!data) return;
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-image]')) {
      const index = Number(canvas.dataset.image);
      if (index < data.count) paintGrid(canvas, datasetImage(data, index).pixels, 0, data.cols, data.rows, 'grey');
    }
  }

  override render(): TemplateResult {
    const model = this.currentModel;
    const problems: string[] = [];
    const w = this.weightsLoader.state;
    if (!this.network && w.status === 'error') problems.push(this.t('errorModel', { detail: w.message }));
    const d = this.testImages.state;
    if (d.status === 'error') problems.push(this.t('errorImages', { detail: d.message }));
    const choice = model && model.activations().length > 0 ? this.layerChoice(model) : null;
    if (choice && choice.index === null) problems.push(this.t('errorSurveyLayer', { found: this.layer ?? '', choices: choice.names.join(', ') }));
    const name = choice?.index !== null && choice ? model!.activations()[choice.index].name : '';
    return html`<div part="container" tabindex="0" role="group" aria-label=${this.t('surveyLabel', { layer: name, count: this.imageCount })}
      @keydown=${this.handleKeydown}>
      ${problems.map((message) => html`<p part="error" class="error" role="alert">${message}</p>`)}
      ${choice && choice.names.length > 1 ? this.renderLayerPicker(choice.names, name) : nothing}
      ${this.collected ? (this.mode === 'neighbours' ? this.renderNeighbours(this.collected, name) : this.renderStrongest(this.collected, name)) : problems.length === 0 ? html`<p class="muted">${w.status === 'loading' || d.status === 'loading' ? this.t('loadingModel') : this.t('surveyWorking', { done: this.done, count: this.imageCount })}</p>` : nothing}
    </div>`;
  }

  private renderLayerPicker(names: string[], current: string): TemplateResult {
    return html`<div class="row" role="group" aria-label=${this.t('layerPicker')}>
      <span class="row-label" aria-hidden="true">${this.t('layerPicker')}</span>
      ${names.map((n) => html`<button class="chip" aria-pressed=${n === current ? 'true' : 'false'} @click=${() => (this.layer = n)}>${n}</button>`)}
    </div>`;
  }

  private thumb(index: number, label: string, window?: InputWindow): TemplateResult {
    const data = this.testSet!;
    const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`;
    return html`<figure part="thumb" class="thumb" role="img" aria-label=${label}>
      <div class="picture">
        <canvas data-image=${index} width=${data.cols} height=${data.rows} aria-hidden="true"></canvas>
        ${window ? html`<span class="frame" style="top: ${pct(Math.max(0, window.top), data.rows)}; left: ${pct(Math.max(0, window.left), data.cols)};
          height: ${pct(Math.min(data.rows, window.top + window.height) - Math.max(0, window.top), data.rows)};
          width: ${pct(Math.min(data.cols, window.left + window.width) - Math.max(0, window.left), data.cols)}"></span>` : nothing}
      </div>
      <figcaption aria-hidden="true">${data.labels[index]}</figcaption>
    </figure>`;
  }

  private renderStrongest(c: Collected, layer: string): TemplateResult {
    if (c.shape.length !== 3) return html``;
    const k = Math.max(1, Math.min(12, this.top));
    const hits = strongestPerChannel(c.values, c.count, c.shape, k);
    const size = unitInputWindow(c.model.configs, c.model.inputShape, c.layerIndex, 0, 0).height;
    const windowOf = (hit: StrongestHit) => unitInputWindow(c.model.configs, c.model.inputShape, c.layerIndex, hit.y, hit.x);
    return html`<p class="intro">${this.t('strongestIntro', { layer, k, count: c.count.toLocaleString('en-US'), size })}</p>
      <div class="channels">
        ${hits.map((row, channel) => html`<div class="channel">
          <span class="channel-name">${this.t('channelRow', { n: channel + 1 })}</span>
          <div class="thumbs">${row.map((hit) => this.thumb(hit.image, this.t('hitItem', { index: hit.image, label: c.data.labels[hit.image], value: formatValue(hit.value) }), windowOf(hit)))}</div>
        </div>`)}
      </div>`;
  }

  private renderNeighbours(c: Collected, layer: string): TemplateResult {
    const k = Math.max(1, Math.min(12, this.top));
    const query = Number.isInteger(this.image) && this.image >= 0 && this.image < c.count ? this.image : 0;
    const size = c.values.length / c.count;
    const label = c.data.labels[query];
    const rows = [
      { title: this.t('byEmbedding', { size, layer }), found: nearestVectors(c.values, c.count, size, query, k) },
      { title: this.t('byPixels'), found: nearestVectors(this.pixels(c.data, c.count), c.count, 784, query, k) },
    ];
    return html`<p class="intro">${this.t('neighboursIntro', { index: query, label, k, count: c.count.toLocaleString('en-US') })}</p>
      <div class="row">
        <button @click=${() => this.moveQuery(-1)} aria-label=${this.t('previousImage')}>◀</button>
        ${this.thumb(query, `${this.t('queryImage')}: ${this.t('hitItem', { index: query, label, value: '' })}`)}
        <button @click=${() => this.moveQuery(1)} aria-label=${this.t('nextImage')}>▶</button>
      </div>
      ${rows.map(({ title, found }) => html`<section class="neighbours">
        <h3>${title}</h3>
        <div class="thumbs">${found.map((n) => this.thumb(n.image, this.t('neighbourItem', { index: n.image, label: c.data.labels[n.image], distance: formatValue(n.distance) })))}</div>
        <p class="muted">${this.t('sameLabel', { same: found.filter((n) => c.data.labels[n.image] === label).length, k, label })}</p>
      </section>`)}`;
  }

  /** The first `count` images as x = pixel / 255, built once per data set. */
  private pixels(data: ImageDataset, count: number): Float32Array {
    if (this.pixelTable?.data !== data || this.pixelTable.count !== count) {
      this.pixelTable = { data, count, values: Float32Array.from(data.images.subarray(0, count * 784), (p) => p / 255) };
    }
    return this.pixelTable.values;
  }

  private moveQuery(delta: number): void {
    const n = this.imageCount;
    this.image = (((this.image + delta) % n) + n) % n;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.mode !== 'neighbours' || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    this.moveQuery(event.key === 'ArrowLeft' ? -1 : 1);
    event.preventDefault();
    event.stopPropagation();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-feature-maps-survey': CnnFeatureMapsSurvey;
  }
}
