/**
 * The answer key of a quiz set for the instructor: per question its id, variant note and
 * answer, as CSV or JSON. Numbers are written in plain ASCII (no true minus sign, no
 * thousands separators) so a spreadsheet reads them as numbers.
 */
import type { Answer, Question } from '../quiz';
import type { Lang } from '../i18n';
import { toCsv } from './csv';

export interface AnswerKeyRow {
  student: string;
  index: number;
  questionId: string;
  topic: string;
  difficulty: string;
  variantNote: string;
  /** The answer as text: 16, [[9, 2], [6, 3]], (None, 13, 13, 32), or "option-id: option text". */
  answer: string;
  /** The answer as data (number, matrix, shape or option id), for the JSON form. */
  value: number | number[][] | (number | null)[] | string;
}

export const ANSWER_KEY_COLUMNS = ['student', 'index', 'questionId', 'topic', 'difficulty', 'variantNote', 'answer'] as const;

/** At most 4 decimals; −0 prints as 0. */
export function plainNumber(value: number): string {
  const rounded = Number(value.toFixed(4));
  return String(rounded === 0 ? 0 : rounded);
}

export function answerText(answer: Answer, lang: Lang = 'en'): string {
  switch (answer.kind) {
    case 'number':
      return plainNumber(answer.value);
    case 'matrix':
      return `[${answer.value.map((row) => `[${row.map(plainNumber).join(', ')}]`).join(', ')}]`;
    case 'shape':
      return `(${answer.value.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
    case 'choice': {
      const option = answer.options.find((o) => o.id === answer.correct);
      return option ? `${option.id}: ${option.text[lang]}` : answer.correct;
    }
  }
}

function answerValue(answer: Answer): AnswerKeyRow['value'] {
  return answer.kind === 'choice' ? answer.correct : answer.value;
}

export function answerKeyRows(questions: readonly Question[], student = '', lang: Lang = 'en'): AnswerKeyRow[] {
  return questions.map((q, i) => ({
    student,
    index: i + 1,
    questionId: q.id,
    topic: q.topic,
    difficulty: q.difficulty,
    variantNote: q.variantNote,
    answer: answerText(q.answer, lang),
    value: answerValue(q.answer),
  }));
}

export function answerKeyCsv(rows: readonly AnswerKeyRow[]): string {
  return toCsv(ANSWER_KEY_COLUMNS, rows.map((row) => ANSWER_KEY_COLUMNS.map((column) => row[column])));
}

export const ANSWER_KEY_FORMAT = 'convlab-quiz-answer-key';

export function answerKeyJson(quiz: object, rows: readonly AnswerKeyRow[], now: Date): string {
  return `${JSON.stringify({ format: ANSWER_KEY_FORMAT, version: 1, exportedAt: now.toISOString(), quiz, answers: rows }, null, 2)}\n`;
}
