/**
 * The short quiz at the end of a lesson, as one lesson-kit section:
 *
 *   import { quizSection } from '../../src/site/quiz-section';
 *   sections: [ …, quizSection('04-padding') ]            // topics from LESSON_QUIZ_TOPICS
 *   sections: [ …, quizSection('04-padding', { topics: ['padding'], count: 5 }) ]
 *
 * It places <cnn-quiz> (fixed seed, so every student sees the same questions; progress
 * kept under storage-key "lesson-<slug>") and a link to the quiz page with more questions
 * on the same topics. Any page can also write the element directly:
 *   <cnn-quiz topics="conv-cell,conv-output" count="3" seed="1"></cnn-quiz>
 */
import { html } from 'lit';
import type { Difficulty, TopicId } from '../quiz';
import { quizUiText } from '../i18n/quiz-ui';
import { quizQuery } from '../quiz-store';
import { withLang } from '../../components/shared/page-lang';
import { demo, section, text, type LessonSection } from './lesson-kit';
import '../../components/cnn-quiz';

/** The quiz topics that fit each lesson (lessons/manifest.ts slugs). */
export const LESSON_QUIZ_TOPICS: Readonly<Record<string, readonly TopicId[]>> = {
  '01-why-convolution': ['concepts'],
  '02-convolution': ['conv-cell', 'conv-output'],
  '03-filters': ['concepts'],
  '04-padding': ['padding', 'output-size'],
  '05-stride-output-size': ['stride', 'output-size'],
  '06-pooling': ['max-pool', 'avg-pool'],
  '07-channels': ['conv-params', 'summary-row'],
  '08-conv1d': ['conv1d'],
  '09-transposed': ['transposed-size'],
  '10-parameters': ['conv-params', 'summary-row'],
  '11-lenet-mnist': ['summary-row', 'output-size'],
  // 12-training-techniques: no generated topic covers training yet; quizSection falls back to every topic.
};

export interface QuizSectionOptions {
  /** Default: LESSON_QUIZ_TOPICS[slug], else every topic. */
  topics?: readonly TopicId[];
  /** Default 3. */
  count?: number;
  /** Default 1. */
  seed?: number;
  /** Default medium. */
  difficulty?: Difficulty;
}

export function quizSection(slug: string, options: QuizSectionOptions = {}): LessonSection {
  const topics = [...(options.topics ?? LESSON_QUIZ_TOPICS[slug] ?? [])];
  const count = options.count ?? 3;
  const seed = options.seed ?? 1;
  const difficulty = options.difficulty ?? 'medium';
  const more = quizQuery({ topics, count: 10, seed, difficulty, student: '' });
  const title = { en: quizUiText('en', 'lesson-quiz-title'), ko: quizUiText('ko', 'lesson-quiz-title') };
  return section('quiz', title, [
    text(html`<p>${quizUiText('en', 'lesson-quiz-intro')}</p>`, html`<p>${quizUiText('ko', 'lesson-quiz-intro')}</p>`),
    demo(
      (view) => html`<cnn-quiz topics=${topics.join(',')} count=${count} seed=${seed} difficulty=${difficulty}
          storage-key=${`lesson-${slug}`}></cnn-quiz>
        <p class="quiz-more"><a href=${withLang(`./quiz.html?${more}`, view.lang)}>${quizUiText(view.lang, 'lesson-quiz-more')} →</a></p>`,
    ),
  ]);
}
