import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { channelEquation, narrateConvStep, productEquation } from '../src/narrate';
import type { ConvStep } from '../src/reference/types';
import { formatFactor, formatNumber } from '../src/viz/format';
import './cnn-matrix';
import type { CellEditEvent, CellSelectEvent } from './shared/cell-events';
import type { CnnStepDetail } from './shared/step-event';
import { StepperElement } from './shared/stepper-base';
import { stepperStyles } from './shared/stepper-styles';
import { hostBase, themeTokens } from './shared/theme';
import { convStepperStyles } from './cnn-conv-stepper.styles';
import {
  buildConvModel,
  editInput,
  editKernel,
  outputDomain,
  outputSoFar,
  productDomain,
  sampledCells,
  stepIndexOf,
  termGrid,
  windowRect,
  type ConvModel,
} from './cnn-conv-stepper-model';

const shape = (rows: number, cols: number) => `${rows}×${cols}`;

/**
 * Steps through a 2D convolution one output cell at a time: the padded input with the
 * window, the kernel, the element-wise products, their sum (per channel, plus the bias)
 * and the output maps filling in. Everything shown is read from the reference engine's
 * trace (src/reference conv2d).
 *
 * @fires cnn-step - CnnStepEvent, detail {kind: 'conv2d', step, total, outChannel, outRow, outCol, value}.
 * @csspart controls - The control bar; its buttons are `button` plus reset / previous / play / next / speed.
 * @csspart counter - "Step 3 / 9".
 * @csspart equation - The sum-of-products line.
 * @csspart narration - The polite live region (visually hidden).
 * @csspart error - The error box (role="alert").
 * @cssproperty --cnn-cell-size - Side of a matrix cell (default 56px); everything scales with it.
 * @cssproperty --cnn-stepper-channel-cell-size - Cell size of the per-channel rows when the input has several channels (default 34px).
 * @cssproperty --cnn-equation-size - Font size of the equation line.
 */
@customElement('cnn-conv-stepper')
export class CnnConvStepper extends StepperElement {
  static override styles = [themeTokens, hostBase, stepperStyles, convStepperStyles];

  /** JSON [H][W] or [C][H][W], or an input preset name (default "example-a"). */
  @property({ reflect: true }) input: string | null = null;
  /** JSON [Kh][Kw], [Cin][Kh][Kw] or [Cout][Cin][Kh][Kw], or a kernel preset name (default "vertical-edge"). */
  @property({ reflect: true }) kernel: string | null = null;
  /** A number for every filter, or a JSON list with one per filter. */
  @property({ reflect: true }) bias: string | null = null;
  /** n, or "sh,sw". */
  @property({ reflect: true }) stride: string | null = null;
  /** valid | same | full | n | "top,bottom,left,right". */
  @property({ reflect: true }) padding: string | null = null;
  /** n, or "dh,dw". */
  @property({ reflect: true }) dilation: string | null = null;
  /** True convolution: the kernel is rotated by 180° (and drawn rotated). */
  @property({ type: Boolean, reflect: true }) flip = false;
  /** Input and kernel cells can be edited (double-click, Enter or F2); the trace is recomputed, the step kept. */
  @property({ type: Boolean, reflect: true }) editable = false;

