import { describe, expect, it } from 'vitest';
import { TOPICS, generateQuestion } from '../../../src/quiz';
import {
  asksForStudent,
  freshProgress,
  parseQuizConfig,
  parseStudentList,
  quizQuery,
  rawConfigFromParams,
  recordAnswer,
  recordRetry,
  retrySeed,
  scoreOf,
  moveTo,
} from '../../../src/quiz-store';

describe('quiz config from untrusted text', () => {
  it('reads the issue example link exactly', () => {
    const params = new URLSearchParams('topics=output-size,max-pool&count=10&seed=2026&difficulty=medium&student=s%C3%B6ren&lang=ko');
    const { config, problems } = parseQuizConfig(rawConfigFromParams(params));
    expect(config).toEqual({ topics: ['output-size', 'max-pool'], count: 10, seed: 2026, difficulty: 'medium', student: 'sören' });
    expect(problems).toEqual([]);
  });

  it('lists unknown topics and drops them, keeping known ones once in the given order', () => {
    const { config, problems } = parseQuizConfig({ topics: 'pooling, max-pool,Output-Size,max-pool,,constructor' });
    expect(config.topics).toEqual(['max-pool', 'output-size']);
    expect(problems).toEqual([{ kind: 'unknown-topics', topics: ['pooling', 'constructor'] }]);
  });

  it('falls back to every topic when none is known, and says so', () => {
    const { config, problems } = parseQuizConfig({ topics: 'pooling' });
    expect(config.topics).toEqual([...TOPICS]);
    expect(problems.map((p) => p.kind)).toEqual(['unknown-topics', 'no-topics']);
    expect(parseQuizConfig({}).config.topics).toEqual([...TOPICS]);
    expect(parseQuizConfig({}).problems).toEqual([]);
  });

  it('clamps count to 1–50 and reports the change', () => {
    expect(parseQuizConfig({ count: '500' })).toMatchObject({ config: { count: 50 }, problems: [{ kind: 'count', given: '500', used: 50 }] });
    expect(parseQuizConfig({ count: '0' })).toMatchObject({ config: { count: 1 }, problems: [{ kind: 'count', used: 1 }] });
    expect(parseQuizConfig({ count: '-3' }).config.count).toBe(1);
    expect(parseQuizConfig({ count: '7.6' }).config.count).toBe(8);
    expect(parseQuizConfig({ count: 'ten' })).toMatchObject({ config: { count: 5 }, problems: [{ kind: 'count', given: 'ten', used: 5 }] });
    expect(parseQuizConfig({ count: '12' })).toEqual(expect.objectContaining({ problems: [] }));
  });

  it('refuses seeds that are not whole numbers below 2^31, difficulties it does not know, and long ids', () => {
    expect(parseQuizConfig({ seed: '-1' }).problems).toEqual([{ kind: 'seed', given: '-1', used: 1 }]);
    expect(parseQuizConfig({ seed: '1e9' }).config.seed).toBe(1);
    expect(parseQuizConfig({ seed: '2147483648' }).config.seed).toBe(1);
    expect(parseQuizConfig({ seed: '2147483647' }).config.seed).toBe(2147483647);
    expect(parseQuizConfig({ difficulty: 'HARD' }).config.difficulty).toBe('hard');
    expect(parseQuizConfig({ difficulty: 'expert' }).problems).toEqual([{ kind: 'difficulty', given: 'expert', used: 'medium' }]);
    const long = parseQuizConfig({ student: 'x'.repeat(100) });
    expect(long.config.student).toHaveLength(64);
    expect(long.problems[0].kind).toBe('student');
    expect(parseQuizConfig({ student: ' a\u0000b\n  c ' }).config.student).toBe('ab c');
  });
});

describe('quiz links', () => {
  const config = { topics: ['output-size', 'max-pool'] as const, count: 10, seed: 2026, difficulty: 'medium' as const, student: '' };

  it('writes parameters in one order and reads back the same quiz', () => {
    const query = quizQuery({ ...config, topics: [...config.topics] }, { lang: 'ko' });
    expect(query).toBe('topics=output-size,max-pool&count=10&seed=2026&difficulty=medium&lang=ko');
    expect(parseQuizConfig(rawConfigFromParams(new URLSearchParams(query))).config).toEqual({ ...config, topics: [...config.topics] });
  });

  it('carries a student id (escaped), or asks for one', () => {
    const withStudent = quizQuery({ ...config, topics: [...config.topics], student: 'kim & lee' });
    expect(withStudent).toContain('student=kim+%26+lee');
    expect(new URLSearchParams(withStudent).get('student')).toBe('kim & lee');
    const asking = quizQuery({ ...config, topics: [...config.topics] }, { askStudent: true });
    expect(asking).toContain('ask-student=1');
    expect(asksForStudent(new URLSearchParams(asking))).toBe(true);
    expect(asksForStudent(new URLSearchParams(`${asking}&student=s7`))).toBe(false);
    expect(asksForStudent(new URLSearchParams('ask-student=0'))).toBe(false);
  });

  it('reads a pasted student list: lines, commas or semicolons, no blanks or repeats', () => {
    expect(parseStudentList('s01\ns02, s03;s01\n\n  s04  \r\n')).toEqual(['s01', 's02', 's03', 's04']);
    expect(parseStudentList('  \n ')).toEqual([]);
  });
});

describe('progress transitions and score', () => {
  const questions = [generateQuestion('output-size', 1, 'easy'), generateQuestion('max-pool', 2, 'easy'), generateQuestion('padding', 3, 'easy')];
  const at = new Date('2026-03-02T09:00:00Z');

  it('counts answered, correct and partial credit; a new answer replaces the old one', () => {
    let progress = freshProgress(questions);
    expect(scoreOf(progress)).toEqual({ total: 3, answered: 0, correct: 0, score: 0 });
    progress = recordAnswer(progress, 0, '3', { correct: false, score: 0, answerNote: 'output-size-incorrect' }, at);
    progress = recordAnswer(progress, 0, '5', { correct: true, score: 1, answerNote: 'output-size-correct' }, at);
    progress = recordAnswer(progress, 1, [['1', '2'], ['3', '4']], { correct: false, score: 0.25, answerNote: 'max-pool-partial' }, at);
    expect(scoreOf(progress)).toEqual({ total: 3, answered: 2, correct: 1, score: 1.25 });
    expect(progress.slots[0].attempts).toBe(2);
    expect(progress.slots[0].answeredAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('a retry clears the slot and counts the retry; out-of-range indexes change nothing', () => {
    let progress = recordAnswer(freshProgress(questions), 2, '9', { correct: true, score: 1, answerNote: 'padding-correct' }, at);
    const before = progress;
    progress = recordRetry(progress, 2, 99);
    expect(progress.slots[2]).toMatchObject({ seed: 99, retries: 1, attempts: 0, response: null, result: null, baseId: questions[2].id });
    expect(before.slots[2].result).not.toBeNull(); // the old object is untouched
    expect(recordRetry(progress, 7, 1)).toBe(progress);
    expect(moveTo(progress, 10).current).toBe(2);
    expect(moveTo(progress, -4).current).toBe(0);
  });

  it('retry seeds are reproducible, differ per retry and per question, and stay below 2^31', () => {
    const a = [1, 2, 3].map((n) => retrySeed(questions[0].id, n));
    expect([1, 2, 3].map((n) => retrySeed(questions[0].id, n))).toEqual(a);
    expect(new Set(a).size).toBe(3);
    expect(retrySeed(questions[1].id, 1)).not.toBe(a[0]);
    for (const seed of a) expect(Number.isSafeInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
  });
});
