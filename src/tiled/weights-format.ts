/**
 * The weights file (.cnnw), little-endian:
 *   bytes 0–3    magic "CNNW"
 *   bytes 4–7    uint32 format version (1)
 *   bytes 8–11   uint32 header length H in bytes (a multiple of 4, so the data is aligned)
 *   bytes 12…    H bytes of UTF-8 JSON (WeightsHeader), padded with spaces
 *   then         float32 values of every tensor in header order (params, then state)
 */
import type { LayerConfig } from '../geometry';
import { sizeOf } from './layer';
import type { Sequential } from './sequential';

export const WEIGHTS_MAGIC = 'CNNW';
export const WEIGHTS_VERSION = 1;
const PREAMBLE = 12;

export interface WeightsTensorEntry {
  name: string;
  shape: number[];
  /** 'param' for trained tensors, 'state' for BatchNorm running statistics. */
  kind: 'param' | 'state';
}

export interface WeightsHeader {
  configs: LayerConfig[];
  /** Channels last, like geometry's MODELS. */
  inputShape: number[];
  tensors: WeightsTensorEntry[];
  /** Number of float32 values after the header. */
  valueCount: number;
  metadata: Record<string, unknown>;
}

export class WeightsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeightsFormatError';
  }
}

/** The model's tensors in file order. */
export function modelTensors(model: Sequential): (WeightsTensorEntry & { value: Float32Array })[] {
  return [
    ...model.parameters().map((p) => ({ name: p.name, shape: p.shape, kind: 'param' as const, value: p.value })),
    ...model.stateTensors().map((t) => ({ name: t.name, shape: t.shape, kind: 'state' as const, value: t.value })),
  ];
}

export function serializeWeights(model: Sequential, metadata: Record<string, unknown> = {}): Uint8Array {
  const tensors = modelTensors(model);
  const valueCount = tensors.reduce((sum, t) => sum + t.value.length, 0);
  const header: WeightsHeader = {
    configs: model.configs,
    inputShape: model.inputShape,
    tensors: tensors.map(({ name, shape, kind }) => ({ name, shape, kind })),
    valueCount,
    metadata,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(json.length / 4) * 4;
  const bytes = new Uint8Array(PREAMBLE + padded + 4 * valueCount);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = WEIGHTS_MAGIC.charCodeAt(i);
  view.setUint32(4, WEIGHTS_VERSION, true);
  view.setUint32(8, padded, true);
  bytes.set(json, PREAMBLE);
  bytes.fill(0x20, PREAMBLE + json.length, PREAMBLE + padded);
  let at = PREAMBLE + padded;
  for (const t of tensors) {
    for (let i = 0; i < t.value.length; i++, at += 4) view.setFloat32(at, t.value[i], true);
  }
  return bytes;
}

export function readWeightsHeader(bytes: Uint8Array): WeightsHeader {
  if (bytes.length < PREAMBLE) throw new WeightsFormatError(`truncated weights file: ${bytes.length} bytes, shorter than the ${PREAMBLE}-byte preamble`);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== WEIGHTS_MAGIC) throw new WeightsFormatError(`not a ConvLab weights file: magic is ${JSON.stringify(magic)}, expected "${WEIGHTS_MAGIC}"`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== WEIGHTS_VERSION) throw new WeightsFormatError(`unsupported weights format version ${version} (this build reads version ${WEIGHTS_VERSION})`);
  const headerLength = view.getUint32(8, true);
  if (bytes.length < PREAMBLE + headerLength) {
    throw new WeightsFormatError(`truncated weights file: the header needs ${headerLength} bytes, only ${bytes.length - PREAMBLE} follow the preamble`);
  }
  let header: WeightsHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength)));
  } catch (error) {
    throw new WeightsFormatError(`corrupt weights header: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(header?.configs) || !Array.isArray(header.inputShape) || !Array.isArray(header.tensors) || !Number.isInteger(header.valueCount)) {
    throw new WeightsFormatError('corrupt weights header: configs, inputShape, tensors and valueCount are required');
  }
  header.tensors.forEach((t, i) => {
    const shapeOk = Array.isArray(t?.shape) && t.shape.every((d) => Number.isInteger(d) && d >= 0);
    if (typeof t?.name !== 'string' || !shapeOk || (t.kind !== 'param' && t.kind !== 'state')) {
      throw new WeightsFormatError(`corrupt weights header: tensor ${i + 1} needs a name, a shape of non-negative integers and a kind ('param' or 'state')`);
    }
  });
  const counted = header.tensors.reduce((sum, t) => sum + sizeOf(t.shape), 0);
  if (counted !== header.valueCount) {
    throw new WeightsFormatError(`corrupt weights header: the tensor shapes hold ${counted} values but valueCount is ${header.valueCount}`);
  }
  const dataBytes = bytes.length - PREAMBLE - headerLength;
  if (dataBytes < 4 * header.valueCount) {
    throw new WeightsFormatError(`truncated weights file: ${header.valueCount} float32 values need ${4 * header.valueCount} bytes, only ${dataBytes} present`);
  }
  header.metadata ??= {};
  return header;
}

/** Float32 values of the file, in header order, starting at the data section. */
export function readWeightValues(bytes: Uint8Array, into: Float32Array[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PREAMBLE + view.getUint32(8, true);
  for (const target of into) {
    for (let i = 0; i < target.length; i++, at += 4) target[i] = view.getFloat32(at, true);
  }
}
