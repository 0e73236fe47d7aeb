import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, queryAll } from 'lit/decorators.js';
import { formatPercent, tTrainer, type TrainerKey } from '../src/i18n/trainer';
import type { Params } from '../src/i18n';
import { LangController } from './shared/lang';
import { jsonAttribute, UnparsedJson } from './shared/json-attribute';
import { digitGalleryStyles } from './cnn-digit-gallery.styles';

/** One digit: its pixels (0 … 255, row-major), the true label, the prediction and its probability. */
export interface GalleryItem {
  pixels: ArrayLike<number>;
  label: number;
  predicted: number;
  confidence: number;
  /** Where it comes from (e.g. its index in the test set), for the accessible name. */
  index?: number;
}

const isItem = (v: unknown): v is GalleryItem => {
  const item = v as Partial<GalleryItem> | null;
  return typeof item === 'object' && item !== null && typeof item.label === 'number' && typeof item.predicted === 'number' &&
    typeof item.confidence === 'number' && item.pixels !== undefined && typeof item.pixels.length === 'number';
};

/**
 * A gallery of digit images with their true label, the predicted label and the
 * confidence, e.g. a model's misclassified test digits. Each image is a canvas with an
 * accessible name; ink is white on black (high values bright, as in the data).
 *
 * @csspart container - the figure holding the caption and the list
 * @csspart item - one digit card
 * @csspart error - the message for a bad `items` attribute
 * @cssproperty --cnn-gallery-size - side of a digit image (default 56px)
 */
@customElement('cnn-digit-gallery')
export class CnnDigitGallery extends LitElement {
  static override styles = digitGalleryStyles;

  /** The digits (property, or a JSON attribute with `pixels` as plain arrays). */
  @property({ converter: jsonAttribute }) items: unknown = [];
  /** Image height and width in pixels. */
  @property({ type: Number }) rows = 28;
  @property({ type: Number }) cols = 28;
  /** Shows at most this many digits. */
  @property({ type: Number }) max = 48;
  /** Caption above the gallery; none when empty. */
  @property() caption = '';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @queryAll('canvas') private canvases!: NodeListOf<HTMLCanvasElement>;
  private readonly langController = new LangController(this);

  private t(key: TrainerKey, params?: Params): string {
    return tTrainer(this.langController.value, key, params);
  }

  private get shown(): GalleryItem[] {
    return Array.isArray(this.items) ? this.items.filter(isItem).slice(0, Math.max(0, this.max)) : [];
  }

  override render(): TemplateResult {
    if (this.items instanceof UnparsedJson || !Array.isArray(this.items) || !this.items.every(isItem)) {
      const detail = this.items instanceof UnparsedJson ? this.items.reason : 'expected [{ "pixels", "label", "predicted", "confidence" }]';
      return html`<p part="error" class="error" role="alert">items: ${detail}</p>`;
    }
    const items = this.shown;
    return html`<figure part="container" class="gallery">
      ${this.caption ? html`<figcaption class="title">${this.caption}</figcaption>` : nothing}
      ${items.length === 0
        ? html`<p class="empty">${this.t('galleryEmpty')}</p>`
        : html`<ul>
            ${items.map((item, i) => {
              const confidence = formatPercent(item.confidence, 0);
              const name = this.t('galleryItem', { index: item.index ?? i + 1, label: item.label, predicted: item.predicted, confidence });
              return html`<li part="item">
                <figure>
                  <canvas width=${this.cols} height=${this.rows} role="img" aria-label=${name}></canvas>
                  <figcaption aria-hidden="true">
                    ${item.label} <span class="arrow">→ ${item.predicted}</span><span class="confidence">${confidence}</span>
                  </figcaption>
                </figure>
              </li>`;
            })}
          </ul>`}
    </figure>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const items = this.shown;
    this.canvases.forEach((canvas, i) => {
      const item = items[i];
      const context = canvas.getContext('2d');
      if (!item || !context) return;
      const image = context.createImageData(this.cols, this.rows);
      for (let p = 0; p < this.rows * this.cols; p++) {
        const v = Math.max(0, Math.min(255, Number(item.pixels[p]) || 0));
        image.data.set([v, v, v, 255], p * 4);
      }
      context.putImageData(image, 0, 0);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-digit-gallery': CnnDigitGallery;
  }
}
