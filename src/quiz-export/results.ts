/**
 * A student's own results as rows (one per question, the latest answer), and their CSV
 * and JSON forms for download. Rows carry what an LMS or an instructor's spreadsheet
 * needs to check a result: question id, variant, response as typed, answer note.
 */
import type { Question, TopicId, Difficulty } from '../quiz';
import { scoreOf, type Progress, type QuizConfig, type ScoreSummary, type StoredResponse } from '../quiz-store';
import { toCsv } from './csv';

export interface ResultRow {
  /** Position in the quiz, from 1. */
  index: number;
  student: string;
  /** The variant answered (after any retries). */
  questionId: string;
  topic: TopicId;
  difficulty: Difficulty;
  seed: number;
  variantNote: string;
  retries: number;
  attempts: number;
  /** As typed; null when not answered. */
  response: StoredResponse | null;
  correct: boolean | null;
  score: number | null;
  answerNote: string;
  answeredAt: string;
  solutionSeen: boolean;
}

export const RESULT_COLUMNS = [
  'index', 'student', 'questionId', 'topic', 'difficulty', 'seed', 'variantNote', 'retries', 'attempts',
  'response', 'correct', 'score', 'answerNote', 'answeredAt', 'solutionSeen',
] as const;

/** `questions` are the variants on screen, slot by slot (progress.slots[i] ↔ questions[i]). */
export function resultRows(questions: readonly Question[], progress: Progress, student: string): ResultRow[] {
  return questions.map((question, i) => {
    const slot = progress.slots[i];
    return {
      index: i + 1,
      student,
      questionId: question.id,
      topic: question.topic,
      difficulty: question.difficulty,
      seed: question.seed,
      variantNote: question.variantNote,
      retries: slot?.retries ?? 0,
      attempts: slot?.attempts ?? 0,
      response: slot?.response ?? null,
      correct: slot?.result?.correct ?? null,
      score: slot?.result?.score ?? null,
      answerNote: slot?.result?.answerNote ?? '',
      answeredAt: slot?.answeredAt ?? '',
      solutionSeen: slot?.solutionSeen ?? false,
    };
  });
}

/** A grid response printed the way prompts print matrices: [[1, 2], [3, 4]]. */
export function responseText(response: StoredResponse | null): string {
  if (response === null) return '';
  if (typeof response === 'string') return response;
  return `[${response.map((row) => `[${row.join(', ')}]`).join(', ')}]`;
}

export function resultsCsv(rows: readonly ResultRow[]): string {
  return toCsv(
    RESULT_COLUMNS,
    rows.map((row) => RESULT_COLUMNS.map((column) => (column === 'response' ? responseText(row.response) : row[column]))),
  );
}

export const RESULTS_FORMAT = 'convlab-quiz-results';

export interface ResultsDocument {
  format: typeof RESULTS_FORMAT;
  version: 1;
  exportedAt: string;
  quiz: QuizConfig;
  summary: ScoreSummary;
  results: ResultRow[];
}

export function resultsDocument(config: QuizConfig, questions: readonly Question[], progress: Progress, now: Date): ResultsDocument {
  return {
    format: RESULTS_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    quiz: { ...config, topics: [...config.topics] },
    summary: scoreOf(progress),
    results: resultRows(questions, progress, config.student),
  };
}

export function resultsJson(document: ResultsDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
