import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  autoDisplayMode, convolveImage, displayByte, displayMapper, formatKernelSpec, kernelLayout, kernelSpecFromWeights, kernelSum,
  normaliseKernelSpec, parseKernelSpec, pixelProducts, planarFromRgba,
  type ColourMode, type DisplayMode, type EdgeMode, type KernelSpec, type PlanarImage,
} from '../src/imaging';
import { tWidget, type WidgetKey } from '../src/i18n/widgets';
import { LangController } from './shared/lang';
import { defaultImageBase, resolveImage } from './cnn-filter-lab-images';
import { clamp, customKernelText, paint, safeKernel } from './cnn-filter-lab-canvas';
import { OWN_FILE, renderLabControls } from './cnn-filter-lab-controls';
import { FilterLabChangeEvent, FilterLabLoadEvent } from './cnn-filter-lab-events';
import { ImageLoadError, loadImagePixels, type ImagePixels } from './cnn-filter-lab-loader';
import { describeKernelError, renderKernelEditor } from './cnn-filter-lab-kernel-editor';
import { renderHover, type HoverView } from './cnn-filter-lab-hover';
import { filterLabStyles } from './cnn-filter-lab.styles';

export { FilterLabChangeEvent, FilterLabLoadEvent };
export type { FilterLabChangeDetail } from './cnn-filter-lab-events';

const CHANNELS: Record<ColourMode, { index: number; label: WidgetKey }[]> = {
  rgb: [{ index: 0, label: 'flChannelRed' }, { index: 1, label: 'flChannelGreen' }, { index: 2, label: 'flChannelBlue' }],
  grey: [{ index: 0, label: 'flChannelGrey' }],
};
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Filters a real photo with a preset or hand-made kernel (src/imaging), original and result
 * side by side; pointing at a pixel (or moving a cursor with the arrow keys) shows its
 * neighbourhood, the kernel, the products and their sum exactly as the filter computed them.
 *
 * @fires cnn-change - FilterLabChangeEvent after the reader changes a setting.
 * @fires cnn-load - FilterLabLoadEvent when an image has been decoded, filtered and drawn.
 * @slot credit - replaces the photo credit caption
 * @csspart panel - the whole element's box
 * @csspart controls - the row of pickers
 * @csspart image-select - photo picker
 * @csspart upload - the “open your own image” button (a label around the file input)
 * @csspart mode-select - RGB / grey
 * @csspart kernel-select - preset picker
 * @csspart edge-select - zero padding / nearest pixel
 * @csspart display-select - automatic / clamp / |value| / signed
 * @csspart kernel-editor - grid of weights, divisor, normalise button and weight sum
 * @csspart images - both figures and the legend
 * @csspart original - figure of the source image
 * @csspart result - figure of the filtered image
 * @csspart original-canvas - canvas of the source (grey in grey mode)
 * @csspart result-canvas - canvas of the filtered image
 * @csspart cursor - the K×K window outline over a canvas
 * @csspart legend - how results are mapped to pixels, and the filter time
 * @csspart hover - the pixel view
 * @csspart hover-pixel - “Pixel x = …, y = …”
 * @csspart channel-select - channel of the pixel view (RGB mode)
 * @csspart hover-values - neighbourhood table
 * @csspart hover-kernel - kernel table
 * @csspart hover-products - products table
 * @csspart hover-sum - “Sum = …”
 * @csspart hover-byte - the byte shown for that sum
 * @csspart credit - photo credit caption
 * @csspart error - a kernel or image problem (role=alert)
 * @csspart loading - shown while an image decodes
 * @cssproperty --cnn-filter-lab-image-width - shown width of each image (default 300px)
 */
@customElement('cnn-filter-lab')
export class CnnFilterLab extends LitElement {
  static override styles = filterLabStyles;

