/**
 * The MNIST test split for <cnn-feature-maps>, fetched only when the element needs a
 * stored image (not when it is given an input such as a drawing), with progress.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchMnist, type ImageDataset } from '../src/data';

export type DatasetState =
  | { status: 'idle' }
  | { status: 'loading'; base: string; fraction: number }
  | { status: 'ready'; base: string; test: ImageDataset }
  | { status: 'error'; base: string; message: string };

export class TestImagesController implements ReactiveController {
  state: DatasetState = { status: 'idle' };
  private abort: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Fetches the test split from `base` (a folder URL with manifest.json) unless already there. */
  request(base: string): void {
    if (this.state.status !== 'idle' && this.state.base === base) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', base, fraction: 0 };
    const baseUrl = base.endsWith('/') ? base : `${base}/`;
    fetchMnist({
      baseUrl,
      splits: ['test'],
      signal: abort.signal,
      onProgress: ({ loadedBytes, totalBytes }) => {
        if (this.abort !== abort) return;
        this.state = { status: 'loading', base, fraction: totalBytes > 0 ? loadedBytes / totalBytes : 0 };
        this.host.requestUpdate();
      },
    }).then(
      (fetched) => this.settle(abort, fetched.test ? { status: 'ready', base, test: fetched.test } : { status: 'error', base, message: 'no test split' }),
      (error: unknown) => this.settle(abort, { status: 'error', base, message: error instanceof Error ? error.message : String(error) }),
    );
  }

  private settle(abort: AbortController, state: DatasetState): void {
    if (abort.signal.aborted || this.abort !== abort) return;
    this.abort = null;
    this.state = state;
    this.host.requestUpdate();
  }

  hostConnected(): void {
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
