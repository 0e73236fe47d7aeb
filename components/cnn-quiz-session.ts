/**
 * The quiz element's state without the DOM: which questions are on screen (the generated
 * set with any retried variants), the student's progress, and each answer's grade. Every
 * function returns a new session, so the element only assigns it and re-renders.
 * Feedback is never stored: it is re-derived by grade() when progress is restored, so a
 * restored quiz reads exactly like a fresh one and follows the language switch.
 */
import { generateQuestion, generateQuiz, grade, type GradeResult, type Question } from '../src/quiz';
import {
  loadProgress,
  moveTo,
  parseQuizConfig,
  recordAnswer,
  recordRetry,
  recordSolutionSeen,
  retrySeed,
  storageKeyFor,
  type ConfigProblem,
  type Progress,
  type QuizConfig,
  type RawQuizConfig,
  type StorageLike,
  type StoreNotice,
  type StoredResponse,
} from '../src/quiz-store';
import type { QuizAnswerDetail } from './cnn-quiz-event';

export interface QuizSession {
  config: QuizConfig;
  /** What was repaired in the attributes (unknown topics, clamped count …). */
  problems: ConfigProblem[];
  key: string;
  /** The generated set, before retries: its ids tie stored progress to this quiz. */
  base: Question[];
  /** The variants on screen, slot by slot. */
  questions: Question[];
  progress: Progress;
  grades: (GradeResult | null)[];
  /** Why saved progress was not restored, if it was not. */
  notice: StoreNotice | null;
  restored: boolean;
}

export type SessionResult = { ok: true; session: QuizSession } | { ok: false; reason: string };

export function openSession(raw: RawQuizConfig, namespace: string, storage: StorageLike | null): SessionResult {
  const { config, problems } = parseQuizConfig(raw);
  let base: Question[];
  try {
    base = generateQuiz({ ...config, studentId: config.student || undefined });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const key = storageKeyFor(config, namespace);
  const loaded = loadProgress(storage, key, base);
  const questions = base.map((question, i) => variantOf(question, loaded.progress.slots[i].seed, config));
  let progress = loaded.progress;
  const grades = questions.map((question, i) => {
    const response = progress.slots[i].response;
    if (response === null) return null;
    const result = grade(question, response);
    // The stored result is replaced by today's grading, so the score always matches the feedback shown.
    const slot = progress.slots[i];
    progress = { ...progress, slots: progress.slots.map((s, j) => (j === i ? { ...slot, result: summary(result) } : s)) };
    return result;
  });
  return { ok: true, session: { config, problems, key, base, questions, progress, grades, notice: loaded.notice, restored: loaded.restored } };
}

function variantOf(base: Question, seed: number, config: QuizConfig): Question {
  if (seed === base.seed) return base;
  try {
    return generateQuestion(base.topic, seed, config.difficulty);
  } catch {
    return base;
  }
}

const summary = (result: GradeResult) => ({ correct: result.correct, score: result.score, answerNote: result.answerNote });

export function submitAnswer(
  session: QuizSession,
  index: number,
  response: StoredResponse,
  now: Date,
): { session: QuizSession; detail: QuizAnswerDetail } {
  const question = session.questions[index];
  const result = grade(question, response);
  const progress = recordAnswer(session.progress, index, response, summary(result), now);
  const slot = progress.slots[index];
  const detail: QuizAnswerDetail = {
    questionId: question.id,
    topic: question.topic,
    seed: question.seed,
    difficulty: question.difficulty,
    variantNote: question.variantNote,
    response: typeof response === 'string' ? response : response.map((row) => [...row]),
    correct: result.correct,
    score: result.score,
    answerNote: result.answerNote,
    timestamp: now.toISOString(),
    index,
    student: session.config.student,
    retries: slot.retries,
    attempt: slot.attempts,
  };
  return { session: { ...session, progress, grades: session.grades.map((g, i) => (i === index ? result : g)) }, detail };
}

/** Tries this many retry seeds for a variant whose numbers differ from the one on screen. */
const RETRY_DRAWS = 8;

/** Replaces a question by a new variant of the same topic and difficulty, clearing its answer. */
export function retryQuestion(session: QuizSession, index: number): QuizSession {
  const base = session.base[index];
  const current = session.questions[index];
  const slot = session.progress.slots[index];
  if (!base || !current || !slot) return session;
  let seed = current.seed;
  let next = current;
  for (let n = slot.retries + 1; n <= slot.retries + RETRY_DRAWS && next.variantNote === current.variantNote; n++) {
    seed = retrySeed(base.id, n);
    next = variantOf(base, seed, session.config);
  }
  return {
    ...session,
    questions: session.questions.map((q, i) => (i === index ? next : q)),
    progress: recordRetry(session.progress, index, next.seed),
    grades: session.grades.map((g, i) => (i === index ? null : g)),
  };
}

export function markSolutionSeen(session: QuizSession, index: number): QuizSession {
  const progress = recordSolutionSeen(session.progress, index);
  return progress === session.progress ? session : { ...session, progress };
}

export function goTo(session: QuizSession, index: number): QuizSession {
  const progress = moveTo(session.progress, index);
  return progress === session.progress ? session : { ...session, progress };
}