  /** A shipped photo (chelsea, coffee, astronaut, camera, brick) or an image URL. */
  @property({ reflect: true, useDefault: true }) image = 'chelsea';
  /** Folder the shipped photos are served from (default: the site's base URL + images/). */
  @property({ attribute: 'image-base' }) imageBase = defaultImageBase();
  /** A preset name, a JSON matrix, or JSON {"weights": [[…]], "divisor": n}. */
  @property({ reflect: true, useDefault: true }) kernel = 'vertical-edge';
  /** 'rgb' filters each colour channel; 'grey' filters the luma. */
  @property({ reflect: true, useDefault: true }) mode: ColourMode = 'rgb';
  /** Outside the image: 'zero' padding or 'replicate' the border pixel. */
  @property({ reflect: true, useDefault: true }) edge: EdgeMode = 'zero';
  /** How results become pixels: 'auto' (|value| for kernels summing to 0, else clamp), 'clamp', 'abs', 'signed'. */
  @property({ reflect: true, useDefault: true }) display: DisplayMode | 'auto' = 'auto';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private pixels: ImagePixels | null = null;
  @state() private loading = false;
  @state() private loadError: { key: WidgetKey; params: Record<string, string> } | null = null;
  @state() private fileName: string | null = null;
  @state() private cursor: { x: number; y: number } | null = null;
  @state() private channel = 0;

  @query('canvas[part="original-canvas"]') private originalCanvas?: HTMLCanvasElement;
  @query('canvas[part="result-canvas"]') private resultCanvas?: HTMLCanvasElement;

  private spec: KernelSpec | null = null;
  private kernelError: unknown = null;
  /** What the grid shows: the last valid kernel, so a half-typed cell does not vanish. */
  private editorSpec: KernelSpec = parseKernelSpec('identity');
  private input: PlanarImage | null = null;
  private filtered: PlanarImage | null = null;
  private filterMs = 0;
  private loadToken = 0;
  private pendingLoadEvent: string | null = null;
  private readonly langController = new LangController(this);

  /** The image being filtered (planes on 0–255), or null before an image has loaded. */
  get sourceImage(): PlanarImage | null {
    return this.input;
  }

  /** The filtered values before display mapping, or null. */
  get filteredImage(): PlanarImage | null {
    return this.filtered;
  }

  /** The display mapping in use ('auto' resolved). */
  get resolvedDisplay(): DisplayMode {
    if (this.display === 'clamp' || this.display === 'abs' || this.display === 'signed') return this.display;
    return this.spec ? autoDisplayMode(this.spec.kernel) : 'clamp';
  }

  /** Moves the pixel cursor (as pointing or the arrow keys do). */
  setCursor(x: number, y: number): void {
    if (!this.input) return;
    this.cursor = { x: clamp(Math.round(x), 0, this.input.width - 1), y: clamp(Math.round(y), 0, this.input.height - 1) };
  }

