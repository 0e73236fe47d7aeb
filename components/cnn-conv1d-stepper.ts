import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { narrateConv1dStep, productEquation } from '../src/narrate';
import type { Conv1dStep } from '../src/reference/types';
import { formatFactor } from '../src/viz/format';
import './cnn-matrix';
import type { CellSelectEvent } from './shared/cell-events';
import type { CnnStepDetail } from './shared/step-event';
import { StepperElement } from './shared/stepper-base';
import { stepperStyles } from './shared/stepper-styles';
import { hostBase, themeTokens } from './shared/theme';
import { conv1dStepperStyles } from './cnn-conv1d-stepper.styles';
import {
  buildConv1dModel,
  inputColumnLabels,
  output1dSoFar,
  sampled1dCells,
  step1dIndexOf,
  term1dGrid,
  window1dRect,
  type Conv1dModel,
} from './cnn-conv1d-stepper-model';

/**
 * Steps through a 1D convolution: a time series ([L] or [C][L]) or a sentence whose words
 * are embedding columns, with a kernel that spans every channel and slides along the
 * sequence (kernel 3 over words = a 3-gram). Shows the window, the kernel, the products,
 * their sum and the output sequence(s) filling in, read from the reference conv1d trace.
 *
 * @fires cnn-step - CnnStepEvent, detail {kind: 'conv1d', step, total, outChannel, outPosition, value}.
 * @csspart controls - The control bar; its buttons are `button` plus reset / previous / play / next / speed.
 * @csspart counter - "Step 3 / 6".
 * @csspart equation - The sum-of-products line.
 * @csspart narration - The polite live region (visually hidden).
 * @csspart error - The error box (role="alert").
 * @cssproperty --cnn-cell-size - Side of a matrix cell (default 56px).
 */
@customElement('cnn-conv1d-stepper')
export class CnnConv1dStepper extends StepperElement {
  static override styles = [themeTokens, hostBase, stepperStyles, conv1dStepperStyles];

  /** JSON [L] or [C][L] (default [1, 3, 2, 5, 4, 6, 3, 2]); ignored when `tokens` is set. */
  @property({ reflect: true }) input: string | null = null;
  /** JSON list of words, e.g. ["the","cat","sat","on","the","mat"]: each word becomes an embedding column. */
  @property({ reflect: true }) tokens: string | null = null;
  /** JSON [L][E], one vector per word; without it, embeddings are drawn from `seed`, the same for a repeated word. */
  @property({ reflect: true }) embeddings: string | null = null;
  /** Size of the seeded embeddings (default 4). */
  @property({ type: Number, reflect: true, useDefault: true, attribute: 'embedding-size' }) embeddingSize = 4;
  /** Seed of the demo embeddings and kernels (default 1). */
  @property({ type: Number, reflect: true, useDefault: true }) seed = 1;
  /** JSON [K], [Cin][K] or [Cout][Cin][K] (default [1, 0, −1] for one channel; seeded for sentences). */
  @property({ reflect: true }) kernel: string | null = null;
  /** Width of the seeded kernels when `kernel` is absent (default 3: a 3-gram). */
  @property({ type: Number, reflect: true, useDefault: true, attribute: 'kernel-size' }) kernelSize = 3;
  /** Number of seeded kernels when `kernel` is absent (default 1). */
  @property({ type: Number, reflect: true, useDefault: true }) filters = 1;
  /** A number for every filter, or a JSON list. */
  @property({ reflect: true }) bias: string | null = null;
  @property({ reflect: true }) stride: string | null = null;
  /** valid | same | full | n. */
  @property({ reflect: true }) padding: string | null = null;
  @property({ reflect: true }) dilation: string | null = null;

