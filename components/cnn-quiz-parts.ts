/**
 * The parts of <cnn-quiz> around a question, as pure templates: notices (repaired
 * settings, saved progress), the score line, the numbered question buttons, the pager
 * and the graded feedback. Status is always shown by an icon and words, never by colour alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../src/i18n';
import { difficultyName, quizUiText } from '../src/i18n/quiz-ui';
import { INVALID_INPUT_NOTE, type GradeResult } from '../src/quiz';
import type { ConfigProblem, ScoreSummary, StoreNotice } from '../src/quiz-store';
import { formatNumber } from '../src/viz/format';

export type Status = 'correct' | 'incorrect' | 'partial' | 'invalid' | 'unanswered';
const STATUS_ICON: Record<Status, string> = { correct: '✓', incorrect: '✗', partial: '◐', invalid: '!', unanswered: '' };

export function statusOf(grade: GradeResult | null | undefined): Status {
  if (!grade) return 'unanswered';
  if (grade.correct) return 'correct';
  if (grade.answerNote === INVALID_INPUT_NOTE) return 'invalid';
  return grade.score > 0 ? 'partial' : 'incorrect';
}

export const statusWord = (lang: Lang, status: Status): string => quizUiText(lang, `status-${status}`);

export function problemText(lang: Lang, problem: ConfigProblem): string {
  switch (problem.kind) {
    case 'unknown-topics':
      return quizUiText(lang, 'config-unknown-topics', { topics: problem.topics.join(', ') });
    case 'no-topics':
      return quizUiText(lang, 'config-no-topics');
    case 'count':
    case 'seed':
      return quizUiText(lang, `config-${problem.kind}`, { given: problem.given, used: problem.used });
    case 'difficulty':
      return quizUiText(lang, 'config-difficulty', { given: problem.given, used: difficultyName(lang, problem.used) });
    case 'student':
      return quizUiText(lang, 'config-student', { used: problem.used });
  }
}

export function renderNotices(lang: Lang, problems: readonly ConfigProblem[], notice: StoreNotice | null, onDismiss: () => void) {
  const texts = problems.map((problem) => problemText(lang, problem));
  if (notice) texts.push(quizUiText(lang, `notice-${notice}`));
  if (texts.length === 0) return nothing;
  return html`<div class="notice" part="notice" role="status">
    <ul>${texts.map((text) => html`<li>${text}</li>`)}</ul>
    <button type="button" class="quiet" @click=${onDismiss}>${quizUiText(lang, 'dismiss')}</button>
  </div>`;
}

export function renderScore(lang: Lang, s: ScoreSummary): TemplateResult {
  return html`<p class="score" part="score">
    ${quizUiText(lang, 'score-summary', { answered: s.answered, total: s.total, correct: s.correct, score: formatNumber(s.score, 2) })}
  </p>`;
}

export function renderNav(lang: Lang, statuses: readonly Status[], current: number, onShow: (index: number) => void): TemplateResult {
  return html`<nav part="nav" class="nav" aria-label=${quizUiText(lang, 'nav-label')}>
    <ol>
      ${statuses.map(
        (status, i) => html`<li>
          <button type="button" class="nav-item ${status}" aria-current=${i === current ? 'step' : nothing}
            aria-label=${quizUiText(lang, 'nav-item', { n: i + 1, status: statusWord(lang, status) })} @click=${() => onShow(i)}>
            ${i + 1}<span class="nav-mark" aria-hidden="true">${STATUS_ICON[status]}</span>
          </button>
        </li>`,
      )}
    </ol>
  </nav>`;
}

export function renderPager(lang: Lang, current: number, total: number, onShow: (index: number) => void): TemplateResult {
  return html`<div class="pager" part="pager">
    <button type="button" ?disabled=${current === 0} @click=${() => onShow(current - 1)}>← ${quizUiText(lang, 'previous')}</button>
    <button type="button" ?disabled=${current >= total - 1} @click=${() => onShow(current + 1)}>${quizUiText(lang, 'next')} →</button>
  </div>`;
}

/** Matrices that are not fully right show their partial credit, even at 0. */
export function renderFeedback(lang: Lang, grade: GradeResult): TemplateResult {
  const status = statusOf(grade);
  const partial = status === 'partial' || (status === 'incorrect' && grade.cells !== undefined);
  return html`<div class="feedback ${status}" part="feedback" data-note=${grade.answerNote}>
    <span class="feedback-icon" aria-hidden="true">${STATUS_ICON[status]}</span>
    <div>
      <p>${grade.feedback[lang]}</p>
      ${partial ? html`<p class="credit">${quizUiText(lang, 'partial-credit', { score: formatNumber(grade.score, 2) })}</p>` : nothing}
    </div>
  </div>`;
}
