/**
 * What the four steppers share, so each element file holds only its own view: the
 * reflected time state (step, playing, speed), language (the native lang attribute),
 * keyboard, the control bar, the polite live region, the error box and the `cnn-step`
 * event. Time itself is the
 * StepController's; the trace comes from the subclass (via setTrace in willUpdate).
 *
 * One level of inheritance on purpose: a stepper is a LitElement plus this contract.
 */
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n';
import { tStepper, type StepperKey } from '../../src/i18n/steppers';
import { LangController } from './lang';
import { StepController } from './step-controller';
import { CnnStepEvent, type CnnStepDetail } from './step-event';
import type { StepperProblem } from './stepper-parse';

const ICONS = {
  reset: svg`<path d="M5 4h3v16H5zM20 4v16L9 12z" />`,
  previous: svg`<path d="M18 4v16L7 12zM4 4h3v16H4z" transform="translate(1 0)" />`,
  play: svg`<path d="M7 4v16l13-8z" />`,
  pause: svg`<path d="M6 4h4v16H6zM14 4h4v16h-4z" />`,
  next: svg`<path d="M6 4v16l11-8zM17 4h3v16h-3z" transform="translate(-1 0)" />`,
};

const icon = (name: keyof typeof ICONS): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;

export abstract class StepperElement extends LitElement {
  /** Index of the shown step in the trace, from 0 (the counter shows step + 1). */
  @property({ type: Number, reflect: true }) step = 0;
  /** Whether the steps are advancing on their own. */
  @property({ type: Boolean, reflect: true }) playing = false;
  /** Playback speed, a multiple of one step per 1.2 s (the speed button cycles 0.5, 1, 2, 4). */
  @property({ type: Number, reflect: true, useDefault: true }) speed = 1;
  /** Start playing when first shown, unless the reader prefers reduced motion. */
  @property({ type: Boolean }) autoplay = false;
  /** Forces a theme (passed on to the inner matrices); without it, prefers-color-scheme decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** The shared timer and keyboard (components/shared/step-controller.ts). */
  protected readonly stepper = new StepController(this);
  /** Follows the nearest lang attribute (the element's own, else the page's); re-renders when it changes. */
  private readonly langController = new LangController(this);
  /** Why nothing can be shown, if the attributes do not make a valid example. */
  @state() protected problem: StepperProblem | undefined;
  private traceChanged = false;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.stepper.handleKeydown(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Focusable so ←/→/Space/Home/End reach it; an author's tabindex wins.
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '0');
  }

  /** The language in use: the element's lang attribute ("en" | "ko"), else the page's. */
  protected get language(): Lang {
    return this.langController.value;
  }

  protected t(key: StepperKey, params?: Record<string, string | number>): string {
    return tStepper(this.language, key, params);
  }

  /** Subclasses call this from willUpdate after (re)building their trace. */
  protected setTrace(total: number, problem?: StepperProblem): void {
    this.problem = problem;
    if (this.hasUpdated) this.traceChanged = true;
    this.stepper.setTotal(problem ? 0 : total);
    // Autoplay starts within the first update, so it costs no second render.
    if (!this.hasUpdated && this.autoplay && !this.stepper.reducedMotion) this.stepper.play();
  }

  /** The `cnn-step` detail of the shown step. */
  protected abstract stepDetail(): CnnStepDetail | undefined;
  /** The sentence read out for the shown step. */
  protected abstract narration(): string;

  protected override updated(changed: PropertyValues<this>): void {
    const moved = changed.has('step') && changed.get('step') !== undefined;
    if ((moved || this.traceChanged) && !this.problem) {
      const detail = this.stepDetail();
      if (detail) this.dispatchEvent(new CnnStepEvent(detail));
    }
    this.traceChanged = false;
  }

  /**
   * The control bar: reset, back, play/pause, next, speed and "Step n / total". Buttons at
   * an end are aria-disabled rather than disabled, so focus never falls out of the element.
   */
  protected renderControls(): TemplateResult {
    const total = this.stepper.total;
    const speedText = `${this.speed}×`;
    return html`<div class="controls" part="controls" role="group" aria-label=${this.t('controls')}>
      <button part="button reset" aria-label=${this.t('resetLabel')} @click=${() => this.stepper.reset()}>
        ${icon('reset')}<span>${this.t('reset')}</span>
      </button>
      <button part="button previous" aria-label=${this.t('previousLabel')} aria-disabled=${this.step <= 0 ? 'true' : 'false'}
        @click=${() => this.stepper.previous()}>${icon('previous')}<span>${this.t('previous')}</span></button>
      <button part="button play" class="primary" aria-label=${this.t(this.playing ? 'pause' : 'play')}
        @click=${() => this.stepper.toggle()}>${icon(this.playing ? 'pause' : 'play')}<span>${this.t(this.playing ? 'pause' : 'play')}</span></button>
      <button part="button next" aria-label=${this.t('nextLabel')} aria-disabled=${this.step >= total - 1 ? 'true' : 'false'}
        @click=${() => this.stepper.next()}>${icon('next')}<span>${this.t('next')}</span></button>
      <button part="button speed" aria-label=${this.t('speedLabel', { speed: speedText })}
        @click=${() => this.stepper.cycleSpeed()}>${this.t('speed', { speed: speedText })}</button>
      <span class="counter" part="counter">${this.t('stepCounter', { n: this.step + 1, total })}</span>
    </div>`;
  }

  /** The polite live region; always in the DOM so that changes are announced. */
  protected renderLive(): TemplateResult {
    const text = this.problem ? '' : this.narration();
    return html`<div class="live" part="narration" role="status" aria-live="polite">${text}</div>`;
  }

  /** The error box, or nothing. */
  protected renderProblem(): TemplateResult | typeof nothing {
    if (!this.problem) return nothing;
    return html`<div class="problem" part="error" role="alert">
      <strong>${this.t('errorTitle')}</strong>
      <p class="problem-detail">${this.t(this.problem.key, this.problem.params)}</p>
      <p class="problem-hint">${this.t('errorFix')}</p>
    </div>`;
  }
}
