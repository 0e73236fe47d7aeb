/**
 * Turning a generator's candidate mistakes into the list a question carries: a mistake
 * is named only when its value is a real, different answer, so matching a response to a
 * mistake is never ambiguous (the grader takes the first match).
 */
import type { Answer, Mistake, MistakeValue } from './types';
import { withoutBatch } from './parse-response';

/** A wrong rule that may not apply to this question (undefined value: skip it). */
export interface MistakeCandidate extends Omit<Mistake, 'value'> {
  value: MistakeValue | undefined;
}

function answerValue(answer: Answer): MistakeValue {
  return answer.kind === 'choice' ? answer.correct : answer.value;
}

function tolerance(answer: Answer): number {
  return answer.kind === 'number' || answer.kind === 'matrix' ? answer.tolerance : 0;
}

function isGrid(value: MistakeValue): value is number[][] {
  return Array.isArray(value) && value.length > 0 && Array.isArray(value[0]);
}

/** True when a grader could not tell the two values apart. */
export function indistinguishable(a: MistakeValue, b: MistakeValue, tol: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tol;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (typeof a === 'number' || typeof b === 'number') return false;
  if (isGrid(a) && isGrid(b)) {
    return a.length === b.length && a.every((row, r) => row.length === b[r].length && row.every((v, c) => Math.abs(v - b[r][c]) <= tol));
  }
  if (isGrid(a) || isGrid(b)) return false;
  const x = withoutBatch(a as (number | null)[]);
  const y = withoutBatch(b as (number | null)[]);
  return x.length === y.length && x.every((d, i) => d === y[i]);
}

function isUsable(value: MistakeValue | undefined): value is MistakeValue {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return true;
  if (isGrid(value)) return value.every((row) => row.every(Number.isFinite));
  return value.every((d) => d === null || (Number.isInteger(d) && d > 0));
}

/** Keeps the candidates whose values differ from the answer and from every kept one. */
export function distinctMistakes(answer: Answer, candidates: MistakeCandidate[]): Mistake[] {
  const tol = tolerance(answer);
  const correct = answerValue(answer);
  const kept: Mistake[] = [];
  for (const candidate of candidates) {
    const value = candidate.value;
    if (!isUsable(value) || indistinguishable(value, correct, tol)) continue;
    if (kept.some((m) => indistinguishable(m.value, value, tol))) continue;
    kept.push({ ...candidate, value });
  }
  return kept;
}

/** Runs a wrong rule that may throw on this question's numbers (e.g. a window larger than the input). */
export function attempt<T>(rule: () => T): T | undefined {
  try {
    return rule();
  } catch {
    return undefined;
  }
}
