/**
 * The life cycle every loading controller shares: one load at a time, a newer request
 * cancels the older one, a result that arrives after it was cancelled (or the host was
 * removed) is dropped, and a load cut short by removal starts over when the host is
 * connected again (the state goes back to idle, so the host's next request reloads).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export abstract class AbortableLoadController<S extends { status: string }> implements ReactiveController {
  state: S;
  private abort: AbortController | null = null;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly idle: S,
  ) {
    this.state = idle;
    host.addController(this);
  }

  /** Cancels any load in flight, shows `loading`, and returns the new load's controller. */
  protected begin(loading: S): AbortController {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.state = loading;
    return abort;
  }

  /** Cancels any load in flight and forgets the state. */
  protected reset(): void {
    this.cancel();
    this.state = this.idle;
  }

  /** True while `abort` belongs to the load in flight (for progress updates). */
  protected isCurrent(abort: AbortController): boolean {
    return this.abort === abort && !abort.signal.aborted;
  }

  /** Records the outcome of the load `abort` belongs to, unless it was superseded. */
  protected settle(abort: AbortController, state: S): void {
    if (!this.isCurrent(abort)) return;
    this.abort = null;
    this.state = state;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.state.status === 'loading' && this.abort === null) this.state = this.idle;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading') this.cancel();
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = null;
  }
}

/** An error's message, for a state the host renders. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
