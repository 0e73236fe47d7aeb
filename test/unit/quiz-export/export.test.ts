import { describe, expect, it } from 'vitest';
import { generateQuestion, generateQuiz } from '../../../src/quiz';
import { freshProgress, parseQuizConfig, recordAnswer, recordRetry, recordSolutionSeen } from '../../../src/quiz-store';
import {
  ANSWER_KEY_COLUMNS,
  CSV_BOM,
  RESULT_COLUMNS,
  answerKeyCsv,
  answerKeyJson,
  answerKeyRows,
  answerText,
  csvCell,
  resultRows,
  resultsCsv,
  resultsDocument,
  resultsJson,
  toCsv,
} from '../../../src/quiz-export';

/** A small RFC 4180 reader written for the test, to check that quoting round-trips. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and leaves plain text alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('합성곱 출력 크기')).toBe('합성곱 출력 크기');
    expect(csvCell('커널, 필터')).toBe('"커널, 필터"');
    expect(csvCell(3.75)).toBe('3.75');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('defuses spreadsheet formulas but keeps signed numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell('-2.5e3')).toBe('-2.5e3');
    expect(csvCell('(28-5)/1+1')).toBe('(28-5)/1+1');
  });

  it('joins rows with CRLF and round-trips through an RFC 4180 reader', () => {
    const rows = [['a,b', '"q"', '줄\n바꿈', 'x']];
    const text = toCsv(['h1', 'h2', 'h3', 'h4'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([['h1', 'h2', 'h3', 'h4'], ...rows]);
    expect(CSV_BOM).toBe('\uFEFF');
  });
});

describe('results export', () => {
  const { config } = parseQuizConfig({ topics: 'output-size,avg-pool,concepts', count: '3', seed: '2026', difficulty: 'easy', student: '김, "민수"' });
  const questions = generateQuiz({ ...config, studentId: config.student });
  const at = new Date('2026-03-02T09:30:00Z');
  const poolIndex = questions.findIndex((q) => q.answer.kind === 'matrix');
  const numberIndex = questions.findIndex((q) => q.answer.kind === 'number');

  function progress() {
    let p = freshProgress(questions);
    p = recordAnswer(p, numberIndex, '=1+1, "two"\n', { correct: false, score: 0, answerNote: 'invalid-input' }, at);
    p = recordAnswer(p, poolIndex, [['1', '2'], ['3/4', '-1']], { correct: false, score: 0.5, answerNote: 'avg-pool-partial' }, at);
    return recordSolutionSeen(p, poolIndex);
  }

  it('has one row per question with the LMS fields, unanswered rows empty', () => {
    const rows = resultRows(questions, progress(), config.student);
    expect(rows).toHaveLength(3);
    const pool = rows[poolIndex];
    expect(pool).toMatchObject({
      index: poolIndex + 1,
      student: '김, "민수"',
      questionId: questions[poolIndex].id,
      topic: 'avg-pool',
      variantNote: questions[poolIndex].variantNote,
      response: [['1', '2'], ['3/4', '-1']],
      correct: false,
      score: 0.5,
      answerNote: 'avg-pool-partial',
      answeredAt: '2026-03-02T09:30:00.000Z',
      solutionSeen: true,
    });
    const unanswered = rows.find((r) => r.answerNote === '')!;
    expect(unanswered).toMatchObject({ response: null, correct: null, score: null, answeredAt: '' });
  });

  it('writes CSV that a reader parses back to the same fields, Korean and quotes included', () => {
    const text = resultsCsv(resultRows(questions, progress(), config.student));
    const table = readCsv(text);
    expect(table[0]).toEqual([...RESULT_COLUMNS]);
    expect(table).toHaveLength(4);
    const col = (name: (typeof RESULT_COLUMNS)[number]) => RESULT_COLUMNS.indexOf(name);
    const number = table[numberIndex + 1];
    expect(number[col('student')]).toBe('김, "민수"');
    expect(number[col('response')]).toBe('\'=1+1, "two"\n'); // defused, quoted, newline kept
    expect(number[col('correct')]).toBe('false');
    const pool = table[poolIndex + 1];
    expect(pool[col('response')]).toBe('[[1, 2], [3/4, -1]]');
    expect(pool[col('score')]).toBe('0.5');
    expect(pool[col('variantNote')]).toBe(questions[poolIndex].variantNote);
  });

  it('records the variant answered after a retry', () => {
    const retried = recordRetry(freshProgress(questions), 0, 4242);
    const shown = [generateQuestion(questions[0].topic, 4242, 'easy'), ...questions.slice(1)];
    const row = resultRows(shown, retried, '')[0];
    expect(row).toMatchObject({ questionId: `${questions[0].topic}:4242:easy`, seed: 4242, retries: 1 });
  });

  it('writes a JSON document with format, quiz, summary and results', () => {
    const doc = resultsDocument(config, questions, progress(), at);
    const parsed = JSON.parse(resultsJson(doc));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'quiz', 'summary', 'results']);
    expect(parsed.format).toBe('convlab-quiz-results');
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe('2026-03-02T09:30:00.000Z');
    expect(parsed.quiz).toEqual({ topics: ['output-size', 'avg-pool', 'concepts'], count: 3, seed: 2026, difficulty: 'easy', student: '김, "민수"' });
    expect(parsed.summary).toEqual({ total: 3, answered: 2, correct: 0, score: 0.5 });
    expect(parsed.results[poolIndex].response).toEqual([['1', '2'], ['3/4', '-1']]);
    expect(Object.keys(parsed.results[0])).toEqual([...RESULT_COLUMNS]);
  });
});

describe('answer key export', () => {
  it('prints answers of every kind in plain ASCII', () => {
    const number = generateQuestion('conv-params', 7, 'medium'); // 6,464 in prose
    expect(answerText(number.answer)).toBe('6464');
    expect(answerText({ kind: 'number', value: -7 / 3, tolerance: 0.01 })).toBe('-2.3333');
    expect(answerText({ kind: 'matrix', value: [[5.5, -0], [2.5, 5.25]], tolerance: 0 })).toBe('[[5.5, 0], [2.5, 5.25]]');
    expect(answerText({ kind: 'shape', value: [null, 13, 13, 32] })).toBe('(None, 13, 13, 32)');
    const concept = generateQuestion('concepts', 7, 'medium');
    const choice = concept.answer;
    if (choice.kind !== 'choice') throw new Error('concepts should be multiple choice');
    const right = choice.options.find((o) => o.id === choice.correct)!;
    expect(answerText(choice, 'ko')).toBe(`${right.id}: ${right.text.ko}`);
  });

  it('lists id, variant note and answer per question, as CSV and JSON', () => {
    const questions = generateQuiz({ topics: ['max-pool', 'output-size'], count: 2, seed: 5, difficulty: 'easy', studentId: 's01' });
    const rows = answerKeyRows(questions, 's01');
    const table = readCsv(answerKeyCsv(rows));
    expect(table[0]).toEqual([...ANSWER_KEY_COLUMNS]);
    for (const [i, q] of questions.entries()) {
      expect(table[i + 1].slice(0, 3)).toEqual(['s01', String(i + 1), q.id]);
      expect(table[i + 1][5]).toBe(q.variantNote);
    }
    const json = JSON.parse(answerKeyJson({ seed: 5 }, rows, new Date('2026-01-01T00:00:00Z')));
    expect(json).toMatchObject({ format: 'convlab-quiz-answer-key', version: 1, quiz: { seed: 5 } });
    expect(json.answers.map((a: { value: unknown }) => a.value)).toEqual(
      questions.map((q) => (q.answer.kind === 'choice' ? q.answer.correct : q.answer.value)),
    );
  });
});
