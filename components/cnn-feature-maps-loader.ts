/**
 * Loads a weights file for an element and keeps the outcome as state the element
 * renders: loading, a ready model, or the error's message. Asking again for the same URL
 * does nothing, a new URL cancels the old request, and a result that arrives after the
 * element was removed or moved on to another URL is dropped. Shared by
 * <cnn-feature-maps> and <cnn-digit-classifier>.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadModel, type LoadedModel } from '../src/inference';

export type ModelState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; loaded: LoadedModel }
  | { status: 'error'; url: string; message: string };

export class WeightsController implements ReactiveController {
  state: ModelState = { status: 'idle' };
  private abort: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Checks a freshly loaded model (e.g. that it classifies digits); throws to refuse it. */
    private readonly check: (loaded: LoadedModel) => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** Loads `url` unless it is already loaded or loading; null forgets the model. */
  request(url: string | null): void {
    const current = this.state.status === 'idle' ? null : this.state.url;
    if (url === current) return;
    this.abort?.abort();
    this.abort = null;
    if (url === null) {
      this.state = { status: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', url };
    loadModel(url, { maxBatch: 1, signal: abort.signal })
      .then((loaded) => {
        this.check(loaded);
        return loaded;
      })
      .then(
        (loaded) => this.settle(abort, { status: 'ready', url, loaded }),
        (error: unknown) => this.settle(abort, { status: 'error', url, message: error instanceof Error ? error.message : String(error) }),
      );
  }

  private settle(abort: AbortController, state: ModelState): void {
    if (abort.signal.aborted || this.abort !== abort) return;
    this.abort = null;
    this.state = state;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // A load cancelled by removal starts again on the next update (the host asks for its URL then).
    if (this.state.status === 'loading' && this.abort === null) this.state = { status: 'idle' };
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading') {
      this.abort?.abort();
      this.abort = null;
    }
  }
}
