/**
 * Grading with answer notes, in the manner of STACK's potential response trees: the
 * response is read safely, compared with the answer within the question's tolerance,
 * and otherwise compared with each named mistake the generator computed for this very
 * question, so feedback can say what the student probably did.
 */
import { evaluateAnswer, type RefusalReason } from './expression';
import { evaluateCells, parseMatrix, parseShape, withoutBatch } from './parse-response';
import { bi, sizeText } from './text';
import type {
  Bilingual,
  ChoiceAnswer,
  GradeResult,
  MatrixAnswer,
  Mistake,
  NumberAnswer,
  Question,
  ShapeAnswer,
} from './types';

export const INVALID_INPUT_NOTE = 'invalid-input';

/** Grades any response against a question. Never throws. */
export function grade(question: Question, response: unknown): GradeResult {
  const answer = question.answer;
  switch (answer.kind) {
    case 'number':
      return gradeNumber(question, answer, response);
    case 'matrix':
      return gradeMatrix(question, answer, response);
    case 'shape':
      return gradeShape(question, answer, response);
    case 'choice':
      return gradeChoice(question, answer, response);
  }
}

export function refusalText(reason: RefusalReason | 'shape' | 'matrix-text' | 'choice', detail = '?'): Bilingual {
  return bi(`refuse-${reason}`, { detail });
}

function invalid(reason: Bilingual): GradeResult {
  return {
    correct: false,
    score: 0,
    answerNote: INVALID_INPUT_NOTE,
    feedback: { en: bi('refuse-prefix', { reason: reason.en }).en, ko: bi('refuse-prefix', { reason: reason.ko }).ko },
  };
}

function correct(question: Question, extra: Partial<GradeResult> = {}): GradeResult {
  return { correct: true, score: 1, answerNote: `${question.topic}-correct`, feedback: bi('feedback-correct'), ...extra };
}

function wrong(question: Question, mistake: Mistake | undefined, extra: Partial<GradeResult> = {}): GradeResult {
  if (!mistake) {
    return { correct: false, score: 0, answerNote: `${question.topic}-incorrect`, feedback: bi('feedback-incorrect'), ...extra };
  }
  return {
    correct: false,
    score: 0,
    answerNote: mistakeNote(question, mistake),
    feedback: {
      en: bi('feedback-mistake', { detail: mistake.feedback.en }).en,
      ko: bi('feedback-mistake', { detail: mistake.feedback.ko }).ko,
    },
    ...extra,
  };
}

/** The answer note a mistake produces: `${topic}-${code}-${id}`, e.g. 'output-size-1-forgot-padding'. */
export function mistakeNote(question: Pick<Question, 'topic'>, mistake: Pick<Mistake, 'code' | 'id'>): string {
  return `${question.topic}-${mistake.code}-${mistake.id}`;
}

const close = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

function gradeNumber(question: Question, answer: NumberAnswer, response: unknown): GradeResult {
  const result = evaluateAnswer(response);
  if (!result.ok) return invalid(refusalText(result.reason, result.detail));
  if (close(result.value, answer.value, answer.tolerance)) return correct(question);
  const mistake = question.mistakes.find((m) => typeof m.value === 'number' && close(result.value, m.value, answer.tolerance));
  return wrong(question, mistake);
}

function sameMatrix(a: number[][], b: readonly (readonly number[])[], tolerance: number): boolean {
  return a.length === b.length && a.every((row, r) => row.length === b[r].length && row.every((v, c) => close(v, b[r][c], tolerance)));
}

function gradeMatrix(question: Question, answer: MatrixAnswer, response: unknown): GradeResult {
  const parsed = parseMatrix(response);
  if (!parsed.ok) return invalid(refusalText(parsed.reason));
  const evaluated = evaluateCells(parsed.cells);
  if (!evaluated.ok) {
    const reason = refusalText(evaluated.reason, evaluated.detail);
    return invalid({
      en: bi('refuse-cell', { row: evaluated.row, col: evaluated.col, reason: reason.en }).en,
      ko: bi('refuse-cell', { row: evaluated.row, col: evaluated.col, reason: reason.ko }).ko,
    });
  }
  const values = evaluated.values;
  const expected = answer.value;
  const sameShape = values.length === expected.length && values.every((row, r) => row.length === expected[r].length);
  const cells = sameShape ? values.map((row, r) => row.map((v, c) => close(v, expected[r][c], answer.tolerance))) : undefined;
  if (cells && cells.every((row) => row.every(Boolean))) return correct(question, { cells });

  const mistake = question.mistakes.find((m) => isMatrix(m.value) && sameMatrix(values, m.value, answer.tolerance));
  const right = cells ? cells.flat().filter(Boolean).length : 0;
  const total = expected.length * expected[0].length;
  const score = right / total;
  if (mistake) return { ...wrong(question, mistake), score, ...(cells ? { cells } : {}) };
  if (!cells) {
    const got = sizeText(values.length, Math.max(...values.map((row) => row.length)));
    return {
      ...wrong(question, undefined),
      answerNote: `${question.topic}-shape-mismatch`,
      feedback: bi('feedback-shape-mismatch', { got, want: sizeText(expected.length, expected[0].length) }),
    };
  }
  return {
    correct: false,
    score,
    answerNote: `${question.topic}-${right > 0 ? 'partial' : 'incorrect'}`,
    feedback: bi('feedback-partial', { right, total }),
    cells,
  };
}

function isMatrix(value: Mistake['value']): value is number[][] {
  return Array.isArray(value) && value.length > 0 && Array.isArray(value[0]);
}

function sameShape(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  const x = withoutBatch(a);
  const y = withoutBatch(b);
  return x.length === y.length && x.every((d, i) => d === y[i]);
}

function gradeShape(question: Question, answer: ShapeAnswer, response: unknown): GradeResult {
  const parsed = parseShape(response);
  if (!parsed.ok) return invalid(refusalText(parsed.reason));
  if (sameShape(parsed.value, answer.value)) return correct(question);
  const mistake = question.mistakes.find(
    (m) => Array.isArray(m.value) && !isMatrix(m.value) && sameShape(parsed.value, m.value as (number | null)[]),
  );
  if (mistake) return wrong(question, mistake);
  const got = withoutBatch(parsed.value).length;
  const want = withoutBatch(answer.value).length;
  if (got !== want) {
    return { ...wrong(question, undefined), answerNote: `${question.topic}-rank-mismatch`, feedback: bi('feedback-rank-mismatch', { got, want }) };
  }
  return wrong(question, undefined);
}

function gradeChoice(question: Question, answer: ChoiceAnswer, response: unknown): GradeResult {
  const id = typeof response === 'string' ? response.trim() : '';
  const option = answer.options.find((o) => o.id === id);
  if (!option) return invalid(refusalText('choice'));
  if (option.id === answer.correct) {
    return { ...correct(question), feedback: joinFeedback(bi('feedback-correct'), option.explanation) };
  }
  const mistake = question.mistakes.find((m) => m.value === option.id);
  const result = wrong(question, mistake);
  return mistake ? result : { ...result, feedback: joinFeedback(bi('feedback-mistake', { detail: '' }), option.explanation) };
}

function joinFeedback(head: Bilingual, tail: Bilingual): Bilingual {
  return { en: `${head.en.trim()} ${tail.en}`, ko: `${head.ko.trim()} ${tail.ko}` };
}
