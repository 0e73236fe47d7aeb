import { datasetFromAssets, MnistAssetError, validateManifest, type AssetFile, type MnistAssetManifest } from './assets';
import type { ImageDataset, MnistSplit } from './dataset';

/** Bytes received so far over all files of the request, for a progress bar. */
export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
  /** The file being received. */
  file: string;
}

export interface FetchMnistOptions {
  /** Folder holding manifest.json, with a trailing slash; defaults to the site's /generated/mnist/. */
  baseUrl?: string;
  splits?: readonly MnistSplit[];
  onProgress?: (progress: LoadProgress) => void;
  /** Put the bytes in SharedArrayBuffers (for multi-worker training; needs cross-origin isolation). */
  shared?: boolean;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: (url: string) => Promise<Response>;
  signal?: AbortSignal;
}

export type FetchedMnist = Partial<Record<MnistSplit, ImageDataset>> & { manifest: MnistAssetManifest };

/**
 * Loads the MNIST assets built by `npm run build:data` with fetch (page or worker),
 * streaming each file into a preallocated buffer so progress can be reported and no
 * second copy is made, then validates lengths and checksums against the manifest.
 */
export async function fetchMnist(options: FetchMnistOptions = {}): Promise<FetchedMnist> {
  const baseUrl = options.baseUrl ?? '/generated/mnist/';
  const doFetch = options.fetch ?? ((url: string) => fetch(url, { signal: options.signal }));
  const splits = options.splits ?? ['train', 'test'];

  const manifestResponse = await doFetch(`${baseUrl}manifest.json`);
  if (!manifestResponse.ok) {
    throw new MnistAssetError(`${baseUrl}manifest.json: HTTP ${manifestResponse.status} — run npm run build:data first`);
  }
  const manifest = validateManifest(await manifestResponse.json());

  const files = splits.flatMap((s) => [manifest.splits[s].images, manifest.splits[s].labels]);
  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  let loadedBytes = 0;
  const report = (file: string, delta: number): void => {
    loadedBytes += delta;
    options.onProgress?.({ loadedBytes, totalBytes, file });
  };

  const result: FetchedMnist = { manifest };
  for (const split of splits) {
    const { images, labels } = manifest.splits[split];
    const imageBytes = await fetchInto(doFetch, baseUrl, images, options.shared ?? false, report);
    const labelBytes = await fetchInto(doFetch, baseUrl, labels, options.shared ?? false, report);
    result[split] = datasetFromAssets(manifest, split, imageBytes, labelBytes);
  }
  return result;
}

async function fetchInto(
  doFetch: (url: string) => Promise<Response>,
  baseUrl: string,
  entry: AssetFile,
  shared: boolean,
  report: (file: string, delta: number) => void,
): Promise<Uint8Array> {
  const response = await doFetch(`${baseUrl}${entry.file}`);
  if (!response.ok) throw new MnistAssetError(`${entry.file}: HTTP ${response.status}`);
  const out = new Uint8Array(shared ? new SharedArrayBuffer(entry.bytes) : new ArrayBuffer(entry.bytes));
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    if (all.length !== entry.bytes) throw new MnistAssetError(`${entry.file}: expected ${entry.bytes} bytes, got ${all.length}`);
    out.set(all);
    report(entry.file, all.length);
    return out;
  }
  const reader = response.body.getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.length > entry.bytes) {
      await reader.cancel();
      throw new MnistAssetError(`${entry.file}: more than the manifest's ${entry.bytes} bytes — stale manifest?`);
    }
    out.set(value, offset);
    offset += value.length;
    report(entry.file, value.length);
  }
  if (offset !== entry.bytes) throw new MnistAssetError(`${entry.file}: expected ${entry.bytes} bytes, got ${offset} — truncated download?`);
  return out;
}
