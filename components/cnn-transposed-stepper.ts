import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { narrateScatterStep, narrateScatterStep1d, scatterCanvas, type ScatterProgress } from '../src/narrate';
import type { ScatterStep } from '../src/reference/types';
import { formatNumber } from '../src/viz/format';
import './cnn-matrix';
import type { CellSelectEvent } from './shared/cell-events';
import type { CnnStepDetail } from './shared/step-event';
import { StepperElement } from './shared/stepper-base';
import { stepperStyles } from './shared/stepper-styles';
import { hostBase, themeTokens } from './shared/theme';
import { transposedStepperStyles } from './cnn-transposed-stepper.styles';
import {
  buildTransposedModel,
  inputIndexOf,
  overlapCells,
  placementRect,
  scaledKernel,
  type TransposedModel,
} from './cnn-transposed-stepper-model';

const shape = (rows: number, cols: number) => `${rows}×${cols}`;

/**
 * Steps through a transposed convolution as scatter-add: each step takes one input cell,
 * scales the kernel by it and adds the copy into the output at stride offsets. The
 * running output is drawn on the whole canvas, with the border that `padding` crops
 * hatched; a second grid counts the contributions each cell has received, and cells where
 * the current copy overlaps earlier ones are ringed. mode="1d" shows sequences.
 * Read from the reference convTranspose2d / convTranspose1d trace.
 *
 * @fires cnn-step - CnnStepEvent, detail {kind: 'transposed2d', step, total, inChannel, inRow, inCol, value}
 *   or {kind: 'transposed1d', step, total, inChannel, inPosition, value}; value is the input value scattered.
 * @csspart controls - The control bar; its buttons are `button` plus reset / previous / play / next / speed.
 * @csspart counter - "Step 3 / 4".
 * @csspart size - "Output 4×4: O = (2 − 1)·2 − 2·0 + 3 + 1 = 4".
 * @csspart equation - What the current step adds where.
 * @csspart narration - The polite live region (visually hidden).
 * @csspart error - The error box (role="alert").
 * @cssproperty --cnn-cell-size - Side of a matrix cell (default 56px); a 2D contributions grid uses 0.7 of it (numbers at least 16px).
 */
@customElement('cnn-transposed-stepper')
export class CnnTransposedStepper extends StepperElement {
  static override styles = [themeTokens, hostBase, stepperStyles, transposedStepperStyles];

  /** "2d" (default) or "1d". */
  @property({ reflect: true }) mode: string | null = null;
  /** 2D: JSON [H][W] or [C][H][W] or an input preset (default [[1,2],[3,4]]); 1D: JSON [L] or [C][L] (default [1,2,3]). */
  @property({ reflect: true }) input: string | null = null;
  /** 2D: [K][K], [Cin][K][K] or [Cin][Cout][K][K] (default 3×3 ones); 1D: [K], [Cin][K] or [Cin][Cout][K] (default [1,2,1]). */
  @property({ reflect: true }) kernel: string | null = null;
  /** A number for every output channel, or a JSON list. */
  @property({ reflect: true }) bias: string | null = null;
  /** n, or "sh,sw" in 2D (default 1). */
  @property({ reflect: true }) stride: string | null = null;
  /** Cells cropped from each border of the full result: n, or "ph,pw" in 2D (default 0). */
  @property({ reflect: true }) padding: string | null = null;
  /** Extra cells at the bottom/right, smaller than the stride: n, or "oh,ow" (default 0). */
  @property({ reflect: true, attribute: 'output-padding' }) outputPadding: string | null = null;

