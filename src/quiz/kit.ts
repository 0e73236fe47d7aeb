/**
 * Small helpers every question generator uses: a random stream private to one question,
 * random integer matrices, and the answer records.
 */
import { createRng, seedFrom, type Rng } from '../random';
import type { Difficulty, MatrixAnswer, NumberAnswer, TopicId } from './types';

/** Exact answers (integer sums, quarter averages) allow only floating-point noise. */
export const EXACT = 1e-9;

export function questionId(topic: TopicId, seed: number, difficulty: Difficulty): string {
  return `${topic}:${seed}:${difficulty}`;
}

/** Each (topic, seed, difficulty) draws its own stream, so topics never share numbers by accident. */
export function questionRng(topic: TopicId, seed: number, difficulty: Difficulty): Rng {
  return createRng(seedFrom(questionId(topic, seed, difficulty)));
}

export function randomMatrix(rng: Rng, rows: number, cols: number, min: number, max: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.int(min, max)));
}

/** A kernel that is not all zeros, so every window contributes. */
export function randomKernel(rng: Rng, rows: number, cols: number, min: number, max: number): number[][] {
  for (;;) {
    const kernel = randomMatrix(rng, rows, cols, min, max);
    if (kernel.some((row) => row.some((v) => v !== 0))) return kernel;
  }
}

/** A non-zero integer in [min, max]. */
export function nonZero(rng: Rng, min: number, max: number): number {
  for (;;) {
    const value = rng.int(min, max);
    if (value !== 0) return value;
  }
}

export function numberAnswer(value: number, tolerance = EXACT): NumberAnswer {
  return { kind: 'number', value, tolerance };
}

export function matrixAnswer(value: number[][], tolerance = EXACT): MatrixAnswer {
  return { kind: 'matrix', value, tolerance };
}
