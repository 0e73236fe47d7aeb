/**
 * Every quiz topic by id, and reproducible quizzes: the same arguments always give the
 * same questions, and a student id mixes into the seed so each student gets their own set.
 */
import { createRng, seedFrom } from '../random';
import type { Difficulty, Generator, Question, TopicId } from './types';
import { conceptsQuestion } from './topics/concepts';
import { conv1dQuestion } from './topics/conv1d';
import { convCellQuestion } from './topics/conv-cell';
import { convOutputQuestion, strideQuestion } from './topics/conv-output';
import { convParamsQuestion } from './topics/conv-params';
import { outputSizeQuestion } from './topics/output-size';
import { paddingQuestion } from './topics/padding';
import { avgPoolQuestion, maxPoolQuestion } from './topics/pooling';
import { receptiveFieldQuestion } from './topics/receptive-field';
import { summaryRowQuestion } from './topics/summary-row';
import { transposedSizeQuestion } from './topics/transposed-size';

export const GENERATORS: Readonly<Record<TopicId, Generator>> = {
  'conv-cell': convCellQuestion,
  'conv-output': convOutputQuestion,
  'output-size': outputSizeQuestion,
  padding: paddingQuestion,
  stride: strideQuestion,
  'max-pool': maxPoolQuestion,
  'avg-pool': avgPoolQuestion,
  'conv-params': convParamsQuestion,
  'summary-row': summaryRowQuestion,
  'transposed-size': transposedSizeQuestion,
  conv1d: conv1dQuestion,
  'receptive-field': receptiveFieldQuestion,
  concepts: conceptsQuestion,
};

/** Topic ids in teaching order. */
export const TOPICS: readonly TopicId[] = Object.keys(GENERATORS) as TopicId[];

export function isTopic(value: unknown): value is TopicId {
  return typeof value === 'string' && Object.hasOwn(GENERATORS, value);
}

/** One question; throws a RangeError for an unknown topic or difficulty, or a seed that is not a safe integer. */
export function generateQuestion(topic: TopicId, seed: number, difficulty: Difficulty): Question {
  if (!isTopic(topic)) throw new RangeError(`unknown quiz topic ${JSON.stringify(topic)}; topics are ${TOPICS.join(', ')}`);
  if (difficulty !== 'easy' && difficulty !== 'medium' && difficulty !== 'hard') {
    throw new RangeError(`difficulty must be 'easy', 'medium' or 'hard', got ${JSON.stringify(difficulty)}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  return GENERATORS[topic](seed, difficulty);
}

export interface QuizOptions {
  /** Defaults to every topic; topics take turns in a seeded order. */
  topics?: readonly TopicId[];
  count: number;
  seed: number;
  difficulty: Difficulty;
  /** Mixed into the seed, so each student gets a different but reproducible set. */
  studentId?: string;
}

/** Tries per question to avoid repeating a variant already in the quiz. */
const REDRAWS = 8;

export function generateQuiz({ topics = TOPICS, count, seed, difficulty, studentId }: QuizOptions): Question[] {
  if (topics.length === 0) throw new RangeError('a quiz needs at least one topic');
  if (!Number.isInteger(count) || count < 0 || count > 500) throw new RangeError(`count must be an integer from 0 to 500, got ${count}`);
  const rng = createRng(seedFrom(`quiz:${seed}:${difficulty}:${studentId ?? ''}`));
  const order = rng.shuffle(topics);
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (let i = 0; i < count; i++) {
    const topic = order[i % order.length];
    let question = generateQuestion(topic, rng.int(0, 2 ** 31 - 1), difficulty);
    for (let redraw = 0; redraw < REDRAWS && seen.has(`${topic} ${question.variantNote}`); redraw++) {
      question = generateQuestion(topic, rng.int(0, 2 ** 31 - 1), difficulty);
    }
    seen.add(`${topic} ${question.variantNote}`);
    questions.push(question);
  }
  return questions;
}
