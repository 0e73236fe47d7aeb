/**
 * `cnn-quiz-answer`: fired by <cnn-quiz> after every submit, with what a learning
 * management system needs to record the attempt (in the manner of STACK's answer notes):
 * which variant was asked, the response exactly as typed, and how it was graded.
 */
import type { Difficulty, TopicId } from '../src/quiz';
import type { StoredResponse } from '../src/quiz-store';

export interface QuizAnswerDetail {
  /** `${topic}:${seed}:${difficulty}` of the variant answered. */
  questionId: string;
  topic: TopicId;
  /** The variant's seed (a retry's seed after "Retry with new numbers"). */
  seed: number;
  difficulty: Difficulty;
  /** The variant's parameters, e.g. "W=28 K=5 P=0 S=1". */
  variantNote: string;
  /** As typed: text, an option id, or the grid's cell texts row by row. */
  response: StoredResponse;
  correct: boolean;
  /** 0..1; a matrix earns the fraction of cells right. */
  score: number;
  /** Stable id of the outcome: 'output-size-correct', 'output-size-1-forgot-padding', 'invalid-input' … */
  answerNote: string;
  /** ISO 8601 time of the submit. */
  timestamp: string;
  /** Position of the question in the quiz, from 0. */
  index: number;
  /** The quiz's student attribute ('' when the set is shared). */
  student: string;
  /** Retries of this question so far, and submits on this variant including this one. */
  retries: number;
  attempt: number;
}

export class QuizAnswerEvent extends Event {
  static readonly eventName = 'cnn-quiz-answer';

  constructor(readonly detail: QuizAnswerDetail) {
    super(QuizAnswerEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cnn-quiz-answer': QuizAnswerEvent;
  }
}