  @state() private model: TransposedModel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['mode', 'input', 'kernel', 'bias', 'stride', 'padding', 'outputPadding'] as const;
    if (this.model && !this.problem && !inputs.some((name) => changed.has(name))) return;
    const result = buildTransposedModel(this);
    this.model = result.ok ? result.model : undefined;
    this.setTrace(result.ok ? result.model.steps.length : 0, result.ok ? undefined : result.problem);
  }

  private get current(): ScatterStep | undefined {
    return this.model?.steps[this.step];
  }

  protected stepDetail(): CnnStepDetail | undefined {
    const step = this.current;
    if (!step || !this.model) return undefined;
    const base = { step: this.step, total: this.stepper.total, inChannel: step.inChannel, value: step.inputValue };
    return this.model.dims === 1
      ? { kind: 'transposed1d', ...base, inPosition: step.inCol }
      : { kind: 'transposed2d', ...base, inRow: step.inRow, inCol: step.inCol };
  }

  protected narration(): string {
    const step = this.current;
    if (!step || !this.model) return '';
    const step1d = this.model.steps1d?.[this.step];
    return step1d ? narrateScatterStep1d(step1d, this.language) : narrateScatterStep(step, this.language);
  }

  protected override render() {
    const model = this.model;
    const step = this.current;
    if (!model || !step) return html`${this.renderProblem()}${this.renderLive()}`;
    const [outRows, outCols] = [model.output[0].length, model.output[0][0].length];
    const outShape = [model.output.length, outRows, outCols] as [number, number, number];
    const progress = scatterCanvas(model.steps, this.step, outShape, model.padding, model.bias);
    const final = scatterCanvas(model.steps, model.steps.length - 1, outShape, model.padding, model.bias);
    const [padRows, padCols] = model.padding;
    return html`<div class="stage" part="stage">
        ${this.renderInput(model, step)}
        ${model.output.map((_, channel) => this.renderChannel(model, step, channel, progress, final))}
      </div>
      <p class="size" part="size">${this.t('transposedSize', { shape: model.dims === 1 ? this.t('lengthShape', { n: outCols }) : shape(outRows, outCols), formula: model.formulas.join('; ') })}</p>
      ${padRows + padCols > 0 ? html`<p class="note">${this.t('croppedNote', { padding: model.dims === 1 ? padCols : `${padRows}, ${padCols}` })}</p>` : nothing}
      <p class="equation" part="equation">${this.narration()}</p>
      ${this.renderControls()} ${this.renderLive()}`;
  }

  private renderInput(model: TransposedModel, step: ScatterStep): TemplateResult {
    const [h, w] = [model.input[0].length, model.input[0][0].length];
    const prefix = model.input.length > 1 ? `${this.t('channel', { n: step.inChannel })} · ` : '';
    return html`<cnn-matrix class="input" data-channel=${step.inChannel} theme=${this.theme ?? nothing} interactive
      caption=${prefix + this.t('inputShape', { shape: model.dims === 1 ? this.t('lengthShape', { n: w }) : shape(h, w) })} title=${this.t('jumpHint')}
      scale=${model.input.flat(2).some((v) => v < 0) ? 'diverging' : 'grey'} .values=${model.input[step.inChannel]}
      .active=${{ row: step.inRow, col: step.inCol }} @cnn-cell-select=${this.handleInputSelect}></cnn-matrix>`;
  }

  /** One output channel: kernel, × value = scaled kernel, the running canvas and the contribution counts. */
  private renderChannel(model: TransposedModel, step: ScatterStep, channel: number, progress: ScatterProgress, final: ScatterProgress): TemplateResult {
    const kernel = model.weights[step.inChannel][channel];
    const [kh, kw] = [kernel.length, kernel[0].length];
    const [padRows, padCols] = model.padding;
    const canvas = progress.values[channel];
    const pads = { top: padRows, bottom: padRows, left: padCols, right: padCols };
    const all = final.values[channel].flat().concat(0);
    const prefix = model.output.length > 1 ? `${this.t('channel', { n: channel })} · ` : '';
    const placement = placementRect(step, channel, model.padding);
    const value = formatNumber(step.inputValue);
    return html`<div class="channel ${model.dims === 1 ? 'one-d' : ''}">
      <div class="scatter">
        <cnn-matrix class="kernel" theme=${this.theme ?? nothing} caption=${prefix + this.t('kernelShape', { shape: model.dims === 1 ? this.t('lengthShape', { n: kw }) : shape(kh, kw) })}
          .values=${kernel}></cnn-matrix>
        <span class="then">
          <span class="operator" aria-hidden="true">× ${value} =</span>
          <cnn-matrix class="scaled" theme=${this.theme ?? nothing} caption=${this.t('scaledKernel', { value })}
            .values=${scaledKernel(step, channel)}></cnn-matrix>
          <span class="operator" aria-hidden="true">→</span>
        </span>
      </div>
      <div class="sums">
        <cnn-matrix class="canvas" theme=${this.theme ?? nothing} caption=${prefix + this.t('runningOutput')}
          .values=${canvas} .padded=${padRows + padCols > 0 ? pads : null} .domain=${[Math.min(...all), Math.max(...all)]}
          .highlight=${placement} .marked=${overlapCells(step, channel, progress.counts[channel], model.padding)}></cnn-matrix>
        <cnn-matrix class="counts" theme=${this.theme ?? nothing} caption=${this.t('contributions')} scale="none"
          .values=${progress.counts[channel]} .padded=${padRows + padCols > 0 ? pads : null} .highlight=${placement}></cnn-matrix>
      </div>
    </div>`;
  }

  private handleInputSelect(event: CellSelectEvent): void {
    if (!this.model) return;
    const channel = Number((event.currentTarget as HTMLElement).dataset.channel);
    this.stepper.pause();
    this.stepper.seek(inputIndexOf(this.model, channel, event.row, event.col));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-transposed-stepper': CnnTransposedStepper;
  }
}
