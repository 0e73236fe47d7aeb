/**
 * Independent computations for the quiz tests: plain loops and textbook formulas written
 * here, not calls into src/reference or src/geometry, so a generator whose answer
 * disagrees with them is caught. They read a question the way a student does: from its
 * `given` matrices and values.
 */
import type { GivenItem, Question } from '../../../src/quiz';

export interface GivenData {
  inputs: number[][][];
  kernels: number[][][];
  vectors: { input?: number[]; kernel?: number[] };
  values: Record<string, number | string>;
  layers?: Extract<GivenItem, { kind: 'layers' }>;
}

export function readGiven(question: Question): GivenData {
  const data: GivenData = { inputs: [], kernels: [], vectors: {}, values: {} };
  for (const item of question.given) {
    if (item.kind === 'matrix' && item.role === 'input') data.inputs.push(item.value);
    if (item.kind === 'matrix' && item.role === 'kernel') data.kernels.push(item.value);
    if (item.kind === 'vector') data.vectors[item.role] = item.value;
    if (item.kind === 'values') for (const e of item.entries) data.values[e.symbol] = e.value;
    if (item.kind === 'layers') data.layers = item;
  }
  return data;
}

export function num(data: GivenData, symbol: string, fallback?: number): number {
  const value = data.values[symbol] ?? fallback;
  if (typeof value !== 'number') throw new Error(`given value ${symbol} is not a number: ${String(value)}`);
  return value;
}

/** Multi-channel cross-correlation (or true convolution with flip) with zero padding P on every side. */
export function correlate2d(
  inputs: number[][][],
  kernels: number[][][],
  bias: number,
  stride: number,
  padding: number,
  flip = false,
): number[][] {
  const H = inputs[0].length;
  const W = inputs[0][0].length;
  const K = kernels[0].length;
  const rows = Math.floor((H + 2 * padding - K) / stride) + 1;
  const cols = Math.floor((W + 2 * padding - K) / stride) + 1;
  const at = (c: number, r: number, q: number) => (r < 0 || q < 0 || r >= H || q >= W ? 0 : inputs[c][r][q]);
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) {
      let sum = bias;
      for (let c = 0; c < inputs.length; c++) {
        for (let a = 0; a < K; a++) {
          for (let b = 0; b < K; b++) {
            const w = flip ? kernels[c][K - 1 - a][K - 1 - b] : kernels[c][a][b];
            sum += w * at(c, i * stride - padding + a, j * stride - padding + b);
          }
        }
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

export function pool(input: number[][], size: number, stride: number, mode: 'max' | 'avg'): number[][] {
  const n = Math.floor((input.length - size) / stride) + 1;
  const m = Math.floor((input[0].length - size) / stride) + 1;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: m }, (_, j) => {
      const cells: number[] = [];
      for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) cells.push(input[i * stride + a][j * stride + b]);
      return mode === 'max' ? Math.max(...cells) : cells.reduce((s, v) => s + v, 0) / cells.length;
    }),
  );
}

export function pad(input: number[][], P: number): number[][] {
  const width = input[0].length + 2 * P;
  const zeros = () => new Array<number>(width).fill(0);
  return [
    ...Array.from({ length: P }, zeros),
    ...input.map((row) => [...new Array<number>(P).fill(0), ...row, ...new Array<number>(P).fill(0)]),
    ...Array.from({ length: P }, zeros),
  ];
}

/** 1D cross-correlation of [C][L] with one filter [C][K], padded [left, right]. */
export function correlate1d(
  input: number[][],
  kernel: number[][],
  bias: number,
  stride: number,
  [left, right]: [number, number],
  flip = false,
): number[] {
  const L = input[0].length;
  const K = kernel[0].length;
  const n = Math.floor((L + left + right - K) / stride) + 1;
  return Array.from({ length: n }, (_, t) => {
    let sum = bias;
    for (let c = 0; c < input.length; c++) {
      for (let k = 0; k < K; k++) {
        const p = t * stride - left + k;
        const w = flip ? kernel[c][K - 1 - k] : kernel[c][k];
        sum += p < 0 || p >= L ? 0 : w * input[c][p];
      }
    }
    return sum;
  });
}

/** Keras 'same' padding along one axis: [before, after]. */
export function samePadding(W: number, K: number, S: number): [number, number] {
  const total = Math.max((Math.ceil(W / S) - 1) * S + K - W, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}
