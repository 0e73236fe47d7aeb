/**
 * Loads a weights file for an element and keeps the outcome as state the element
 * renders: loading, a ready model, or the error's message. Asking again for the same URL
 * does nothing, a new URL cancels the old request, and a result that arrives after the
 * element was removed or moved on to another URL is dropped. Shared by
 * <cnn-feature-maps> and <cnn-digit-classifier>.
 */
import type { ReactiveControllerHost } from 'lit';
import { AbortableLoadController, messageOf } from './shared/abortable-load';
import { loadModel, type LoadedModel } from '../src/inference';

export type ModelState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; loaded: LoadedModel }
  | { status: 'error'; url: string; message: string };

export class WeightsController extends AbortableLoadController<ModelState> {
  constructor(
    host: ReactiveControllerHost,
    /** Checks a freshly loaded model (e.g. that it classifies digits); throws to refuse it. */
    private readonly check: (loaded: LoadedModel) => void = () => undefined,
  ) {
    super(host, { status: 'idle' });
  }

  /** Loads `url` unless it is already loaded or loading; null forgets the model. */
  request(url: string | null): void {
    const current = this.state.status === 'idle' ? null : this.state.url;
    if (url === current) return;
    if (url === null) {
      this.reset();
      return;
    }
    const abort = this.begin({ status: 'loading', url });
    loadModel(url, { maxBatch: 1, signal: abort.signal })
      .then((loaded) => {
        this.check(loaded);
        return loaded;
      })
      .then(
        (loaded) => this.settle(abort, { status: 'ready', url, loaded }),
        (error: unknown) => this.settle(abort, { status: 'error', url, message: messageOf(error) }),
      );
  }
}
