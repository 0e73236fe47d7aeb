/**
 * Readers for the idx files MNIST is distributed in (LeCun's format): a big-endian
 * header — magic number, then one uint32 per dimension — followed by unsigned bytes.
 * Pure functions on a Uint8Array, so Node, a worker and the page can all use them.
 * Every check says exactly what is wrong, because a truncated download or swapped file
 * names otherwise show up much later as a model that "does not learn".
 */

/** Magic of an idx file of unsigned bytes with 3 dimensions (images). */
export const IDX_IMAGES_MAGIC = 0x00000803;
/** Magic of an idx file of unsigned bytes with 1 dimension (labels). */
export const IDX_LABELS_MAGIC = 0x00000801;

/** A malformed idx file or a mismatched pair of files; the message names the file and the fault. */
export class IdxFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdxFormatError';
  }
}

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** count·rows·cols pixels, 0 (background) … 255 (ink), row-major; a view into the file. */
  pixels: Uint8Array;
}

const grouped = (n: number): string => n.toLocaleString('en-US');
const hex8 = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;

function readUint32BE(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
}

function checkMagic(name: string, bytes: Uint8Array, expected: number): void {
  if (bytes.length < 4) {
    throw new IdxFormatError(`${name}: file is truncated: ${bytes.length} bytes, too short for an idx header`);
  }
  const magic = readUint32BE(bytes, 0);
  if (magic === expected) return;
  const hint =
    expected === IDX_IMAGES_MAGIC && magic === IDX_LABELS_MAGIC
      ? ' — is this a labels file?'
      : expected === IDX_LABELS_MAGIC && magic === IDX_IMAGES_MAGIC
        ? ' — is this an images file?'
        : ' — not an idx file of unsigned bytes';
  throw new IdxFormatError(`${name}: expected magic ${expected} (${hex8(expected)}), got ${magic}${hint}`);
}

function checkHeaderLength(name: string, bytes: Uint8Array, headerBytes: number): void {
  if (bytes.length < headerBytes) {
    throw new IdxFormatError(
      `${name}: file is truncated: the header needs ${headerBytes} bytes but the file has ${bytes.length}`,
    );
  }
}

function checkBodyLength(name: string, bytes: Uint8Array, expectedTotal: number, described: string): void {
  if (bytes.length < expectedTotal) {
    throw new IdxFormatError(
      `${name}: file is truncated: header says ${described} (${grouped(expectedTotal)} bytes) ` +
        `but the file has ${grouped(bytes.length)} bytes`,
    );
  }
  if (bytes.length > expectedTotal) {
    throw new IdxFormatError(
      `${name}: file is too long: header says ${described} (${grouped(expectedTotal)} bytes) ` +
        `but the file has ${grouped(bytes.length)} bytes — wrong count in the header?`,
    );
  }
}

/** Parses an images file (magic 0x00000803: count, rows, cols, then the pixels). */
export function parseIdxImages(bytes: Uint8Array, name = 'images'): IdxImages {
  checkMagic(name, bytes, IDX_IMAGES_MAGIC);
  checkHeaderLength(name, bytes, 16);
  const count = readUint32BE(bytes, 4);
  const rows = readUint32BE(bytes, 8);
  const cols = readUint32BE(bytes, 12);
  if (rows === 0 || cols === 0) {
    throw new IdxFormatError(`${name}: header says images of ${rows}×${cols}; both sides must be at least 1`);
  }
  checkBodyLength(name, bytes, 16 + count * rows * cols, `${count} images of ${rows}×${cols}`);
  return { count, rows, cols, pixels: bytes.subarray(16) };
}

/** Parses a labels file (magic 0x00000801: count, then one byte per label). */
export function parseIdxLabels(bytes: Uint8Array, name = 'labels', classes = 10): Uint8Array {
  checkMagic(name, bytes, IDX_LABELS_MAGIC);
  checkHeaderLength(name, bytes, 8);
  const count = readUint32BE(bytes, 4);
  checkBodyLength(name, bytes, 8 + count, `${count} labels`);
  const labels = bytes.subarray(8);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= classes) {
      throw new IdxFormatError(`${name}: label ${i} is ${labels[i]}, outside 0…${classes - 1}`);
    }
  }
  return labels;
}

/** Writes an images file; the inverse of parseIdxImages (tests and tools build fixtures with it). */
export function encodeIdxImages(pixels: Uint8Array, count: number, rows: number, cols: number): Uint8Array {
  const out = new Uint8Array(16 + pixels.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, IDX_IMAGES_MAGIC);
  view.setUint32(4, count);
  view.setUint32(8, rows);
  view.setUint32(12, cols);
  out.set(pixels, 16);
  return out;
}

/** Writes a labels file; the inverse of parseIdxLabels. */
export function encodeIdxLabels(labels: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + labels.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, IDX_LABELS_MAGIC);
  view.setUint32(4, labels.length);
  out.set(labels, 8);
  return out;
}
