/**
 * The student quiz page, lessons/quiz.html: a <cnn-quiz> configured from the link
 * (?topics=…&count=…&seed=…&difficulty=…&student=…&lang=…), the student's id asked for
 * when the link says ask-student=1, and a download of the student's own results.
 * The element checks the values and lists what it changed (unknown topics, a clamped
 * count), so this page passes the link's text through unchanged.
 */
import { html, nothing, render } from 'lit';
import type { Lang } from '../i18n';
import { difficultyName, quizUiText, topicName } from '../i18n/quiz-ui';
import { resultsCsv, resultsDocument, resultsJson } from '../quiz-export';
import { QUIZ_PARAMS, asksForStudent, parseQuizConfig, rawConfigFromParams, type RawQuizConfig } from '../quiz-store';
import { applyPageLang, readPageLang, withLang } from '../../components/shared/page-lang';
import '../../components/cnn-quiz';
import type { CnnQuiz } from '../../components/cnn-quiz';
import { downloadText, fileSafe, quizBreadcrumb } from './quiz-download';
import { siteFooter, siteHeader } from './shell';

interface PageState {
  lang: Lang;
  raw: RawQuizConfig;
  /** The link asks for an id and none has been given yet (or the student chose to change it). */
  asking: boolean;
}

function startQuizPage(app: HTMLElement): void {
  const params = new URL(location.href).searchParams;
  const state: PageState = { lang: readPageLang(), raw: rawConfigFromParams(params), asking: asksForStudent(params) };
  const askedForId = params.has(QUIZ_PARAMS.askStudent);
  const t = (key: Parameters<typeof quizUiText>[1], p?: Record<string, string | number>) => quizUiText(state.lang, key, p);

  const setLang = (lang: Lang) => {
    state.lang = lang;
    draw();
  };

  const startWithStudent = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('student') as HTMLInputElement;
    const id = input.value.trim();
    if (!id) {
      input.focus();
      return;
    }
    state.raw = { ...state.raw, student: id };
    state.asking = false;
    // The id goes into the address, so a reload (or a bookmark) reopens the same set.
    const url = new URL(location.href);
    url.searchParams.set(QUIZ_PARAMS.student, id);
    history.replaceState(history.state, '', url);
    draw();
  };

  const changeStudent = () => {
    state.asking = true;
    draw();
  };

  const exportResults = (kind: 'csv' | 'json') => {
    const quiz = app.querySelector<CnnQuiz>('cnn-quiz');
    const config = quiz?.config;
    const progress = quiz?.progress;
    if (!quiz || !config || !progress) return;
    const name = ['convlab-quiz', String(config.seed), fileSafe(config.student)].filter(Boolean).join('-');
    const text = kind === 'csv' ? resultsCsv(quiz.results) : resultsJson(resultsDocument(config, quiz.questions, progress, new Date()));
    downloadText(`${name}.${kind}`, text, kind);
  };

  function studentForm() {
    return html`<section class="quiz-panel" aria-labelledby="student-heading">
      <h2 id="student-heading">${t('student-heading')}</h2>
      <p>${t('student-prompt')}</p>
      <form class="student-form" @submit=${startWithStudent}>
        <label>${t('student-label')}
          <input name="student" type="text" autocomplete="off" maxlength="64" required .value=${state.raw.student ?? ''} />
        </label>
        <button type="submit" class="button primary">${t('student-start')}</button>
      </form>
    </section>`;
  }

  function quizView() {
    const raw = state.raw;
    return html`<cnn-quiz topics=${raw.topics ?? ''} count=${raw.count ?? ''} seed=${raw.seed ?? ''}
        difficulty=${raw.difficulty ?? ''} student=${raw.student ?? ''}></cnn-quiz>
      <section class="quiz-panel" aria-labelledby="export-heading">
        <h2 id="export-heading">${t('export-heading')}</h2>
        <p>${t('export-body')}</p>
        <div class="button-row">
          <button type="button" class="button" @click=${() => exportResults('csv')}>${t('export-csv')}</button>
          <button type="button" class="button" @click=${() => exportResults('json')}>${t('export-json')}</button>
        </div>
      </section>`;
  }

  function draw(): void {
    const { lang } = state;
    applyPageLang(lang);
    document.title = `${t('quiz-page-title')} · ConvLab`;
    const { config } = parseQuizConfig(state.raw);
    const topics = config.topics.map((topic) => topicName(lang, topic)).join(', ');
    render(
      html`<div class="page lesson-page quiz-page">
        ${siteHeader(lang, setLang, withLang('../', lang))}
        <main id="main">
          ${quizBreadcrumb(lang)}
          <header class="lesson-hero">
            <h1>${t('quiz-page-title')}</h1>
            <p class="lesson-summary">${t('quiz-page-intro')}</p>
            <ul class="quiz-meta">
              <li>${t('quiz-page-settings', { count: config.count, difficulty: difficultyName(lang, config.difficulty), seed: config.seed })}</li>
              <li>${t('quiz-page-topics', { topics })}</li>
              ${config.student && !state.asking
                ? html`<li>
                    ${t('quiz-page-student', { student: config.student })}
                    ${askedForId ? html`<button type="button" class="link-button" @click=${changeStudent}>${t('quiz-page-change-student')}</button>` : nothing}
                  </li>`
                : nothing}
            </ul>
          </header>
          ${state.asking ? studentForm() : quizView()}
          <p><a href=${withLang('./instructor.html', lang)}>${t('instructor-link')}</a></p>
        </main>
        ${siteFooter(lang)}
      </div>`,
      app,
    );
  }

  draw();
}

const app = document.getElementById('app');
if (app) startQuizPage(app);
