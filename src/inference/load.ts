/**
 * Fetching a weights file (.cnnw) and building its model, with errors a page can show
 * as they are: an HTTP failure names the URL and status, a file that is not a weights
 * file (a missing path answered with an HTML page, a truncated download) gives the
 * tiled engine's WeightsFormatError message.
 */
import { modelFromWeights, readWeightsHeader, WeightsFormatError, type Sequential, type WeightsHeader } from '../tiled';

/** The weights could not be fetched at all (network, HTTP status). */
export class WeightsLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'WeightsLoadError';
  }
}

export interface LoadModelOptions {
  /** Largest batch the model will run; 1 is enough for one drawing at a time. */
  maxBatch?: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  signal?: AbortSignal;
}

export interface LoadedModel {
  model: Sequential;
  header: WeightsHeader;
  url: string;
}

/** The bytes at `url`; WeightsLoadError when the request fails or the server answers with an error. */
export async function fetchWeights(url: string, options: LoadModelOptions = {}): Promise<Uint8Array> {
  const doFetch = options.fetch ?? ((u: string, init?: RequestInit) => fetch(u, init));
  let response: Response;
  try {
    response = await doFetch(url, { signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new WeightsLoadError(`could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`, url);
  }
  if (!response.ok) throw new WeightsLoadError(`could not fetch ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Dev servers answer an unknown path with the site's index page (status 200).
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) {
    throw new WeightsFormatError(`${url} is an HTML page, not a weights file (is the path right?)`);
  }
  return bytes;
}

/** Builds the model described by a weights file and loads its values; throws WeightsFormatError with the exact problem. */
export function modelFromBytes(bytes: Uint8Array, maxBatch = 1): { model: Sequential; header: WeightsHeader } {
  const header = readWeightsHeader(bytes);
  return { model: modelFromWeights(bytes, { maxBatch }), header };
}

/** fetchWeights + modelFromBytes. */
export async function loadModel(url: string, options: LoadModelOptions = {}): Promise<LoadedModel> {
  const bytes = await fetchWeights(url, options);
  return { ...modelFromBytes(bytes, options.maxBatch ?? 1), url };
}

/** The shipped pretrained weights of a course model (public/pretrained/<name>.cnnw), served at the site root. */
export function pretrainedUrl(name: string, base = '/pretrained/'): string {
  return `${base}${encodeURIComponent(name)}.cnnw`;
}
