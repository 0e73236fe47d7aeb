/**
 * A student's progress through one quiz, as plain data: per question slot the variant
 * shown (its seed after any retries), the last submitted response exactly as typed and
 * how it was graded. Operations return new objects (no mutation), so an element can keep
 * the previous state for comparison and a test can check each transition.
 */
import { createRng, seedFrom } from '../random';
import { MAX_SEED } from './config';

/** A response as typed: text (number, expression, shape, option id) or a grid of cell texts. */
export type StoredResponse = string | string[][];

/** What grade() said, without the feedback text (which is re-derived in the reader's language). */
export interface StoredResult {
  correct: boolean;
  /** 0..1. */
  score: number;
  answerNote: string;
}

export interface SlotProgress {
  /** Id of the question generated for this slot before any retry; ties the record to its quiz. */
  baseId: string;
  /** Seed of the variant shown now: the generated one, or the last retry's. */
  seed: number;
  /** How many times "Retry with new numbers" replaced this slot's question. */
  retries: number;
  /** Submits on the variant shown now. */
  attempts: number;
  response: StoredResponse | null;
  result: StoredResult | null;
  /** ISO time of the last submit, or null. */
  answeredAt: string | null;
  /** The worked solution was opened for the variant shown now. */
  solutionSeen: boolean;
}

export interface Progress {
  /** Index of the question on screen. */
  current: number;
  slots: SlotProgress[];
}

export function freshProgress(questions: readonly { id: string; seed: number }[]): Progress {
  return {
    current: 0,
    slots: questions.map((q) => ({
      baseId: q.id,
      seed: q.seed,
      retries: 0,
      attempts: 0,
      response: null,
      result: null,
      answeredAt: null,
      solutionSeen: false,
    })),
  };
}

function withSlot(progress: Progress, index: number, change: (slot: SlotProgress) => SlotProgress): Progress {
  if (!Number.isInteger(index) || index < 0 || index >= progress.slots.length) return progress;
  return { ...progress, slots: progress.slots.map((slot, i) => (i === index ? change(slot) : slot)) };
}

export function recordAnswer(progress: Progress, index: number, response: StoredResponse, result: StoredResult, at: Date): Progress {
  return withSlot(progress, index, (slot) => ({
    ...slot,
    attempts: slot.attempts + 1,
    response: typeof response === 'string' ? response : response.map((row) => [...row]),
    result: { correct: result.correct, score: result.score, answerNote: result.answerNote },
    answeredAt: at.toISOString(),
  }));
}

/** A new variant for the slot: its answer, attempts and solution flag start over. */
export function recordRetry(progress: Progress, index: number, seed: number): Progress {
  return withSlot(progress, index, (slot) => ({
    ...slot,
    seed,
    retries: slot.retries + 1,
    attempts: 0,
    response: null,
    result: null,
    answeredAt: null,
    solutionSeen: false,
  }));
}

export function recordSolutionSeen(progress: Progress, index: number): Progress {
  return withSlot(progress, index, (slot) => (slot.solutionSeen ? slot : { ...slot, solutionSeen: true }));
}

export function moveTo(progress: Progress, index: number): Progress {
  const current = Math.min(progress.slots.length - 1, Math.max(0, Math.trunc(index)));
  return current === progress.current ? progress : { ...progress, current };
}

/**
 * The seed of a slot's next variant: reproducible from the slot's base question and how
 * many retries came before, so the same retry on another device shows the same numbers.
 */
export function retrySeed(baseId: string, retry: number): number {
  return createRng(seedFrom(`retry:${baseId}:${retry}`)).int(0, MAX_SEED);
}

export interface ScoreSummary {
  total: number;
  answered: number;
  correct: number;
  /** Sum of scores, matrices counting the fraction of cells right. */
  score: number;
}

export function scoreOf(progress: Progress): ScoreSummary {
  const results = progress.slots.map((slot) => slot.result).filter((r): r is StoredResult => r !== null);
  return {
    total: progress.slots.length,
    answered: results.length,
    correct: results.filter((r) => r.correct).length,
    score: results.reduce((sum, r) => sum + r.score, 0),
  };
}
