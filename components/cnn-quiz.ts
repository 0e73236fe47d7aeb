import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../src/i18n';
import { quizText } from '../src/i18n/quiz';
import { difficultyName, quizUiText, topicName, type QuizUiKey } from '../src/i18n/quiz-ui';
import type { Question } from '../src/quiz';
import { resultRows, type ResultRow } from '../src/quiz-export';
import {
  saveProgress,
  scoreOf,
  usableStorage,
  type Progress,
  type QuizConfig,
  type ScoreSummary,
  type StorageLike,
  type StoreNotice,
  type StoredResponse,
} from '../src/quiz-store';
import { LangController } from './shared/lang';
import { draftFrom, emptyDraft, renderAnswerInput } from './cnn-quiz-answer-input';
import { QuizAnswerEvent } from './cnn-quiz-event';
import { renderGiven } from './cnn-quiz-given';
import { renderFeedback, renderNav, renderNotices, renderPager, renderScore, statusOf, statusWord } from './cnn-quiz-parts';
import { goTo, markSolutionSeen, openSession, retryQuestion, submitAnswer, type QuizSession } from './cnn-quiz-session';
import { renderSolution } from './cnn-quiz-solution';
import { quizStyles } from './cnn-quiz.styles';

/**
 * A self-graded quiz: seeded questions from src/quiz, an answer field per kind (number or
 * expression, shape, an editable grid for matrices, radio buttons), feedback that names
 * the likely mistake, a worked solution replayed by the matching stepper, retries with new
 * numbers, and progress kept in localStorage (versioned; unreadable records are reset
 * with a notice). The same attributes always give the same questions.
 *
 * @fires cnn-quiz-answer - QuizAnswerEvent after every submit: question id, topic, seed, difficulty, variant note, response, correct, score, answer note, timestamp.
 * @csspart quiz - the element's box
 * @csspart notice - a notice about the settings or saved progress (role="status")
 * @csspart score - answered, correct and score
 * @csspart nav - the numbered question buttons (single layout)
 * @csspart question - one question
 * @csspart prompt - the question text
 * @csspart given - the data shown with it (matrices, values, layers)
 * @csspart answer - the answer form; its fields are `input`, `grid` (cells `grid-cell right|wrong`) or `choices`
 * @csspart submit - the Check button; `solution-toggle` and `retry` the other actions
 * @csspart feedback - the graded feedback (class correct / incorrect / partial / invalid)
 * @csspart solution - the worked solution with its `replay`
 * @csspart pager - previous / next
 * @cssproperty --cnn-cell-size - size of matrix cells (the quiz defaults to 40px, solutions to 34px)
 * @cssproperty --cnn-font-size - text size of matrices
 */
@customElement('cnn-quiz')
export class CnnQuiz extends LitElement {
  static override styles = quizStyles;

  /** Comma-separated topic ids (see TOPICS in src/quiz); empty means every topic. Unknown ones are dropped with a notice. */
  @property({ reflect: true }) topics = '';
  /** Number of questions, 1–50 (default 5). */
  @property({ reflect: true }) count = '';
  /** Seed of the set: the same seed (and settings) gives the same questions (default 1). */
  @property({ reflect: true }) seed = '';
  /** easy | medium | hard (default medium). */
  @property({ reflect: true }) difficulty = '';
  /** A student id: mixed into the seed, so each student gets their own reproducible set. */
  @property({ reflect: true }) student = '';
  /** Names this quiz's saved progress instead of topics + seed, e.g. "lesson-4" (the student id still separates students). */
  @property({ reflect: true, attribute: 'storage-key' }) storageKey = '';
  /** single (one question at a time, default) or list (all questions, for printing). */
  @property({ reflect: true }) layout = 'single';
  /** 'en' or 'ko'; when absent, the nearest lang attribute above the element. */
  @property({ reflect: true }) override lang!: string;
  /** 'light' or 'dark'; when absent, the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Where progress is kept (default localStorage); null keeps it only on the page. */
  @property({ attribute: false }) store: StorageLike | null | undefined = undefined;

  @state() private session: QuizSession | null = null;
  @state() private failure: string | null = null;
  @state() private drafts: StoredResponse[] = [];
  @state() private openSolutions = new Set<number>();
  @state() private notice: StoreNotice | null = null;
  @state() private problemsDismissed = false;
  @state() private announcement = '';
  private storage: StorageLike | null = null;
  /** Focus the shown question's heading after the next render (after Previous/Next/Retry). */
  private focusHeading = false;
  private readonly langController = new LangController(this);