  private t = (key: WidgetKey, params?: Record<string, string | number>): string => tWidget(this.langController.value, key, params);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Defaults are not reflected (useDefault), so on the first update they are not in `changed`.
    const first = !this.hasUpdated;
    if (changed.has('image')) this.fileName = null;
    // Started here, not in updated(), so the loading flag joins this update instead of scheduling another.
    if (first || changed.has('image') || changed.has('imageBase')) void this.load(this.image, resolveImage(this.image ?? '', this.imageBase).url);
    if (first || changed.has('kernel')) {
      try {
        this.spec = parseKernelSpec(this.kernel ?? '');
        this.editorSpec = this.spec;
        this.kernelError = null;
      } catch (error) {
        this.spec = null;
        this.kernelError = error;
      }
    }
    const mode: ColourMode = this.mode === 'grey' ? 'grey' : 'rgb';
    if (first || changed.has('pixels' as keyof CnnFilterLab) || changed.has('mode')) {
      const previous = this.input;
      this.input = this.pixels ? planarFromRgba(this.pixels.rgba, this.pixels.width, this.pixels.height, mode) : null;
      const sameSize = previous && this.input && previous.width === this.input.width && previous.height === this.input.height;
      if (this.input && !sameSize) this.cursor = { x: Math.floor(this.input.width / 2), y: Math.floor(this.input.height / 2) };
      this.channel = Math.min(this.channel, CHANNELS[mode].length - 1);
    }
    if (first || ['kernel', 'pixels', 'mode', 'edge'].some((key) => changed.has(key as keyof CnnFilterLab))) {
      this.filtered = null;
      if (this.input && this.spec) {
        const started = performance.now();
        this.filtered = convolveImage(this.input, this.spec.kernel, this.edgeMode);
        this.filterMs = performance.now() - started;
      }
    }
  }

  private get edgeMode(): EdgeMode {
    return this.edge === 'replicate' ? 'replicate' : 'zero';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (['kernel', 'pixels', 'mode', 'edge', 'display'].some((key) => changed.has(key as keyof CnnFilterLab))) this.draw();
    if (this.pendingLoadEvent !== null && this.input) {
      const src = this.pendingLoadEvent;
      this.pendingLoadEvent = null;
      this.dispatchEvent(new FilterLabLoadEvent({ src, width: this.input.width, height: this.input.height }));
    }
  }

  private draw(): void {
    paint(this.originalCanvas, this.input, (v) => v);
    paint(this.resultCanvas, this.filtered, displayMapper(this.resolvedDisplay));
  }

  /** Decodes an image; a newer request (another choice, a file) wins over a slower older one. */
  private async load(src: string, source: Blob | string): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    try {
      const pixels = await loadImagePixels(source);
      if (token !== this.loadToken) return;
      this.pixels = pixels;
      this.loadError = null;
      this.pendingLoadEvent = src;
    } catch (error) {
      if (token !== this.loadToken) return;
      this.pixels = null;
      const notImage = error instanceof ImageLoadError && error.code === 'not-image';
      const reason = error instanceof Error ? (error instanceof ImageLoadError ? error.detail : error.message) : String(error);
      this.loadError = { key: notImage ? 'flErrorNotImage' : 'flErrorFetch', params: { src, reason } };
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  override render(): TemplateResult {
    const shipped = this.fileName === null ? resolveImage(this.image ?? '', this.imageBase).shipped : null;
    return html`<div part="panel">
      <div part="controls">
        ${renderLabControls(
          { image: this.image, fileName: this.fileName, mode: this.mode, edge: this.edgeMode, display: this.display, preset: this.spec?.preset ?? 'custom' },
          this.t,
          {
            onImage: this.handleImageSelect,
            onFile: this.handleFile,
            onPreset: this.handlePreset,
            onMode: (mode) => this.change({ mode }),
            onEdge: (edge) => this.change({ edge }),
            onDisplay: (display) => this.change({ display }),
          },
        )}
      </div>
      ${this.kernelError ? html`<p part="error" class="error" role="alert">${this.t('flErrorKernel', { reason: describeKernelError(this.kernelError, this.t) })}</p>` : nothing}
      ${this.loadError ? html`<p part="error" class="error" role="alert">${this.t(this.loadError.key, this.loadError.params)}</p>` : nothing}
      <div class="workspace">
        <div part="images">
          ${this.renderFigure('original', this.t('flOriginal'))} ${this.renderFigure('result', this.t('flResult'))}
          <p part="legend">${this.renderLegend()}</p>
        </div>
        <div class="side">
          ${renderKernelEditor(this.editorSpec, kernelSum(this.editorSpec.kernel), normaliseKernelSpec(this.editorSpec) !== null, this.t, {
            onCell: this.handleCell,
            onDivisor: this.handleDivisor,
            onNormalise: this.handleNormalise,
          })}
          ${renderHover(this.hoverView(), this.t, (index) => (this.channel = index))}
        </div>
      </div>
      ${this.loading ? html`<p part="loading" role="status">${this.t('flLoading')}</p>` : nothing}
      <p part="credit"><slot name="credit">${shipped ? this.t('flCredit', { credit: `${this.t(shipped.title)} · ${shipped.credit}` }) : nothing}</slot></p>
    </div>`;
  }

  private renderFigure(which: 'original' | 'result', caption: string): TemplateResult {
    const input = this.input;
    const cursor = this.cursor;
    let box: TemplateResult | typeof nothing = nothing;
    if (input && cursor) {
      const layout = kernelLayout(this.editorSpec.kernel);
      const pct = (value: number, size: number) => `${(value / size) * 100}%`;
      box = html`<div part="cursor" class="cursor" style="left:${pct(cursor.x - layout.left, input.width)};top:${pct(cursor.y - layout.top, input.height)};width:${pct(layout.cols, input.width)};height:${pct(layout.rows, input.height)}"></div>
        <div class="cursor-pixel" style="left:${pct(cursor.x, input.width)};top:${pct(cursor.y, input.height)};width:${pct(1, input.width)};height:${pct(1, input.height)}"></div>`;
    }
    return html`<figure part=${which}>
      <div class="stage">
        <canvas part="${which}-canvas" tabindex="0" aria-label=${caption} @pointermove=${this.handlePointer} @pointerdown=${this.handlePointer} @keydown=${this.handleKey}></canvas>
        ${box}
      </div>
      <figcaption>${caption}</figcaption>
    </figure>`;
  }

  private renderLegend(): TemplateResult | typeof nothing {
    if (!this.spec || !this.input) return nothing;
    const mode = this.resolvedDisplay;
    const key: WidgetKey = mode === 'abs' ? 'flLegendAbs' : mode === 'signed' ? 'flLegendSigned' : 'flLegendClamp';
    const zeroSum = autoDisplayMode(this.spec.kernel) === 'abs';
    return html`${this.t(key)} ${zeroSum ? this.t('flLegendZeroSum') : nothing}
      <span class="timing">${this.t('flTiming', { pixels: this.input.width * this.input.height, channels: this.input.channels.length, ms: this.filterMs.toFixed(1) })}</span>`;
  }

  private hoverView(): HoverView | null {
    const { input, spec, cursor } = this;
    if (!input || !spec || !cursor) return null;
    const products = pixelProducts(input.channels[this.channel], input.width, input.height, spec.kernel, cursor.x, cursor.y, this.edgeMode);
    return { products, byte: displayByte(products.sum, this.resolvedDisplay), channels: CHANNELS[input.channels.length === 1 ? 'grey' : 'rgb'], channel: this.channel };
  }

  private handlePointer(event: PointerEvent): void {
    const canvas = event.currentTarget as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    if (!this.input || rect.width === 0) return;
    const x = Math.floor(((event.clientX - rect.left) / rect.width) * this.input.width);
    this.setCursor(x, Math.floor(((event.clientY - rect.top) / rect.height) * this.input.height));
  }

  private handleKey(event: KeyboardEvent): void {
    const step = ARROWS[event.key];
    if (!step || !this.input) return;
    event.preventDefault();
    event.stopPropagation(); // keep reveal.js from changing slides
    const distance = event.shiftKey ? 10 : 1;
    const from = this.cursor ?? { x: 0, y: 0 };
    this.setCursor(from.x + step[0] * distance, from.y + step[1] * distance);
  }

  private handleImageSelect = (name: string): void => {
    if (name === OWN_FILE) return;
    this.fileName = null;
    if (name === this.image) void this.load(name, resolveImage(name, this.imageBase).url);
    this.change({ image: name });
  };

  private handleFile = (file: File): void => {
    this.fileName = file.name;
    void this.load(file.name, file);
    this.change({});
  };

  private handlePreset = (name: string): void => {
    const custom = kernelSpecFromWeights(this.editorSpec.weights, this.editorSpec.divisor);
    this.change({ kernel: name === 'custom' ? formatKernelSpec(custom) : name });
  };

  private handleCell = (row: number, col: number, weight: number): void => {
    const weights = this.editorSpec.weights.map((line, r) => line.map((w, c) => (r === row && c === col ? weight : w)));
    this.change({ kernel: customKernelText(weights, this.editorSpec.divisor) });
  };

  private handleDivisor = (divisor: number): void => {
    this.change({ kernel: customKernelText(this.editorSpec.weights, divisor) });
  };

  private handleNormalise = (): void => {
    const normalised = normaliseKernelSpec(this.editorSpec);
    if (normalised) this.change({ kernel: formatKernelSpec(normalised) });
  };

  /** Applies a reader's change and fires cnn-change. */
  private change(update: Partial<Pick<CnnFilterLab, 'image' | 'kernel' | 'mode' | 'edge' | 'display'>>): void {
    Object.assign(this, update);
    this.dispatchEvent(
      new FilterLabChangeEvent({
        kind: 'filter-lab',
        image: this.fileName !== null ? '' : this.image,
        kernel: this.kernel,
        weights: safeKernel(this.kernel),
        mode: this.mode,
        edge: this.edgeMode,
        display: this.display,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-filter-lab': CnnFilterLab;
  }
}
