import { describe, expect, it } from 'vitest';
import { CONCEPTS, DIFFICULTIES, GENERATORS, TOPICS, generateQuestion, generateQuiz, isTopic } from '../../../src/quiz';
import { createRng } from '../../../src/random';

describe('topic registry', () => {
  it('lists the thirteen topics of the issue, each with a generator', () => {
    expect([...TOPICS].sort()).toEqual(
      ['avg-pool', 'concepts', 'conv-cell', 'conv-output', 'conv-params', 'conv1d', 'max-pool', 'output-size', 'padding',
        'receptive-field', 'stride', 'summary-row', 'transposed-size'].sort(),
    );
    for (const topic of TOPICS) expect(typeof GENERATORS[topic]).toBe('function');
    expect(isTopic('padding')).toBe(true);
    expect(isTopic('constructor')).toBe(false);
  });

  it('refuses unknown topics, difficulties and bad seeds with a reason', () => {
    expect(() => generateQuestion('nope' as never, 1, 'easy')).toThrow(/unknown quiz topic "nope"/);
    expect(() => generateQuestion('padding', 1, 'expert' as never)).toThrow(/difficulty/);
    expect(() => generateQuestion('padding', -1, 'easy')).toThrow(/seed/);
    expect(() => generateQuestion('padding', 1.5, 'easy')).toThrow(/seed/);
  });

  it('draws every concept at some difficulty, and concept ids are unique', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ['vertical-edge-kernel', 'pooling-gives-up', 'parameter-sharing', 'dense-vs-conv', 'same-stride-2', 'one-by-one-conv']) {
      expect(ids).toContain(id);
    }
    const seen = new Set<string>();
    for (const d of DIFFICULTIES) for (let seed = 0; seed < 300; seed++) seen.add(generateQuestion('concepts', seed, d).variantNote.split(' ')[0]);
    expect([...seen].sort()).toEqual(ids.map((id) => `concept=${id}`).sort());
  });

  it('gives option ids that are unique across the whole bank', () => {
    const owner = new Map<string, string>();
    for (const concept of CONCEPTS) {
      const draft = concept.build(createRng(1));
      for (const option of [draft.correct, ...draft.wrong]) {
        expect(owner.get(option.id) ?? concept.id, option.id).toBe(concept.id);
        owner.set(option.id, concept.id);
      }
    }
  });
});

describe('generateQuiz', () => {
  const options = { count: 20, seed: 42, difficulty: 'medium' as const };

  it('is reproducible: the same arguments give the same questions', () => {
    expect(generateQuiz(options)).toEqual(generateQuiz(options));
  });

  it('gives each student a different set, reproducibly', () => {
    const alice = generateQuiz({ ...options, studentId: 'alice' });
    const bob = generateQuiz({ ...options, studentId: 'bob' });
    expect(generateQuiz({ ...options, studentId: 'alice' })).toEqual(alice);
    expect(alice.map((q) => q.id)).not.toEqual(bob.map((q) => q.id));
    expect(alice.map((q) => q.id)).not.toEqual(generateQuiz(options).map((q) => q.id));
  });

  it('takes the topics in turns and honours count and difficulty', () => {
    const quiz = generateQuiz({ topics: ['padding', 'max-pool', 'concepts'], count: 9, seed: 7, difficulty: 'hard' });
    expect(quiz).toHaveLength(9);
    expect(quiz.every((q) => q.difficulty === 'hard')).toBe(true);
    const counts = new Map<string, number>();
    for (const q of quiz) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ padding: 3, 'max-pool': 3, concepts: 3 });
    // Every question can be regenerated from its own topic, seed and difficulty.
    for (const q of quiz) expect(generateQuestion(q.topic, q.seed, q.difficulty)).toEqual(q);
  });

  it('uses every topic by default without repeating a variant', () => {
    const quiz = generateQuiz({ count: 26, seed: 3, difficulty: 'easy' });
    expect(new Set(quiz.map((q) => q.topic)).size).toBe(TOPICS.length);
    const notes = quiz.map((q) => `${q.topic} ${q.variantNote}`);
    expect(new Set(notes).size).toBe(notes.length);
  });

  it('refuses impossible requests', () => {
    expect(() => generateQuiz({ ...options, topics: [] })).toThrow(/at least one topic/);
    expect(() => generateQuiz({ ...options, count: -1 })).toThrow(/count/);
    expect(generateQuiz({ ...options, count: 0 })).toEqual([]);
  });
});
