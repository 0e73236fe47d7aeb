/**
 * Time for every stepper (DESIGN.md "Examples to follow" 2): play, pause, speed, seek,
 * step back/forward, reset and the keyboard, in one ReactiveController.
 *
 * The host's reactive properties (`step`, `playing`, `speed`) stay the single source of
 * truth, because they are reflected to attributes that a page serialises to its URL.
 * The controller only moves them and keeps one timer in step with `playing`; the timer is
 * a chain of setTimeout calls (never setInterval) and is cleared in hostDisconnected, so a
 * stepper removed from the page (or a slide torn down by reveal.js) leaves nothing running.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from its element. */
export interface StepHost extends ReactiveControllerHost {
  /** Index of the shown step in the trace, from 0. */
  step: number;
  playing: boolean;
  /** Playback speed as a multiple of the base rate (1 = one step per `baseIntervalMs`). */
  speed: number;
}

/** Speeds the speed button cycles through. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** Milliseconds between steps at speed 1: slow enough to read a narrated sum aloud. */
export const BASE_INTERVAL_MS = 1200;

export type StepAction = 'first' | 'previous' | 'next' | 'last' | 'toggle' | 'reset' | 'speed';

export class StepController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stepCount = 0;
  private motionQuery: MediaQueryList | undefined;

  constructor(
    private readonly host: StepHost,
    private readonly baseIntervalMs = BASE_INTERVAL_MS,
  ) {
    host.addController(this);
  }

  /** Number of steps in the current trace (0 while the input is invalid). */
  get total(): number {
    return this.stepCount;
  }

  /** True when the reader asked the system for less motion: no autoplay, no tweening. */
  get reducedMotion(): boolean {
    return this.motionQuery?.matches ?? false;
  }

  hostConnected(): void {
    this.motionQuery =
      typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
    // A stepper moved to another place in the page resumes playing if it was playing.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clearTimer();
  }

  hostUpdated(): void {
    if (this.host.playing && this.timer === undefined) this.schedule();
    if (!this.host.playing) this.clearTimer();
  }

  /** Called by the host whenever it recomputes its trace; keeps the step inside it. */
  setTotal(count: number): void {
    this.stepCount = count;
    if (count === 0) {
      this.host.playing = false;
      return;
    }
    const clamped = this.clamp(this.host.step);
    if (clamped !== this.host.step) this.host.step = clamped;
  }

  /** Moves to a step, clamped to the trace. */
  seek(step: number): void {
    if (this.stepCount === 0) return;
    this.host.step = this.clamp(step);
  }

  next(): void {
    this.pause();
    this.seek(this.host.step + 1);
  }

  previous(): void {
    this.pause();
    this.seek(this.host.step - 1);
  }

  first(): void {
    this.pause();
    this.seek(0);
  }

  last(): void {
    this.pause();
    this.seek(this.stepCount - 1);
  }

  play(): void {
    if (this.stepCount === 0) return;
    // Playing from the last step starts over, as a media player does.
    if (this.host.step >= this.stepCount - 1) this.host.step = 0;
    this.host.playing = true;
  }

  pause(): void {
    this.host.playing = false;
  }

  toggle(): void {
    if (this.host.playing) this.pause();
    else this.play();
  }

  /** Back to the first step, paused. */
  reset(): void {
    this.first();
  }

  /** The next speed in SPEEDS, wrapping around. */
  cycleSpeed(): void {
    const index = SPEEDS.indexOf(this.host.speed);
    this.host.speed = SPEEDS[(index + 1) % SPEEDS.length];
  }

  run(action: StepAction): void {
    const actions: Record<StepAction, () => void> = {
      first: () => this.first(),
      previous: () => this.previous(),
      next: () => this.next(),
      last: () => this.last(),
      toggle: () => this.toggle(),
      reset: () => this.reset(),
      speed: () => this.cycleSpeed(),
    };
    actions[action]();
  }

  /**
   * Keyboard: ←/→ step, Space play/pause, Home/End first/last. Keys it acts on are
   * stopped and their default prevented, so reveal.js does not change slides underneath;
   * other keys pass through. Inside a text field every key belongs to the field (it is
   * only kept from reaching reveal.js); on a button Space and Enter press the button.
   */
  handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0];
    const tag = origin instanceof HTMLElement ? origin.tagName : '';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      event.stopPropagation();
      return;
    }
    const action = KEY_ACTIONS[event.key];
    if (action === undefined) return;
    event.stopPropagation();
    if (tag === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    event.preventDefault();
    this.run(action);
  }

  private clamp(step: number): number {
    const whole = Number.isFinite(step) ? Math.trunc(step) : 0;
    return Math.min(Math.max(whole, 0), Math.max(this.stepCount - 1, 0));
  }

  private schedule(): void {
    const speed = this.host.speed > 0 && Number.isFinite(this.host.speed) ? this.host.speed : 1;
    this.timer = setTimeout(() => this.tick(), this.baseIntervalMs / speed);
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.host.playing) return;
    if (this.host.step >= this.stepCount - 1) {
      this.host.playing = false;
      return;
    }
    // Changing the step triggers an update, and hostUpdated schedules the next tick.
    this.host.step += 1;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

const KEY_ACTIONS: Record<string, StepAction | undefined> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
  ' ': 'toggle',
};
