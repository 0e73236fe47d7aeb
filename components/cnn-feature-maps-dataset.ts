/**
 * The MNIST test split for <cnn-feature-maps>, fetched only when the element needs a
 * stored image (not when it is given an input such as a drawing), with progress.
 */
import type { ReactiveControllerHost } from 'lit';
import { AbortableLoadController, messageOf } from './shared/abortable-load';
import { fetchMnist, type ImageDataset } from '../src/data';

export type DatasetState =
  | { status: 'idle' }
  | { status: 'loading'; base: string; fraction: number }
  | { status: 'ready'; base: string; test: ImageDataset }
  | { status: 'error'; base: string; message: string };

export class TestImagesController extends AbortableLoadController<DatasetState> {
  constructor(host: ReactiveControllerHost) {
    super(host, { status: 'idle' });
  }

  /** Fetches the test split from `base` (a folder URL with manifest.json) unless already there. */
  request(base: string): void {
    if (this.state.status !== 'idle' && this.state.base === base) return;
    const abort = this.begin({ status: 'loading', base, fraction: 0 });
    const baseUrl = base.endsWith('/') ? base : `${base}/`;
    fetchMnist({
      baseUrl,
      splits: ['test'],
      signal: abort.signal,
      onProgress: ({ loadedBytes, totalBytes }) => {
        if (!this.isCurrent(abort)) return;
        this.state = { status: 'loading', base, fraction: totalBytes > 0 ? loadedBytes / totalBytes : 0 };
        this.host.requestUpdate();
      },
    }).then(
      (fetched) => this.settle(abort, fetched.test ? { status: 'ready', base, test: fetched.test } : { status: 'error', base, message: 'no test split' }),
      (error: unknown) => this.settle(abort, { status: 'error', base, message: messageOf(error) }),
    );
  }
}
