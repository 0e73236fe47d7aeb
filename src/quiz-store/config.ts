/**
 * What a quiz is, read from untrusted text (element attributes or a link's query):
 * topics, count, seed, difficulty and student id. Every value is checked and repaired
 * rather than refused, and each repair is reported as a problem the page can list, so a
 * hand-edited link still opens a working quiz and says what it changed.
 */
import { DIFFICULTIES, TOPICS, isTopic, type Difficulty, type TopicId } from '../quiz';

export interface QuizConfig {
  /** Known topics in the order given, without repeats. */
  topics: TopicId[];
  /** 1 … MAX_COUNT. */
  count: number;
  /** A non-negative safe integer. */
  seed: number;
  difficulty: Difficulty;
  /** '' for the shared set; otherwise mixed into the seed, one set per student. */
  student: string;
}

/** What the raw text said, before checking. Absent values are null or undefined. */
export interface RawQuizConfig {
  topics?: string | null;
  count?: string | null;
  seed?: string | null;
  difficulty?: string | null;
  student?: string | null;
}

export type ConfigProblem =
  | { kind: 'unknown-topics'; topics: string[] }
  | { kind: 'no-topics' }
  | { kind: 'count'; given: string; used: number }
  | { kind: 'seed'; given: string; used: number }
  | { kind: 'difficulty'; given: string; used: Difficulty }
  | { kind: 'student'; used: string };

export const MIN_COUNT = 1;
export const MAX_COUNT = 50;
export const DEFAULT_COUNT = 5;
export const DEFAULT_SEED = 1;
export const DEFAULT_DIFFICULTY: Difficulty = 'medium';
/** Long enough for any student number or e-mail name; longer ids are cut. */
export const MAX_STUDENT_LENGTH = 64;
/** Seeds stay below 2^31 so every generator and every link handles them the same way. */
export const MAX_SEED = 2 ** 31 - 1;
/** Unknown topic names echoed back are cut to this many, so a junk link cannot flood the notice. */
const MAX_LISTED_TOPICS = 10;

export function parseQuizConfig(raw: RawQuizConfig): { config: QuizConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const topics = parseTopics(raw.topics, problems);
  const count = parseCount(raw.count, problems);
  const seed = parseSeed(raw.seed, problems);
  const difficulty = parseDifficulty(raw.difficulty, problems);
  const student = parseStudent(raw.student, problems);
  return { config: { topics, count, seed, difficulty, student }, problems };
}

function parseTopics(text: string | null | undefined, problems: ConfigProblem[]): TopicId[] {
  const names = (text ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return [...TOPICS];
  const known = [...new Set(names.filter(isTopic))];
  const unknown = [...new Set(names.filter((name) => !isTopic(name)))];
  if (unknown.length > 0) {
    problems.push({ kind: 'unknown-topics', topics: unknown.slice(0, MAX_LISTED_TOPICS).map((name) => name.slice(0, 40)) });
  }
  if (known.length > 0) return known;
  problems.push({ kind: 'no-topics' });
  return [...TOPICS];
}

function parseCount(text: string | null | undefined, problems: ConfigProblem[]): number {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return DEFAULT_COUNT;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    problems.push({ kind: 'count', given: trimmed.slice(0, 20), used: DEFAULT_COUNT });
    return DEFAULT_COUNT;
  }
  const used = Math.min(MAX_COUNT, Math.max(MIN_COUNT, Math.round(value)));
  if (used !== value) problems.push({ kind: 'count', given: trimmed.slice(0, 20), used });
  return used;
}

function parseSeed(text: string | null | undefined, problems: ConfigProblem[]): number {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return DEFAULT_SEED;
  if (/^\d{1,10}$/.test(trimmed) && Number(trimmed) <= MAX_SEED) return Number(trimmed);
  problems.push({ kind: 'seed', given: trimmed.slice(0, 20), used: DEFAULT_SEED });
  return DEFAULT_SEED;
}

function parseDifficulty(text: string | null | undefined, problems: ConfigProblem[]): Difficulty {
  const trimmed = (text ?? '').trim().toLowerCase();
  if (trimmed === '') return DEFAULT_DIFFICULTY;
  const found = DIFFICULTIES.find((d) => d === trimmed);
  if (found) return found;
  problems.push({ kind: 'difficulty', given: trimmed.slice(0, 20), used: DEFAULT_DIFFICULTY });
  return DEFAULT_DIFFICULTY;
}

/** Control characters are dropped and spaces collapsed, so an id prints and stores cleanly. */
function parseStudent(text: string | null | undefined, problems: ConfigProblem[]): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = (text ?? '').replace(/[\u0000-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  if (cleaned.length <= MAX_STUDENT_LENGTH) return cleaned;
  const used = cleaned.slice(0, MAX_STUDENT_LENGTH);
  problems.push({ kind: 'student', used });
  return used;
}
