import { describe, expect, it } from 'vitest';
import { generateQuestion, grade, parseMatrix, parseShape, type Answer, type Question } from '../../../src/quiz';

function questionWith(answer: Answer, mistakes: Question['mistakes'] = []): Question {
  return {
    topic: 'conv-output',
    id: 'conv-output:test',
    seed: 0,
    difficulty: 'easy',
    prompt: { en: 'test', ko: '시험' },
    given: [],
    answer,
    solution: { steps: [], source: { kind: 'concept', conceptId: 'none' } },
    variantNote: 'test',
    mistakes,
  };
}

// CURRICULUM §2 worked example A: the vertical-edge kernel on the 5×5 input, stride 1, no padding.
const EXAMPLE_A = [
  [6, -9, -8],
  [-3, -2, -3],
  [-3, 0, -2],
];

describe('matrix answers', () => {
  const q = questionWith({ kind: 'matrix', value: EXAMPLE_A, tolerance: 1e-9 });

  it('accepts a grid of numbers or expressions and the usual text spellings', () => {
    const responses: unknown[] = [
      EXAMPLE_A,
      [['12/2', '-9', '-8'], ['-3', '-2', '-3'], ['-3', '0', '-1-1']],
      '6 -9 -8\n-3 -2 -3\n-3 0 -2',
      '[[6,-9,-8],[-3,-2,-3],[-3,0,-2]]',
      '6, −9, −8; −3, −2, −3; −3, 0, −2',
      '[6 -9 -8]\n[-3 -2 -3]\n[-3 0 -2]',
    ];
    for (const response of responses) {
      const result = grade(q, response);
      expect(result, JSON.stringify(response)).toMatchObject({ correct: true, score: 1, answerNote: 'conv-output-correct' });
      expect(result.cells).toEqual([[true, true, true], [true, true, true], [true, true, true]]);
    }
  });

  it('marks each cell and gives partial credit', () => {
    const result = grade(q, [[6, -9, -8], [-3, 2, -3], [-3, 0, 0]]);
    expect(result.correct).toBe(false);
    expect(result.score).toBeCloseTo(7 / 9, 12);
    expect(result.answerNote).toBe('conv-output-partial');
    expect(result.cells).toEqual([[true, true, true], [true, false, true], [true, true, false]]);
    expect(result.feedback.en).toBe('7 of 9 cells are correct.');
    expect(result.feedback.ko).toBe('9칸 중 7칸이 맞았습니다.');
  });

  it('counts blank grid cells as wrong rather than refusing the whole grid', () => {
    const result = grade(q, [['6', '', '-8'], ['-3', '-2', '-3'], ['-3', '0', '-2']]);
    expect(result.score).toBeCloseTo(8 / 9, 12);
    expect(result.cells?.[0]).toEqual([true, false, true]);
  });

  it('explains a shape mismatch', () => {
    const result = grade(q, '6 -9\n-3 -2');
    expect(result).toMatchObject({ correct: false, score: 0, answerNote: 'conv-output-shape-mismatch' });
    expect(result.feedback.en).toBe('Your matrix is 2×2, but the output is 3×3.');
    expect(result.feedback.ko).toContain('2×2');
    expect(result.cells).toBeUndefined();
  });

  it('names a mistake matrix, keeping the per-cell marks', () => {
    const flipped = EXAMPLE_A.map((row) => row.map((v) => -v));
    const withMistake = questionWith(q.answer, [
      { code: 2, id: 'flipped-kernel', value: flipped, feedback: { en: 'Flipped.', ko: '뒤집음.' } },
    ]);
    const result = grade(withMistake, flipped);
    expect(result.answerNote).toBe('conv-output-2-flipped-kernel');
    // Only the zero cell agrees.
    expect(result.score).toBeCloseTo(1 / 9, 12);
    expect(result.feedback.en).toBe('Not correct. Flipped.');
  });

  it('refuses a hostile cell, saying where it is', () => {
    // Second row, third column: counted from 0, row 1, column 2.
    const result = grade(q, [['6', '-9', '-8'], ['-3', '0', 'ones(3000,3000)'], ['-3', '0', '-2']]);
    expect(result.answerNote).toBe('invalid-input');
    expect(result.feedback.en).toMatch(/row 1, column 2 \(counting from 0 at the top left\): the function ones is not allowed/);
    expect(result.feedback.ko).toMatch(/1행 2열\(왼쪽 위를 0으로 셀 때\)/);
  });

  it('refuses oversized or malformed matrices', () => {
    expect(grade(q, '1 '.repeat(5000)).answerNote).toBe('invalid-input');
    expect(grade(q, Array.from({ length: 30 }, () => new Array(30).fill(1))).answerNote).toBe('invalid-input');
    expect(grade(q, [[{}]]).answerNote).toBe('invalid-input');
    expect(grade(q, 42).answerNote).toBe('invalid-input');
    expect(parseMatrix('')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('shape answers', () => {
  const q = { ...questionWith({ kind: 'shape', value: [null, 13, 13, 32] }), topic: 'summary-row' as const };

  it.each([
    '(None, 13, 13, 32)',
    '(13, 13, 32)',
    '13x13x32',
    '13×13×32',
    '[13,13,32]',
    '13 X 13 X 32',
    '(None,13,13,32,)',
    '13 * 13 * 32',
  ])('accepts %s', (text) => {
    expect(grade(q, text)).toMatchObject({ correct: true, answerNote: 'summary-row-correct' });
  });

  it('accepts arrays from an element', () => {
    expect(grade(q, [13, 13, 32]).correct).toBe(true);
    expect(grade(q, [null, 13, 13, 32]).correct).toBe(true);
  });

  it('rejects wrong shapes, saying when the number of axes differs', () => {
    expect(grade(q, '(None, 13, 13, 64)')).toMatchObject({ correct: false, answerNote: 'summary-row-incorrect' });
    const rank = grade(q, '(13, 13)');
    expect(rank).toMatchObject({ correct: false, answerNote: 'summary-row-rank-mismatch' });
    expect(rank.feedback.en).toBe('Your shape has 2 axes, but the answer has 3.');
  });

  it('refuses text that is not a shape', () => {
    for (const text of ['thirteen', '(13, -13, 32)', '(13, 0, 32)', '13.5x13x32', '(1,2,3,4,5,6,7,8,9)', 'x'.repeat(300)]) {
      expect(grade(q, text).answerNote, text).toBe('invalid-input');
    }
    expect(parseShape('(None, 576)')).toEqual({ ok: true, value: [null, 576] });
    expect(parseShape('576')).toEqual({ ok: true, value: [576] });
  });
});

describe('choice answers', () => {
  const q = generateQuestion('concepts', 4, 'medium');
  if (q.answer.kind !== 'choice') throw new Error('concepts questions are multiple choice');
  const answer = q.answer;

  it('accepts the right option with its explanation', () => {
    const right = answer.options.find((o) => o.id === answer.correct)!;
    const result = grade(q, answer.correct);
    expect(result).toMatchObject({ correct: true, score: 1, answerNote: 'concepts-correct' });
    expect(result.feedback.en).toBe(`Correct. ${right.explanation.en}`);
    expect(result.feedback.ko).toBe(`정답입니다. ${right.explanation.ko}`);
  });

  it('names each wrong option and explains it', () => {
    for (const option of answer.options.filter((o) => o.id !== answer.correct)) {
      const result = grade(q, option.id);
      expect(result.correct).toBe(false);
      expect(result.answerNote).toMatch(new RegExp(`^concepts-\\d+-${option.id}$`));
      expect(result.feedback.en).toContain(option.explanation.en);
    }
  });

  it('refuses an option that does not exist', () => {
    expect(grade(q, 'not-an-option')).toMatchObject({ correct: false, answerNote: 'invalid-input' });
    expect(grade(q, 3)).toMatchObject({ answerNote: 'invalid-input' });
  });

  it('has three options at easy and four otherwise, with distinct ids and texts', () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const [difficulty, count] of [['easy', 3], ['medium', 4], ['hard', 4]] as const) {
        const c = generateQuestion('concepts', seed, difficulty);
        if (c.answer.kind !== 'choice') throw new Error('not a choice');
        expect(c.answer.options).toHaveLength(count);
        expect(new Set(c.answer.options.map((o) => o.id)).size).toBe(count);
        expect(new Set(c.answer.options.map((o) => o.text.en)).size).toBe(count);
        expect(c.answer.options.map((o) => o.id)).toContain(c.answer.correct);
      }
    }
  });
});

describe('grading never throws', () => {
  it('answers odd inputs with a refusal', () => {
    const questions = [
      generateQuestion('output-size', 1, 'easy'),
      generateQuestion('conv-output', 1, 'easy'),
      generateQuestion('summary-row', 2, 'easy'),
      generateQuestion('concepts', 1, 'easy'),
    ];
    for (const q of questions) {
      for (const response of [undefined, null, {}, [], [[]], Symbol.iterator, () => 1, NaN]) {
        const result = grade(q, response);
        expect(result.correct).toBe(false);
        expect(result.answerNote).toBe('invalid-input');
      }
    }
  });
});