  @state() private model: Conv1dModel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['input', 'tokens', 'embeddings', 'embeddingSize', 'seed', 'kernel', 'kernelSize', 'filters', 'bias', 'stride', 'padding', 'dilation'] as const;
    if (this.model && !this.problem && !inputs.some((name) => changed.has(name))) return;
    const result = buildConv1dModel(this);
    this.model = result.ok ? result.model : undefined;
    this.setTrace(result.ok ? result.model.steps.length : 0, result.ok ? undefined : result.problem);
  }

  private get current(): Conv1dStep | undefined {
    return this.model?.steps[this.step];
  }

  protected stepDetail(): CnnStepDetail | undefined {
    const step = this.current;
    if (!step) return undefined;
    const { outChannel, outPosition, sum } = step;
    return { kind: 'conv1d', step: this.step, total: this.stepper.total, outChannel, outPosition, value: sum };
  }

  protected narration(): string {
    const step = this.current;
    if (!step || !this.model) return '';
    return narrateConv1dStep(step, this.language, { filters: this.model.weights.length, tokens: this.model.tokens });
  }

  protected override render() {
    const model = this.model;
    const step = this.current;
    if (!model || !step) return html`${this.renderProblem()}${this.renderLive()}`;
    const [channels, length] = [model.input.length, model.input[0].length];
    const caption = model.tokens
      ? this.t('sentence', { length, channels })
      : this.t(channels > 1 ? 'sequenceShape' : 'sequenceLength', { channels, length });
    const pads = model.pads;
    const hasPads = pads.left + pads.right > 0;
    const kernelSize = model.weights[0][0].length;
    const filterPrefix = model.weights.length > 1 ? `${this.t('filter', { n: step.outChannel })} · ` : '';
    return html`<div class="stage" part="stage">
        <div class="top">
          <cnn-matrix class="input ${model.tokens ? 'words' : ''}" caption=${caption} theme=${this.theme ?? nothing}
            scale=${model.input.flat().some((v) => v < 0) ? 'diverging' : 'grey'} .values=${model.padded}
            .padded=${hasPads ? { top: 0, bottom: 0, left: pads.left, right: pads.right } : null}
            .colLabels=${inputColumnLabels(model)} .highlight=${window1dRect(step, pads, channels)}
            .windowCells=${model.dilated ? sampled1dCells(step, pads) : []}></cnn-matrix>
          <div class="row">
            <span class="with-op">
              <span class="operator" aria-hidden="true">×</span>
              <cnn-matrix class="kernel" theme=${this.theme ?? nothing} .values=${term1dGrid(step, 'weight')}
                caption=${filterPrefix + (model.tokens ? this.t('ngram', { n: kernelSize }) : this.t('kernelShape', { shape: `${channels}×${kernelSize}` }))}></cnn-matrix>
            </span>
            <span class="with-op">
              <span class="operator" aria-hidden="true">=</span>
              <cnn-matrix class="products" caption=${this.t('products')} theme=${this.theme ?? nothing}
                .values=${term1dGrid(step, 'product')}></cnn-matrix>
            </span>
          </div>
        </div>
        ${this.renderOutput(model, step)}
      </div>
      ${this.renderEquation(step)} ${this.renderControls()} ${this.renderLive()}`;
  }

  private renderOutput(model: Conv1dModel, step: Conv1dStep): TemplateResult {
    const values = output1dSoFar(model, this.step);
    const all = model.output.flat();
    const many = values.length > 1;
    return html`<cnn-matrix class="output" theme=${this.theme ?? nothing} interactive title=${this.t('jumpHint')}
      caption=${this.t('outputShape', { shape: `${values.length}×${values[0].length}` })}
      .values=${values} .domain=${[Math.min(...all), Math.max(...all)]}
      .rowLabels=${many ? values.map((_, f) => this.t('filterShort', { n: f })) : null}
      .colLabels=${values[0].map((_, i) => String(i))}
      .active=${{ row: step.outChannel, col: step.outPosition }} @cnn-cell-select=${this.handleOutputSelect}></cnn-matrix>`;
  }

  private renderEquation(step: Conv1dStep): TemplateResult {
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
    if (!this.model) return;
    this.stepper.pause();
    this.stepper.seek(step1dIndexOf(this.model, event.row, event.col));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-conv1d-stepper': CnnConv1dStepper;
  }
}
