import { fnv1a32 } from './checksum';
import type { ImageDataset, MnistSplit } from './dataset';

/**
 * The browser assets src/build/build-mnist-assets.ts writes under public/generated/mnist/:
 * per split, the raw pixels (uint8, image after image, no header) and the labels (uint8),
 * plus this manifest. Raw bytes need no parsing in the page and can be fetched straight
 * into a (shared) buffer; the manifest says how long each file must be and its checksum.
 */
export const MNIST_ASSET_FORMAT = 'convlab-mnist-assets';
export const MNIST_ASSET_VERSION = 1;

export interface AssetFile {
  /** File name relative to the manifest. */
  file: string;
  bytes: number;
  /** fnv1a32 of the file's bytes, 8 hex digits. */
  checksum: string;
}

export interface SplitAssets {
  count: number;
  images: AssetFile;
  labels: AssetFile;
}

export interface MnistAssetManifest {
  format: typeof MNIST_ASSET_FORMAT;
  version: typeof MNIST_ASSET_VERSION;
  rows: number;
  cols: number;
  classes: number;
  splits: Record<MnistSplit, SplitAssets>;
  /** Size and modification time of each idx source file, so the build can skip unchanged work. */
  sources: Record<string, { bytes: number; mtimeMs: number }>;
}

/** A manifest or asset file that does not match what the page expects. */
export class MnistAssetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MnistAssetError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkFile(where: string, v: unknown, expectedBytes: number): AssetFile {
  if (!isRecord(v) || typeof v.file !== 'string' || !isCount(v.bytes) || typeof v.checksum !== 'string') {
    throw new MnistAssetError(`manifest: ${where} must be { file, bytes, checksum }`);
  }
  if (!/^[0-9a-f]{8}$/.test(v.checksum)) throw new MnistAssetError(`manifest: ${where}.checksum must be 8 hex digits`);
  if (v.bytes !== expectedBytes) {
    throw new MnistAssetError(`manifest: ${where} has ${v.bytes} bytes but its count and size need ${expectedBytes}`);
  }
  return { file: v.file, bytes: v.bytes, checksum: v.checksum };
}

/** Checks a parsed manifest.json and returns it typed; throws MnistAssetError naming the bad field. */
export function validateManifest(json: unknown): MnistAssetManifest {
  if (!isRecord(json)) throw new MnistAssetError('manifest: not a JSON object');
  if (json.format !== MNIST_ASSET_FORMAT) {
    throw new MnistAssetError(`manifest: format is ${JSON.stringify(json.format)}, expected "${MNIST_ASSET_FORMAT}"`);
  }
  if (json.version !== MNIST_ASSET_VERSION) {
    throw new MnistAssetError(`manifest: version ${String(json.version)} is not supported (expected ${MNIST_ASSET_VERSION}); rebuild with npm run build:data`);
  }
  const { rows, cols, classes } = json;
  if (!isCount(rows) || !isCount(cols) || rows === 0 || cols === 0) throw new MnistAssetError('manifest: rows and cols must be positive integers');
  if (!isCount(classes) || classes < 2 || classes > 256) throw new MnistAssetError('manifest: classes must be an integer in 2…256');
  if (!isRecord(json.splits)) throw new MnistAssetError('manifest: splits missing');
  const splits = {} as Record<MnistSplit, SplitAssets>;
  for (const name of ['train', 'test'] as const) {
    const s = json.splits[name];
    if (!isRecord(s) || !isCount(s.count)) throw new MnistAssetError(`manifest: splits.${name}.count missing`);
    splits[name] = {
      count: s.count,
      images: checkFile(`splits.${name}.images`, s.images, s.count * rows * cols),
      labels: checkFile(`splits.${name}.labels`, s.labels, s.count),
    };
  }
  const sources = isRecord(json.sources) ? (json.sources as MnistAssetManifest['sources']) : {};
  return { format: MNIST_ASSET_FORMAT, version: MNIST_ASSET_VERSION, rows, cols, classes, splits, sources };
}

/** Checks one downloaded file against its manifest entry (length, then checksum). */
export function checkAssetBytes(entry: AssetFile, bytes: Uint8Array): void {
  if (bytes.length !== entry.bytes) {
    throw new MnistAssetError(`${entry.file}: expected ${entry.bytes} bytes, got ${bytes.length} — truncated or stale download?`);
  }
  const sum = fnv1a32(bytes);
  if (sum !== entry.checksum) {
    throw new MnistAssetError(`${entry.file}: checksum ${sum} does not match the manifest's ${entry.checksum} — corrupted or stale file; rebuild with npm run build:data`);
  }
}

/** Assembles a dataset from a split's checked files; also rejects labels outside the classes. */
export function datasetFromAssets(
  manifest: MnistAssetManifest,
  split: MnistSplit,
  images: Uint8Array,
  labels: Uint8Array,
): ImageDataset {
  const entry = manifest.splits[split];
  checkAssetBytes(entry.images, images);
  checkAssetBytes(entry.labels, labels);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= manifest.classes) throw new MnistAssetError(`${entry.labels.file}: label ${i} is ${labels[i]}, outside 0…${manifest.classes - 1}`);
  }
  return { images, labels, count: entry.count, rows: manifest.rows, cols: manifest.cols };
}
