import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SHOWN_POOL_VALUES, narratePoolStep, poolEquation } from '../src/narrate';
import type { PoolStep } from '../src/reference/types';
import './cnn-matrix';
import type { CellSelectEvent } from './shared/cell-events';
import type { CnnStepDetail } from './shared/step-event';
import { StepperElement } from './shared/stepper-base';
import { stepperStyles } from './shared/stepper-styles';
import { hostBase, themeTokens } from './shared/theme';
import { poolStepperStyles } from './cnn-pool-stepper.styles';
import {
  buildPoolModel,
  inputDomain,
  poolOutputSoFar,
  poolStepIndexOf,
  poolWindowRect,
  sizeText,
  strideText,
  winnerCell,
  type PoolModel,
} from './cnn-pool-stepper-model';

const shape = (rows: number, cols: number) => `${rows}×${cols}`;

/**
 * Steps through max, average or global pooling one window at a time: the (padded) input
 * of the current channel with the window, the winning cell ringed (max), the values and
 * result as an equation ("max(1, 3, 2, 9) = 9", "(1 + 3 + 2 + 9) / 4 = 3.75"), and the
 * output map filling in. Read from the reference engine's pool2d / globalPool2d trace.
 *
 * @fires cnn-step - CnnStepEvent, detail {kind: 'pool', step, total, channel, outRow, outCol, value, winner?}.
 * @csspart controls - The control bar; its buttons are `button` plus reset / previous / play / next / speed.
 * @csspart counter - "Step 3 / 4".
 * @csspart operation - The label between input and output ("Max pooling 2×2, stride 2").
 * @csspart equation - The pooling equation; the winner is wrapped in `.winner` (bold, underlined).
 * @csspart narration - The polite live region (visually hidden).
 * @csspart error - The error box (role="alert").
 * @cssproperty --cnn-cell-size - Side of a matrix cell (default 56px).
 */
@customElement('cnn-pool-stepper')
export class CnnPoolStepper extends StepperElement {
  static override styles = [themeTokens, hostBase, stepperStyles, poolStepperStyles];

  /** JSON [H][W] or [C][H][W], or an input preset name (default "pool-a"). */
  @property({ reflect: true }) input: string | null = null;
  /** max | avg | global-max | global-avg (default max). */
  @property({ reflect: true }) mode: string | null = null;
  /** Window size: n or "h,w" (default 2). */
  @property({ reflect: true }) size: string | null = null;
  /** n or "sh,sw"; defaults to the size, as in Keras. */
  @property({ reflect: true }) stride: string | null = null;
  /** valid | same | n | "top,bottom,left,right"; padding never wins a max, and counts as 0 in an average. */
  @property({ reflect: true }) padding: string | null = null;

