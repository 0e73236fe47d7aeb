import { IdxFormatError, parseIdxImages, parseIdxLabels } from './idx';

/**
 * A labelled image set kept as raw bytes: 60,000 MNIST images are 47 MB as uint8 and
 * would be 188 MB as float32, so images are normalised batch by batch (see fillBatch).
 */
export interface ImageDataset {
  /** count·rows·cols pixels, 0 … 255, image after image, row-major. */
  images: Uint8Array;
  /** One class index per image. */
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export type MnistSplit = 'train' | 'test';

/** Pairs an images file with a labels file, checking that they describe the same images. */
export function datasetFromIdx(imageBytes: Uint8Array, labelBytes: Uint8Array, name = 'mnist'): ImageDataset {
  const images = parseIdxImages(imageBytes, `${name}-images`);
  const labels = parseIdxLabels(labelBytes, `${name}-labels`);
  if (images.count !== labels.length) {
    throw new IdxFormatError(
      `${name}: images and labels disagree: ${images.count} images but ${labels.length} labels`,
    );
  }
  return { images: images.pixels, labels, count: images.count, rows: images.rows, cols: images.cols };
}

/** Images start … start+count−1 as views (no copy; a shared buffer stays shared). */
export function sliceDataset(data: ImageDataset, start: number, count: number): ImageDataset {
  if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0 || start + count > data.count) {
    throw new RangeError(`sliceDataset: images ${start}…${start + count - 1} are outside 0…${data.count - 1}`);
  }
  const size = data.rows * data.cols;
  return {
    images: data.images.subarray(start * size, (start + count) * size),
    labels: data.labels.subarray(start, start + count),
    count,
    rows: data.rows,
    cols: data.cols,
  };
}

/** The first `limit` images (all of them when limit is undefined or larger than the set). */
export function limitDataset(data: ImageDataset, limit?: number): ImageDataset {
  return limit === undefined || limit >= data.count ? data : sliceDataset(data, 0, limit);
}

/**
 * Holds out the last ⌊fraction·count⌋ images for validation, like Keras's
 * validation_split (taken before shuffling, so the split does not depend on the seed).
 */
export function splitValidation(
  data: ImageDataset,
  fraction: number,
): { train: ImageDataset; validation: ImageDataset | undefined } {
  if (!(fraction >= 0 && fraction < 1)) {
    throw new RangeError(`validation split must be in [0, 1), got ${fraction}`);
  }
  const held = Math.floor(data.count * fraction);
  if (held === 0) return { train: data, validation: undefined };
  return {
    train: sliceDataset(data, 0, data.count - held),
    validation: sliceDataset(data, data.count - held, held),
  };
}

/**
 * A copy whose bytes live in SharedArrayBuffers, so worker threads read the same
 * images without each holding a 47 MB copy. Needs cross-origin isolation in a browser.
 */
export function shareDataset(data: ImageDataset): ImageDataset {
  const images = new Uint8Array(new SharedArrayBuffer(data.images.length));
  images.set(data.images);
  const labels = new Uint8Array(new SharedArrayBuffer(data.labels.length));
  labels.set(data.labels);
  return { ...data, images, labels };
}