  private get language(): Lang {
    return this.langController.value;
  }

  private t(key: QuizUiKey, params?: Record<string, string | number>): string {
    return quizUiText(this.language, key, params);
  }

  /** The questions on screen (retried slots show their new variant). */
  get questions(): readonly Question[] {
    return this.session?.questions ?? [];
  }
  get config(): QuizConfig | null {
    return this.session?.config ?? null;
  }
  get progress(): Progress | null {
    return this.session?.progress ?? null;
  }
  get summary(): ScoreSummary {
    return this.session ? scoreOf(this.session.progress) : { total: 0, answered: 0, correct: 0, score: 0 };
  }
  /** One row per question with the latest answer, for export (src/quiz-export). */
  get results(): ResultRow[] {
    const s = this.session;
    return s ? resultRows(s.questions, s.progress, s.config.student) : [];
  }
  /** Index of the question shown in the single layout. */
  get current(): number {
    return this.session?.progress.current ?? 0;
  }
  set current(index: number) {
    this.show(index);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['topics', 'count', 'seed', 'difficulty', 'student', 'storageKey', 'store'] as const;
    if (!this.hasUpdated || inputs.some((name) => changed.has(name))) this.openQuiz();
  }

  private openQuiz(): void {
    const custom = this.store;
    this.storage = usableStorage(() => (custom === undefined ? globalThis.localStorage : custom));
    const raw = { topics: this.topics, count: String(this.count ?? ''), seed: String(this.seed ?? ''), difficulty: this.difficulty, student: this.student };
    const result = openSession(raw, this.storageKey ?? '', this.storage);
    this.failure = result.ok ? null : result.reason;
    this.session = result.ok ? result.session : null;
    if (!result.ok) return;
    const { questions, progress } = result.session;
    this.drafts = questions.map((q, i) => draftFrom(q, progress.slots[i].response));
    this.openSolutions = new Set();
    this.notice = result.session.notice;
    this.problemsDismissed = false;
    this.announcement = result.session.restored ? this.t('notice-restored') : '';
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>(`#q${this.current}-title`)?.focus();
  }