  @state() private model: PoolModel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['input', 'mode', 'size', 'stride', 'padding'] as const;
    if (this.model && !this.problem && !inputs.some((name) => changed.has(name))) return;
    const result = buildPoolModel(this);
    this.model = result.ok ? result.model : undefined;
    this.setTrace(result.ok ? result.model.steps.length : 0, result.ok ? undefined : result.problem);
  }

  private get current(): PoolStep | undefined {
    return this.model?.steps[this.step];
  }

  private get isGlobal(): boolean {
    return this.model?.mode === 'global-max' || this.model?.mode === 'global-avg';
  }

  protected stepDetail(): CnnStepDetail | undefined {
    const step = this.current;
    if (!step) return undefined;
    const { channel, outRow, outCol, result, winner } = step;
    const detail: CnnStepDetail = { kind: 'pool', step: this.step, total: this.stepper.total, channel, outRow, outCol, value: result };
    return winner ? { ...detail, winner: { ...winner } } : detail;
  }

  protected narration(): string {
    const step = this.current;
    return step ? narratePoolStep(step, this.language, { channels: this.model?.input.length }) : '';
  }

  private operationText(model: PoolModel): string {
    if (model.mode === 'global-max') return this.t('poolGlobalMax');
    if (model.mode === 'global-avg') return this.t('poolGlobalAvg');
    const params = { size: sizeText(model.size), stride: strideText(model.stride) };
    return this.t(model.mode === 'max' ? 'poolMax' : 'poolAvg', params);
  }

  protected override render() {
    const model = this.model;
    const step = this.current;
    if (!model || !step) return html`${this.renderProblem()}${this.renderLive()}`;
    const [h, w] = [model.input[0].length, model.input[0][0].length];
    const [ph, pw] = [model.padded[0].length, model.padded[0][0].length];
    const channelPrefix = model.input.length > 1 ? `${this.t('channel', { n: step.channel })} · ` : '';
    const caption =
      channelPrefix +
      (ph !== h || pw !== w ? this.t('paddedInput', { shape: shape(h, w), padded: shape(ph, pw) }) : this.t('inputShape', { shape: shape(h, w) }));
    const pads = model.pads;
    const hasPads = pads.top + pads.bottom + pads.left + pads.right > 0;
    return html`<div class="stage" part="stage">
        <cnn-matrix class="input" caption=${caption} theme=${this.theme ?? nothing} scale=${this.scale(model)}
          .domain=${inputDomain(model)} .values=${model.padded[step.channel]} .padded=${hasPads ? pads : null}
          .highlight=${poolWindowRect(step, pads)} .marked=${winnerCell(step, pads)} mark-label=${this.t('winner')}></cnn-matrix>
        <div class="operation" part="operation"><span class="arrow" aria-hidden="true">→</span>${this.operationText(model)}</div>
        <div class="outputs">${this.isGlobal ? this.renderGlobalOutput(model, step) : this.renderOutputs(model, step)}</div>
      </div>
      ${this.renderEquation(step)} ${this.renderControls()} ${this.renderLive()}`;
  }

  /** Input and output share one scale: signed data diverging, otherwise greys. */
  private scale(model: PoolModel): 'diverging' | 'grey' {
    return model.input.flat(2).some((v) => v < 0) ? 'diverging' : 'grey';
  }

  private renderOutputs(model: PoolModel, step: PoolStep): TemplateResult[] {
    const maps = poolOutputSoFar(model, this.step);
    return maps.map((values, channel) => {
      const size = shape(values.length, values[0].length);
      const caption = maps.length > 1 ? `${this.t('channel', { n: channel })} · ${this.t('outputShape', { shape: size })}` : this.t('outputShape', { shape: size });
      const current = channel === step.channel;
      return html`<cnn-matrix class="output ${current ? 'current' : ''}" data-channel=${channel} caption=${caption}
        theme=${this.theme ?? nothing} scale=${this.scale(model)} .domain=${inputDomain(model)} interactive
        title=${this.t('jumpHint')} .values=${values} .active=${current ? { row: step.outRow, col: step.outCol } : null}
        @cnn-cell-select=${this.handleOutputSelect}></cnn-matrix>`;
    });
  }

  /** Global pooling: one value per channel, drawn as a single row. */
  private renderGlobalOutput(model: PoolModel, step: PoolStep): TemplateResult {
    const values = [poolOutputSoFar(model, this.step).map((map) => map[0][0])];
    const labels = model.input.map((_, channel) => this.t('channelShort', { n: channel }));
    return html`<cnn-matrix class="output current" data-channel="-1" theme=${this.theme ?? nothing}
      caption=${this.t('outputShape', { shape: shape(1, values[0].length) })} scale=${this.scale(model)}
      .domain=${inputDomain(model)} .colLabels=${labels} interactive title=${this.t('jumpHint')}
      .values=${values} .active=${{ row: 0, col: step.channel }} @cnn-cell-select=${this.handleOutputSelect}></cnn-matrix>`;
  }

  /** A long window (global pooling) shows its first values, the winner, the last and the count. */
  private renderEquation(step: PoolStep): TemplateResult {
    const equation = poolEquation(step, { maxValues: SHOWN_POOL_VALUES, lang: this.language });
    const [left, result] = [equation.text.slice(0, equation.text.lastIndexOf(' = ')), equation.text.slice(equation.text.lastIndexOf(' = ') + 3)];
    if (step.mode !== 'max') {
      return html`<p class="equation" part="equation">${left} = <span class="result">${result}</span></p>`;
    }
    const shortened = equation.shown.length < equation.values.length;
    return html`<p class="equation" part="equation">
      max(${equation.shown.map((i, at) => {
        const value = i === null ? '…' : i === equation.winnerIndex ? html`<span class="winner">${equation.values[i]}</span>` : equation.values[i];
        return html`${at > 0 ? ', ' : ''}${value}`;
      })})${shortened ? ` ${this.t('poolValueCount', { count: equation.values.length })}` : ''} = <span class="result">${result}</span>
    </p>`;
  }

  private handleOutputSelect(event: CellSelectEvent): void {
    if (!this.model) return;
    const channel = Number((event.currentTarget as HTMLElement).dataset.channel);
    // The global output row has one column per channel.
    const index = channel < 0 ? poolStepIndexOf(this.model, event.col, 0, 0) : poolStepIndexOf(this.model, channel, event.row, event.col);
    this.stepper.pause();
    this.stepper.seek(index);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-pool-stepper': CnnPoolStepper;
  }
}
