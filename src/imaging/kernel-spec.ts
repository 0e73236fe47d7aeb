/**
 * Reading a kernel from an attribute or the lab's grid: a preset name, a JSON matrix, or
 * JSON {"weights": [[…]], "divisor": n}. Errors carry a code and parameters so an element
 * can word them in the reader's language; a position (row, col) counts from 0.
 */
import { KERNEL_PRESET_NAMES, KERNEL_PRESETS, isKernelPreset, type KernelPresetName } from '../presets';
import type { KernelMatrix } from './types';

/** Largest kernel side the lab accepts (it redraws on every edit). */
export const MAX_KERNEL_SIDE = 9;

export type KernelSpecErrorCode =
  | 'unknown-preset'
  | 'bad-json'
  | 'not-matrix'
  | 'ragged'
  | 'not-number'
  | 'too-large'
  | 'bad-divisor';

export class KernelSpecError extends Error {
  constructor(
    readonly code: KernelSpecErrorCode,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'KernelSpecError';
  }
}

export interface KernelSpec {
  /** The preset it came from, or null for a custom kernel. */
  preset: KernelPresetName | null;
  /** The numbers as a person enters them (integers where possible)… */
  weights: KernelMatrix;
  /** …and what they are divided by: kernel = weights / divisor. */
  divisor: number;
  /** The kernel the filter applies. */
  kernel: KernelMatrix;
}

/**
 * Writes a kernel as small integers over one divisor when it has that form
 * (box blur → ones / 9, Gaussian → [1 2 1; 2 4 2; 1 2 1] / 16); otherwise divisor 1.
 */
export function integerForm(kernel: KernelMatrix, maxDivisor = 256): { weights: KernelMatrix; divisor: number } {
  for (let divisor = 1; divisor <= maxDivisor; divisor++) {
    const scaled = kernel.map((row) => row.map((w) => w * divisor));
    if (scaled.every((row) => row.every((v) => Math.abs(v - Math.round(v)) < 1e-9))) {
      return { weights: scaled.map((row) => row.map((v) => Math.round(v))), divisor };
    }
  }
  return { weights: kernel.map((row) => [...row]), divisor: 1 };
}

/** weights / divisor, checking the weights form a rectangle of finite numbers. */
export function kernelSpecFromWeights(weights: unknown, divisor: unknown = 1, preset: KernelPresetName | null = null): KernelSpec {
  const matrix = checkMatrix(weights);
  if (typeof divisor !== 'number' || !Number.isFinite(divisor) || divisor === 0) {
    throw new KernelSpecError('bad-divisor', { value: String(divisor) }, `the divisor must be a non-zero number, got ${String(divisor)}`);
  }
  return { preset, weights: matrix, divisor, kernel: matrix.map((row) => row.map((w) => w / divisor)) };
}

/** A preset name or JSON text → a kernel spec; throws KernelSpecError with the reason. */
export function parseKernelSpec(text: string): KernelSpec {
  const trimmed = text.trim();
  if (isKernelPreset(trimmed)) {
    const { weights, divisor } = integerForm(KERNEL_PRESETS[trimmed]);
    return { ...kernelSpecFromWeights(weights, divisor, trimmed), kernel: KERNEL_PRESETS[trimmed].map((row) => [...row]) };
  }
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) {
    throw new KernelSpecError(
      'unknown-preset',
      { name: trimmed, names: KERNEL_PRESET_NAMES.join(', ') },
      `unknown kernel '${trimmed}'; use one of ${KERNEL_PRESET_NAMES.join(', ')} or a JSON matrix`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new KernelSpecError('bad-json', { detail }, `the kernel is not valid JSON: ${detail}`);
  }
  if (Array.isArray(parsed)) return kernelSpecFromWeights(parsed);
  const object = parsed as { weights?: unknown; divisor?: unknown };
  return kernelSpecFromWeights(object.weights, object.divisor ?? 1);
}

/** The attribute text for a spec: the preset name, a JSON matrix, or JSON with a divisor. */
export function formatKernelSpec(spec: KernelSpec): string {
  if (spec.preset) return spec.preset;
  return spec.divisor === 1
    ? JSON.stringify(spec.weights)
    : JSON.stringify({ weights: spec.weights, divisor: spec.divisor });
}

function checkMatrix(value: unknown): KernelMatrix {
  if (!Array.isArray(value) || value.length === 0 || !value.every((row) => Array.isArray(row) && row.length > 0)) {
    throw new KernelSpecError('not-matrix', {}, 'a kernel must be a list of rows, e.g. [[0,1,0],[1,-4,1],[0,1,0]]');
  }
  const rows = value as unknown[][];
  const cols = rows[0].length;
  if (rows.length > MAX_KERNEL_SIDE || cols > MAX_KERNEL_SIDE) {
    throw new KernelSpecError('too-large', { max: MAX_KERNEL_SIDE }, `a kernel may be at most ${MAX_KERNEL_SIDE}×${MAX_KERNEL_SIDE}`);
  }
  // Rows and columns count from 0 at the top left, as every ConvLab text and PyTorch do;
  // row 0 sets the length the others must have.
  rows.forEach((row, r) => {
    if (row.length !== cols) {
      throw new KernelSpecError('ragged', { row: r, count: row.length, expected: cols }, `row ${r} has ${row.length} numbers but row 0 has ${cols} (rows count from 0)`);
    }
    row.forEach((v, c) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new KernelSpecError('not-number', { row: r, col: c }, `row ${r}, column ${c} (counting from 0 at the top left) is not a number`);
      }
    });
  });
  return rows.map((row) => [...(row as number[])]);
}

/**
 * The same weights divided by their sum, so the kernel sums to 1 and keeps the image's
 * brightness (box blur: ones ÷ 9). Null when the weights sum to 0 (edges, Laplacian).
 */
export function normaliseKernelSpec(spec: KernelSpec): KernelSpec | null {
  let sum = 0;
  for (const row of spec.weights) for (const w of row) sum += w;
  if (Math.abs(sum) < 1e-12) return null;
  return kernelSpecFromWeights(spec.weights, sum);
}
