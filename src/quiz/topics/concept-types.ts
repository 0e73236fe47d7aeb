/** The shape of a multiple-choice concept in the concepts bank. */
import type { Rng } from '../../random';
import type { Bilingual, ChoiceOption, Difficulty } from '../types';

export interface ConceptDraft {
  question: Bilingual;
  correct: ChoiceOption;
  /** Wrong options in a fixed order: position + 1 is the mistake code in answer notes. */
  wrong: ChoiceOption[];
  /** The idea behind the answer, shown as the worked solution's last step. */
  why: Bilingual;
  /** Numbers drawn for this variant (empty for fixed questions), for the variant note. */
  params: string;
}

export interface Concept {
  id: string;
  /** Difficulties that may draw this concept. */
  levels: readonly Difficulty[];
  build(rng: Rng): ConceptDraft;
}

export const option = (id: string, en: string, ko: string, whyEn: string, whyKo: string): ChoiceOption => ({
  id,
  text: { en, ko },
  explanation: { en: whyEn, ko: whyKo },
});