  @state() private model: ConvModel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['input', 'kernel', 'bias', 'stride', 'padding', 'dilation', 'flip'] as const;
    if (this.model && !this.problem && !inputs.some((name) => changed.has(name))) return;
    const result = buildConvModel(this);
    this.model = result.ok ? result.model : undefined;
    this.setTrace(result.ok ? result.model.steps.length : 0, result.ok ? undefined : result.problem);
  }

  private get current(): ConvStep | undefined {
    return this.model?.steps[this.step];
  }

  protected stepDetail(): CnnStepDetail | undefined {
    const step = this.current;
    if (!step) return undefined;
    const { outChannel, outRow, outCol, sum } = step;
    return { kind: 'conv2d', step: this.step, total: this.stepper.total, outChannel, outRow, outCol, value: sum };
  }

  protected narration(): string {
    const step = this.current;
    return step ? narrateConvStep(step, this.language, { filters: this.model?.weights.length }) : '';
  }

  protected override render() {
    const model = this.model;
    const step = this.current;
    if (!model || !step) return html`${this.renderProblem()}${this.renderLive()}`;
    return html`<div class="stage" part="stage">
        <div class="channels ${model.input.length > 1 ? 'multi' : ''}">
          ${model.input.map((_, channel) => this.renderChannel(model, step, channel))}
        </div>
        <div class="outputs">${this.renderOutputs(model, step)}</div>
      </div>
      ${this.renderEquation(step)} ${this.editable ? html`<p class="note">${this.t('editHint')}</p>` : nothing}
      ${this.renderControls()} ${this.renderLive()}`;
  }

  private renderChannel(model: ConvModel, step: ConvStep, channel: number): TemplateResult {
    const multi = model.input.length > 1;
    const [h, w] = [model.input[0].length, model.input[0][0].length];
    const [ph, pw] = [model.padded[0].length, model.padded[0][0].length];
    const [kh, kw] = [model.weights[0][0].length, model.weights[0][0][0].length];
    const channelPrefix = multi ? `${this.t('channel', { n: channel })} · ` : '';
    const inputCaption =
      channelPrefix +
      (ph !== h || pw !== w ? this.t('paddedInput', { shape: shape(h, w), padded: shape(ph, pw) }) : this.t('inputShape', { shape: shape(h, w) }));
    const filterPrefix = model.weights.length > 1 ? `${this.t('filter', { n: step.outChannel })} · ` : '';
    // Side by side, channels drop the operator columns and carry them in the captions.
    const [times, equals] = multi ? ['× ', '= '] : ['', ''];
    const kernelCaption = times + filterPrefix + this.t(model.flip ? 'kernelFlipped' : 'kernelShape', { shape: shape(kh, kw) });
    const pads = model.pads;
    const hasPads = pads.top + pads.bottom + pads.left + pads.right > 0;
    return html`<div class="channel-row" data-channel=${channel}>
      <cnn-matrix class="input" data-channel=${channel} caption=${inputCaption} theme=${this.theme ?? nothing}
        scale=${model.input.flat(2).some((v) => v < 0) ? 'diverging' : 'grey'}
        .values=${model.padded[channel]} .padded=${hasPads ? pads : null}
        .highlight=${windowRect(step, pads)} .windowCells=${model.dilated ? sampledCells(step, channel, pads) : []}
        ?editable=${this.editable} @cnn-cell-edit=${this.handleInputEdit}></cnn-matrix>
      <span class="with-op">
        <span class="operator times" aria-hidden="true">×</span>
        <cnn-matrix class="kernel" data-channel=${channel} caption=${kernelCaption} theme=${this.theme ?? nothing}
          .values=${termGrid(step, channel, 'weight')} ?editable=${this.editable}
          @cnn-cell-edit=${this.handleKernelEdit}></cnn-matrix>
      </span>
      <span class="with-op">
        <span class="operator equals" aria-hidden="true">=</span>
        <cnn-matrix class="products" data-channel=${channel} caption=${equals + this.t('products')} theme=${this.theme ?? nothing}
          .values=${termGrid(step, channel, 'product')} .domain=${productDomain(model.steps)}></cnn-matrix>
      </span>
      <span class="partial" part="partial-sum">Σ = ${formatNumber(step.channelSums[channel])}</span>
    </div>`;
  }

  private renderOutputs(model: ConvModel, step: ConvStep): TemplateResult[] {
    const maps = outputSoFar(model, this.step);
    const domain = outputDomain(model);
    return maps.map((values, filter) => {
      const [h, w] = [values.length, values[0].length];
      const caption =
        maps.length > 1 ? `${this.t('featureMap', { n: filter })} ${shape(h, w)}` : this.t('outputShape', { shape: shape(h, w) });
      const current = filter === step.outChannel;
      return html`<cnn-matrix class="output ${current ? 'current' : ''}" data-filter=${filter} caption=${caption}
        theme=${this.theme ?? nothing} interactive title=${this.t('jumpHint')}
        .values=${values} .domain=${domain} .active=${current ? { row: step.outRow, col: step.outCol } : null}
        @cnn-cell-select=${this.handleOutputSelect}></cnn-matrix>`;
    });
  }

  private renderEquation(step: ConvStep): TemplateResult {
    if (step.channelSums.length > 1) {
      const label = (channel: number) => this.t('channelShort', { n: channel });
      const { text } = channelEquation(step, label, this.t('biasShort'));
      const [left, result] = splitResult(text);
      return html`<p class="equation" part="equation">${left} = <span class="result">${result}</span></p>`;
    }
    const equation = productEquation(step);
    return html`<p class="equation" part="equation">
      ${equation.terms.map(
        (term, i) => html`${i > 0 ? ' + ' : ''}<span class="term ${term.padded ? 'padded' : ''}">${term.text}</span>`,
      )}
      ${step.bias !== 0 ? html` + <span class="bias">${this.t('biasTerm', { value: formatFactor(step.bias) })}</span>` : nothing}
      = <span class="result">${equation.sumText}</span>
    </p>`;
  }

  private handleOutputSelect(event: CellSelectEvent): void {
    const filter = Number((event.currentTarget as HTMLElement).dataset.filter);
    if (!this.model) return;
    const index = stepIndexOf(this.model, filter, event.row, event.col);
    this.stepper.pause();
    this.stepper.seek(index);
  }

  private handleInputEdit(event: CellEditEvent): void {
    const channel = Number((event.currentTarget as HTMLElement).dataset.channel);
    const edited = this.model && editInput(this.model, channel, event.row, event.col, event.value);
    if (!edited) {
      event.preventDefault(); // a padding cell is not data
      return;
    }
    this.input = JSON.stringify(edited);
  }

  private handleKernelEdit(event: CellEditEvent): void {
    if (!this.model || !this.current) return;
    const channel = Number((event.currentTarget as HTMLElement).dataset.channel);
    this.kernel = JSON.stringify(editKernel(this.model, this.current.outChannel, channel, event.row, event.col, event.value));
  }
}

/** "a + b = 540" → ["a + b", "540"]. */
function splitResult(text: string): [string, string] {
  const at = text.lastIndexOf(' = ');
  return [text.slice(0, at), text.slice(at + 3)];
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-conv-stepper': CnnConvStepper;
  }
}
