import { describe, expect, it } from 'vitest';
import { evaluateAnswer, grade, refusalText, type Question } from '../../../src/quiz';

/** A bare number question whose answer is 24, as in "(28 − 5 + 2·0)/1 + 1". */
const question24: Question = {
  topic: 'output-size',
  id: 'output-size:test',
  seed: 0,
  difficulty: 'easy',
  prompt: { en: 'W = 28, K = 5, P = 0, S = 1', ko: 'W = 28, K = 5, P = 0, S = 1' },
  given: [],
  answer: { kind: 'number', value: 24, tolerance: 1e-9 },
  solution: { steps: [], source: { kind: 'concept', conceptId: 'none' } },
  variantNote: 'W=28 K=5 P=0 S=1 D=1',
  mistakes: [],
};

describe('evaluateAnswer: arithmetic students type', () => {
  it.each([
    ['(28-5+2*0)/1+1', 24],
    ['24', 24],
    ['48/2', 24],
    ['3/4', 0.75],
    ['0.75', 0.75],
    ['2^3', 8],
    ['-3', -3],
    ['−3 + 1', -2],
    ['(28 − 5) ÷ 1 + 1', 24],
    ['3 × 3 × 1 + 1', 10],
    ['floor(27/2) + 1', 14],
    ['ceil(15/2)', 8],
    ['max(2, 7) - min(2, 7)', 5],
    ['sqrt(16) + abs(-2)', 6],
    ['round(2.6)', 3],
    ['2pi', 2 * Math.PI],
    ['e', Math.E],
  ])('%s = %d', (text, value) => {
    const result = evaluateAnswer(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(value, 12);
  });

  it('accepts finite numbers and refuses NaN and Infinity given as numbers', () => {
    expect(evaluateAnswer(7)).toEqual({ ok: true, value: 7 });
    expect(evaluateAnswer(Number.NaN)).toMatchObject({ ok: false, reason: 'not-finite' });
    expect(evaluateAnswer(Infinity)).toMatchObject({ ok: false, reason: 'not-finite' });
    expect(evaluateAnswer({ valueOf: () => 3 })).toMatchObject({ ok: false });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2 +', 'syntax'],
    ['1 < 2', 'unsupported'],
    ['5!', 'unsupported'],
    ['7 mod 2', 'unsupported'],
    ['true', 'not-a-number'],
    ['"24"', 'not-a-number'],
    ['x + 1', 'unknown-name'],
    ['sin(1)', 'unknown-function'],
    ['sqrt(-1)', 'not-a-number'],
    ['{a: 1}', 'property-access'],
    ['1:3', 'matrix'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(evaluateAnswer(text)).toMatchObject({ ok: false, reason });
  });
});

describe('grading a numeric answer', () => {
  it('accepts equivalent forms of the right answer', () => {
    for (const text of ['(28-5+2*0)/1+1', '24', '48/2', '24.0', ' 24 ', '2^3 * 3']) {
      expect(grade(question24, text), text).toMatchObject({ correct: true, score: 1, answerNote: 'output-size-correct' });
    }
  });

  it('rejects wrong values with the incorrect note', () => {
    for (const text of ['23', '(28-5)/1', '24.5', '-24']) {
      expect(grade(question24, text), text).toMatchObject({ correct: false, score: 0, answerNote: 'output-size-incorrect' });
    }
  });

  it('honours the tolerance', () => {
    const loose = { ...question24, answer: { kind: 'number' as const, value: 10 / 3, tolerance: 0.006 } };
    expect(grade(loose, '3.33').correct).toBe(true);
    expect(grade(loose, '10/3').correct).toBe(true);
    expect(grade(loose, '3.3').correct).toBe(false);
  });
});

describe('hostile input is refused quickly, with a reason in both languages', () => {
  const hostile: [string, string][] = [
    ['10,000 characters', '9'.repeat(10_000)],
    ['deep nesting', `${'('.repeat(1000)}1${')'.repeat(1000)}`],
    ['deep nesting within the length cap', `${'('.repeat(90)}1${')'.repeat(90)}`],
    ['assignment', 'a=1'],
    ['function definition', 'f(x)=x'],
    ['block', '1;2'],
    ['block by newline', '1\n2'],
    ['huge matrix', 'ones(3000,3000)'],
    ['import', 'import({})'],
    ['property access', '[1,2].constructor'],
    ['index access', 'a["constructor"]'],
    ['evaluate', 'evaluate("1")'],
    ['parse', 'parse("1")'],
    ['createUnit', 'createUnit("x")'],
    ['simplify', 'simplify("x")'],
    ['overflow', '1e400'],
    ['overflow by power', '9^9^9'],
    ['matrix literal', '[1, 2, 3]'],
    ['conditional', '1 ? 2 : 3'],
  ];

  it.each(hostile)('%s', (_name, text) => {
    const start = performance.now();
    const result = grade(question24, text);
    const elapsed = performance.now() - start;
    expect(result.correct).toBe(false);
    expect(result.score).toBe(0);
    expect(result.answerNote).toBe('invalid-input');
    expect(result.feedback.en).toMatch(/^This answer cannot be read: .+/);
    expect(result.feedback.ko).toMatch(/^답을 읽을 수 없습니다: .+/);
    expect(result.feedback.en).not.toMatch(/\{\w+\}/);
    expect(result.feedback.ko).not.toMatch(/\{\w+\}/);
    // Part of the specification: a refusal never makes the page wait.
    expect(elapsed).toBeLessThan(50);
  });

  it('names the specific reason', () => {
    expect(evaluateAnswer('9'.repeat(10_000))).toMatchObject({ reason: 'too-long' });
    expect(evaluateAnswer(`${'('.repeat(90)}1${')'.repeat(90)}`)).toMatchObject({ reason: 'too-deep' });
    expect(evaluateAnswer('a=1')).toMatchObject({ reason: 'assignment' });
    expect(evaluateAnswer('f(x)=x')).toMatchObject({ reason: 'assignment' });
    expect(evaluateAnswer('1;2')).toMatchObject({ reason: 'block' });
    expect(evaluateAnswer('ones(3000,3000)')).toMatchObject({ reason: 'unknown-function', detail: 'ones' });
    expect(evaluateAnswer('import({})')).toMatchObject({ reason: 'unknown-function', detail: 'import' });
    expect(evaluateAnswer('[1,2].constructor')).toMatchObject({ reason: 'property-access' });
    expect(evaluateAnswer('evaluate("1")')).toMatchObject({ reason: 'unknown-function', detail: 'evaluate' });
    expect(evaluateAnswer('createUnit("x")')).toMatchObject({ reason: 'unknown-function', detail: 'createUnit' });
    expect(evaluateAnswer('1e400')).toMatchObject({ reason: 'not-finite' });
  });

  it('has a message for every refusal reason in both languages', () => {
    const reasons = ['empty', 'too-long', 'too-deep', 'syntax', 'assignment', 'block', 'property-access', 'matrix', 'unsupported',
      'unknown-function', 'unknown-name', 'not-a-number', 'not-finite', 'shape', 'matrix-text', 'choice'] as const;
    for (const reason of reasons) {
      const text = refusalText(reason, 'xyz');
      expect(text.en.length, reason).toBeGreaterThan(5);
      expect(text.ko, reason).toMatch(/[가-힣]/);
      expect(text.en + text.ko).not.toMatch(/\{\w+\}/);
    }
  });
});
