/**
 * A quiz as a link: the query parameters the quiz page reads and the instructor page
 * writes. One canonical order, so the same quiz always gives the same link and two
 * instructors comparing links compare equal text.
 *
 *   lessons/quiz.html?topics=output-size,max-pool&count=10&seed=2026&difficulty=medium&student=s01&lang=ko
 *   lessons/quiz.html?topics=padding&count=5&seed=7&difficulty=easy&ask-student=1   (the page asks for an id)
 */
import type { QuizConfig, RawQuizConfig } from './config';

export const QUIZ_PARAMS = {
  topics: 'topics',
  count: 'count',
  seed: 'seed',
  difficulty: 'difficulty',
  student: 'student',
  askStudent: 'ask-student',
  lang: 'lang',
} as const;

/** The raw values of a link's query, for parseQuizConfig. */
export function rawConfigFromParams(params: URLSearchParams): RawQuizConfig {
  return {
    topics: params.get(QUIZ_PARAMS.topics),
    count: params.get(QUIZ_PARAMS.count),
    seed: params.get(QUIZ_PARAMS.seed),
    difficulty: params.get(QUIZ_PARAMS.difficulty),
    student: params.get(QUIZ_PARAMS.student),
  };
}

/** Whether the link asks each student for an id (and no id is in it yet). */
export function asksForStudent(params: URLSearchParams): boolean {
  const flag = params.get(QUIZ_PARAMS.askStudent);
  return flag !== null && flag !== '0' && flag !== 'false' && !(params.get(QUIZ_PARAMS.student) ?? '').trim();
}

export interface LinkOptions {
  /** Ask each student for an id instead of carrying one. */
  askStudent?: boolean;
  /** Open the quiz in this language. */
  lang?: string;
}

/** The query string (without '?') of a quiz link, parameters in a fixed order. */
export function quizQuery(config: QuizConfig, options: LinkOptions = {}): string {
  const params = new URLSearchParams();
  params.set(QUIZ_PARAMS.topics, config.topics.join(','));
  params.set(QUIZ_PARAMS.count, String(config.count));
  params.set(QUIZ_PARAMS.seed, String(config.seed));
  params.set(QUIZ_PARAMS.difficulty, config.difficulty);
  if (config.student) params.set(QUIZ_PARAMS.student, config.student);
  else if (options.askStudent) params.set(QUIZ_PARAMS.askStudent, '1');
  if (options.lang) params.set(QUIZ_PARAMS.lang, options.lang);
  // Commas between topics read better unescaped, and are legal in a query.
  return params.toString().replace(/%2C/gi, ',');
}

/** Student ids from a pasted list: one per line, or separated by commas or semicolons; blanks and repeats dropped. */
export function parseStudentList(text: string): string[] {
  const ids = text
    .split(/[\n\r,;\t]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}
