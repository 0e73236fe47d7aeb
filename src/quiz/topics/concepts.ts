/**
 * concepts: multiple choice with an explanation for every option. Easy draws three
 * options (the answer and two distractors), medium and hard four; the order is shuffled
 * by the seed, the option ids are not, so answer notes stay stable
 * ('concepts-1-horizontal-edge').
 */
import { distinctMistakes, type MistakeCandidate } from '../mistakes';
import { questionId, questionRng } from '../kit';
import type { ChoiceAnswer, Difficulty, Generator, Question } from '../types';
import { COMPUTED_CONCEPTS } from './concepts-computed';
import { FIXED_CONCEPTS } from './concepts-fixed';
import type { Concept } from './concept-types';

export const CONCEPTS: readonly Concept[] = [...FIXED_CONCEPTS, ...COMPUTED_CONCEPTS];

export function conceptsFor(difficulty: Difficulty): Concept[] {
  return CONCEPTS.filter((c) => c.levels.includes(difficulty));
}

export const conceptsQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('concepts', seed, difficulty);
  const concept = rng.pick(conceptsFor(difficulty));
  const draft = concept.build(rng);
  // Distractors whose text equals the answer's (or an earlier one's) would be unanswerable.
  const distinct = draft.wrong.filter(
    (w, i) => w.text.en !== draft.correct.text.en && draft.wrong.findIndex((o) => o.text.en === w.text.en) === i,
  );
  const wanted = difficulty === 'easy' ? 2 : 3;
  const chosen = rng.shuffle(distinct).slice(0, wanted);
  const options = rng.shuffle([draft.correct, ...chosen]);
  const answer: ChoiceAnswer = { kind: 'choice', options, correct: draft.correct.id };
  const candidates: MistakeCandidate[] = chosen.map((w) => ({
    code: draft.wrong.indexOf(w) + 1,
    id: w.id,
    value: w.id,
    feedback: w.explanation,
  }));
  return {
    topic: 'concepts',
    id: questionId('concepts', seed, difficulty),
    seed,
    difficulty,
    prompt: draft.question,
    given: [],
    answer,
    solution: {
      steps: [draft.correct.explanation, draft.why],
      source: { kind: 'concept', conceptId: concept.id },
    },
    variantNote: `concept=${concept.id} ${draft.params} options=${options.map((o) => o.id).join(',')}`.replace(/ {2,}/g, ' '),
    mistakes: distinctMistakes(answer, candidates),
  };
};