  override render(): TemplateResult {
    if (this.failure !== null || !this.session) {
      return html`<p class="error" part="error" role="alert">${this.t('quiz-failed', { reason: this.failure ?? '' })}</p>`;
    }
    const session = this.session;
    const list = this.layout === 'list';
    const indexes = list ? session.questions.map((_, i) => i) : [session.progress.current];
    const lang = this.language;
    const { current, slots } = session.progress;
    const show = (index: number) => this.show(index, true);
    return html`<div part="quiz" class="quiz ${list ? 'list' : 'single'}" @keydown=${this.handleKeydown}>
      ${renderNotices(lang, this.problemsDismissed ? [] : session.problems, this.notice, () => this.handleDismiss())}
      ${renderScore(lang, this.summary)}
      ${list ? nothing : renderNav(lang, session.grades.map(statusOf), current, show)}
      ${indexes.map((i) => this.renderQuestion(i))} ${list ? nothing : renderPager(lang, current, slots.length, show)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderQuestion(index: number): TemplateResult {
    const session = this.session!;
    const lang = this.language;
    const question = session.questions[index];
    const slot = session.progress.slots[index];
    const grade = session.grades[index];
    const id = `q${index}`;
    const open = this.openSolutions.has(index);
    const tags = [topicName(lang, question.topic), difficultyName(lang, question.difficulty)];
    if (slot.retries > 0) tags.push(this.t('retried-note', { n: slot.retries }));
    return html`<article class="question" part="question" data-index=${index} aria-labelledby="${id}-title">
      <header class="question-head">
        <h3 id="${id}-title" tabindex="-1">${quizText(lang, 'question-of', { n: index + 1, total: session.questions.length })}</h3>
        <span class="tags">${tags.join(' · ')}</span>
      </header>
      <p class="prompt" part="prompt">${question.prompt[lang]}</p>
      ${question.given.length > 0 ? html`<div class="given" part="given">${renderGiven(question.given, lang, this.theme)}</div>` : nothing}
      <form class="answer" part="answer" novalidate @submit=${(e: SubmitEvent) => this.handleSubmit(e, index)}>
        ${renderAnswerInput(question, {
          id,
          lang,
          draft: this.drafts[index],
          submitted: slot.response,
          grade,
          theme: this.theme,
          onDraft: (change) => (this.drafts = this.drafts.map((d, i) => (i === index ? change(d) : d))),
        })}
        <div class="actions">
          <button type="submit" class="primary" part="submit">${this.t('submit')}</button>
          <button type="button" part="solution-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-solution"
            @click=${() => this.toggleSolution(index)}>${quizText(lang, open ? 'hide-solution' : 'show-solution')}</button>
          <button type="button" part="retry" @click=${() => this.retry(index)}>${this.t('retry')}</button>
        </div>
      </form>
      ${grade ? renderFeedback(lang, grade) : nothing}
      ${open ? renderSolution(question, lang, this.theme, `${id}-solution`) : nothing}
    </article>`;
  }

  /** Enter submits from any field (a grid with empty cells moves on instead); keys typed into fields stay inside (reveal.js must not change slides). */
  private handleKeydown(event: KeyboardEvent): void {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLInputElement || origin instanceof HTMLButtonElement)) return;
    event.stopPropagation();
    // Only the quiz's own fields submit; Enter inside a solution's stepper or calculator stays theirs.
    const article = origin.getRootNode() === this.renderRoot ? origin.closest<HTMLElement>('article[data-index]') : null;
    if (event.key !== 'Enter' || !(origin instanceof HTMLInputElement) || event.isComposing || !article) return;
    event.preventDefault();
    // In a grid still being filled in, Enter moves on to the next empty cell (as in a spreadsheet).
    if (origin.dataset.row !== undefined && this.focusNextEmptyCell(origin)) return;
    this.submit(Number(article.dataset.index));
  }

  private focusNextEmptyCell(from: HTMLInputElement): boolean {
    const cells = [...(from.closest('.grid')?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const start = cells.indexOf(from);
    const next = [...cells.slice(start + 1), ...cells.slice(0, start)].find((cell) => cell.value.trim() === '');
    next?.focus();
    return next !== undefined;
  }

  private handleSubmit(event: SubmitEvent, index: number): void {
    event.preventDefault();
    this.submit(index);
  }

  /** Grades the draft, saves at once (progress is never lost silently), announces and reports it. */
  submit(index: number): void {
    const session = this.session;
    if (!session || index < 0 || index >= session.questions.length) return;
    const { session: next, detail } = submitAnswer(session, index, this.drafts[index], new Date());
    this.session = next;
    this.persist();
    const grade = next.grades[index]!;
    this.announcement = `${statusWord(this.language, statusOf(grade))}. ${grade.feedback[this.language]}`;
    this.dispatchEvent(new QuizAnswerEvent(detail));
  }

  /** A new variant of the question (new seed, recorded), its answer cleared. */
  retry(index: number): void {
    if (!this.session) return;
    this.session = retryQuestion(this.session, index);
    const question = this.session.questions[index];
    this.drafts = this.drafts.map((d, i) => (i === index ? emptyDraft(question) : d));
    this.openSolutions = new Set([...this.openSolutions].filter((i) => i !== index));
    this.persist();
    this.announcement = `${quizText(this.language, 'question-of', { n: index + 1, total: this.session.questions.length })}: ${question.prompt[this.language]}`;
    this.focusHeading = this.layout !== 'list';
  }

  private toggleSolution(index: number): void {
    const open = new Set(this.openSolutions);
    if (open.delete(index)) {
      this.openSolutions = open;
      return;
    }
    open.add(index);
    this.openSolutions = open;
    if (this.session) this.session = markSolutionSeen(this.session, index);
    this.persist();
  }

  private show(index: number, focus = false): void {
    if (!this.session) return;
    const next = goTo(this.session, index);
    if (next === this.session) return;
    this.session = next;
    this.persist();
    this.focusHeading = focus;
  }

  private handleDismiss(): void {
    this.problemsDismissed = true;
    // A failed save keeps being reported after dismissal only if it happens again.
    this.notice = null;
  }

  private persist(): void {
    if (!this.session) return;
    const notice = saveProgress(this.storage, this.session.key, this.session.progress, new Date());
    if (notice === 'write-failed' || (notice === 'unavailable' && this.notice === null && !this.problemsDismissed)) this.notice = notice;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cnn-quiz': CnnQuiz;
  }
}
