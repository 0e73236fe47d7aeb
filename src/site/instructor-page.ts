/**
 * The instructor page, lessons/instructor.html: choose topics, count, difficulty and seed
 * (and whether each student gets their own set), get the quiz link(s) with copy buttons,
 * check the set in a preview with variant notes and answers, and download the answer key.
 * Settings can be prefilled from this page's own query (?topics=…&count=…&seed=…).
 */
import { html, nothing, render } from 'lit';
import type { Lang } from '../i18n';
import { LANGS } from '../i18n';
import { difficultyName, quizUiText, topicName, type QuizUiKey } from '../i18n/quiz-ui';
import { DIFFICULTIES, TOPICS, generateQuiz, type Difficulty, type TopicId } from '../quiz';
import { answerKeyCsv, answerKeyJson, answerKeyRows, answerText } from '../quiz-export';
import { MAX_SEED, parseQuizConfig, parseStudentList, quizQuery, rawConfigFromParams, type QuizConfig } from '../quiz-store';
import { applyPageLang, readPageLang, withLang } from '../../components/shared/page-lang';
import { copyText, downloadText, quizBreadcrumb } from './quiz-download';
import { siteFooter, siteHeader } from './shell';

type Mode = 'shared' | 'ask' | 'list';
const PREVIEW_COUNT = 5;
const OTHER: Record<Lang, Lang> = { en: 'ko', ko: 'en' };

interface State {
  lang: Lang;
  topics: Set<TopicId>;
  count: string;
  difficulty: Difficulty;
  seed: string;
  mode: Mode;
  ids: string;
  /** In ask mode, the id whose set the preview shows. */
  previewId: string;
  /** Language the link opens in; '' leaves it to the student. */
  quizLang: '' | Lang;
  copyNote: '' | 'copied' | 'copy-failed';
}

interface Link {
  who: string;
  url: string;
}

function initialState(): State {
  const params = new URL(location.href).searchParams;
  const { config } = parseQuizConfig(rawConfigFromParams(params));
  return {
    lang: readPageLang(),
    topics: new Set(params.get('topics') ? config.topics : TOPICS),
    count: String(params.get('count') ? config.count : 10),
    difficulty: config.difficulty,
    seed: String(params.get('seed') ? config.seed : randomSeed()),
    mode: 'shared',
    ids: '',
    previewId: 's001',
    quizLang: '',
    copyNote: '',
  };
}

const randomSeed = () => Math.floor(Math.random() * 100_000);

function startInstructorPage(app: HTMLElement): void {
  const state = initialState();
  const t = (key: QuizUiKey, params?: Record<string, string | number>) => quizUiText(state.lang, key, params);
  const update = (change: Partial<State>) => {
    Object.assign(state, { copyNote: '' }, change);
    draw();
  };

  const quizUrl = new URL('./quiz.html', location.href);
  const base = `${quizUrl.origin}${quizUrl.pathname}`;

  /** The checked settings, what was repaired, and the set's owners (student ids). */
  function settings() {
    const topics = TOPICS.filter((topic) => state.topics.has(topic));
    const { config, problems } = parseQuizConfig({ topics: topics.join(','), count: state.count, seed: state.seed, difficulty: state.difficulty });
    const ids = state.mode === 'list' ? parseStudentList(state.ids) : [];
    return { config, problems, topics, ids };
  }

  function links(config: QuizConfig, ids: string[]): Link[] {
    const lang = state.quizLang || undefined;
    if (state.mode === 'list') {
      return ids.map((id) => ({ who: id, url: `${base}?${quizQuery({ ...config, student: id }, { lang })}` }));
    }
    return [{ who: '', url: `${base}?${quizQuery(config, { lang, askStudent: state.mode === 'ask' })}` }];
  }

  /** Whose set the preview and a single answer key show: '' for the shared set. */
  function previewStudent(ids: string[]): string {
    if (state.mode === 'list') return ids[0] ?? '';
    return state.mode === 'ask' ? state.previewId.trim() : '';
  }

  const copy = async (text: string) => update({ copyNote: (await copyText(text)) ? 'copied' : 'copy-failed' });

  const exportKey = (kind: 'csv' | 'json') => {
    const { config, ids } = settings();
    const owners = state.mode === 'list' ? ids : [previewStudent(ids)];
    const rows = owners.flatMap((student) => answerKeyRows(generateQuiz({ ...config, studentId: student || undefined }), student, state.lang));
    const name = `convlab-answer-key-${config.seed}`;
    const quiz = { topics: config.topics, count: config.count, seed: config.seed, difficulty: config.difficulty, mode: state.mode };
    downloadText(`${name}.${kind}`, kind === 'csv' ? answerKeyCsv(rows) : answerKeyJson(quiz, rows, new Date()), kind);
  };

  function topicsFieldset() {
    const { lang } = state;
    const toggle = (topic: TopicId, on: boolean) => {
      const topics = new Set(state.topics);
      if (on) topics.add(topic);
      else topics.delete(topic);
      update({ topics });
    };
    return html`<fieldset>
      <legend>${t('topics-legend')}</legend>
      <ul class="topic-grid">
        ${TOPICS.map(
          (topic) => html`<li>
            <label class="check">
              <input type="checkbox" value=${topic} .checked=${state.topics.has(topic)}
                @change=${(e: Event) => toggle(topic, (e.target as HTMLInputElement).checked)} />
              <span>${topicName(lang, topic)}<span class="sub" lang=${OTHER[lang]}>${topicName(OTHER[lang], topic)}</span></span>
            </label>
          </li>`,
        )}
      </ul>
      <div class="button-row">
        <button type="button" class="button small" @click=${() => update({ topics: new Set(TOPICS) })}>${t('select-all')}</button>
        <button type="button" class="button small" @click=${() => update({ topics: new Set() })}>${t('select-none')}</button>
      </div>
    </fieldset>`;
  }

  function settingsFields(problems: ReturnType<typeof settings>['problems']) {
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const problemText = problems
      .map((p) => (p.kind === 'count' || p.kind === 'seed' ? t(`config-${p.kind}`, { given: p.given, used: p.used }) : ''))
      .filter(Boolean);
    return html`<div class="fields-row">
        <div class="field">
          <label for="count">${t('count-label')}</label>
          <input id="count" type="number" min="1" max="50" step="1" .value=${state.count} @input=${(e: Event) => update({ count: value(e) })} />
        </div>
        <div class="field">
          <label for="difficulty">${t('difficulty-label')}</label>
          <select id="difficulty" @change=${(e: Event) => update({ difficulty: value(e) as Difficulty })}>
            ${DIFFICULTIES.map((d) => html`<option value=${d} ?selected=${d === state.difficulty}>${difficultyName(state.lang, d)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="seed">${t('seed-label')}</label>
          <span class="button-row">
            <input id="seed" type="number" min="0" max=${MAX_SEED} step="1" aria-describedby="seed-help" .value=${state.seed}
              @input=${(e: Event) => update({ seed: value(e) })} />
            <button type="button" class="button small" @click=${() => update({ seed: String(randomSeed()) })}>${t('seed-new')}</button>
          </span>
        </div>
        <div class="field">
          <label for="quiz-lang">${t('lang-label')}</label>
          <select id="quiz-lang" @change=${(e: Event) => update({ quizLang: value(e) as State['quizLang'] })}>
            <option value="" ?selected=${state.quizLang === ''}>${t('lang-reader')}</option>
            ${LANGS.map((l) => html`<option value=${l} ?selected=${state.quizLang === l}>${l === 'en' ? 'English' : '한국어'}</option>`)}
          </select>
        </div>
      </div>
      <p class="help" id="seed-help">${t('seed-help')}</p>
      ${problemText.map((text) => html`<p class="form-error" role="alert">${text}</p>`)}`;
  }

  function modeFieldset() {
    const radio = (mode: Mode, label: QuizUiKey) => html`<label class="check">
      <input type="radio" name="mode" value=${mode} .checked=${state.mode === mode} @change=${() => update({ mode })} />
      <span>${t(label)}</span>
    </label>`;
    return html`<fieldset>
      <legend>${t('students-legend')}</legend>
      ${radio('shared', 'mode-shared')} ${radio('ask', 'mode-ask')} ${radio('list', 'mode-list')}
      ${state.mode === 'list'
        ? html`<div class="field">
            <label for="ids">${t('list-label')}</label>
            <textarea id="ids" .value=${state.ids} @input=${(e: Event) => update({ ids: (e.target as HTMLTextAreaElement).value })}></textarea>
          </div>`
        : nothing}
      ${state.mode === 'ask'
        ? html`<div class="field">
            <label for="preview-id">${t('student-label')} (${t('preview-heading')})</label>
            <input id="preview-id" type="text" .value=${state.previewId} @input=${(e: Event) => update({ previewId: (e.target as HTMLInputElement).value })} />
          </div>`
        : nothing}
    </fieldset>`;
  }

  function linksPanel(config: QuizConfig, all: Link[]) {
    const note = t(state.mode === 'shared' ? 'note-shared' : state.mode === 'ask' ? 'note-ask' : 'note-list', { count: config.count });
    return html`<section class="quiz-panel" aria-labelledby="links-heading">
      <h2 id="links-heading">${all.length > 1 ? t('links-heading-many', { n: all.length }) : t('links-heading')}</h2>
      <p>${note}</p>
      <ul class="link-list">
        ${all.map(
          (link, i) => html`<li class="link-row ${link.who ? '' : 'no-who'}">
            ${link.who ? html`<span class="who">${link.who}</span>` : nothing}
            <input type="text" readonly aria-label=${link.who ? `${t('links-heading')}: ${link.who}` : t('links-heading')} .value=${link.url}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()} data-link=${i} />
            <button type="button" class="button small" @click=${() => copy(link.url)}>${t('copy')}</button>
            <a class="button small" href=${link.url} target="_blank" rel="noopener">${t('open')}</a>
          </li>`,
        )}
      </ul>
      ${all.length > 1
        ? html`<button type="button" class="button small" @click=${() => copy(all.map((l) => `${l.who}\t${l.url}`).join('\n'))}>${t('copy-all')}</button>`
        : nothing}
      <p class="copy-note" role="status">${state.copyNote ? t(state.copyNote) : ''}</p>
    </section>`;
  }

  function previewPanel(config: QuizConfig, student: string) {
    const { lang } = state;
    // Exactly what the link opens (the whole set), cut to its first questions.
    const shown = generateQuiz({ ...config, studentId: student || undefined }).slice(0, PREVIEW_COUNT);
    const whose = student
      ? t(state.mode === 'ask' ? 'preview-example-id' : 'preview-student', { student })
      : t('preview-shared');
    return html`<section class="quiz-panel" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t('preview-heading')}</h2>
        <p>${t('preview-body', { n: shown.length, whose })}</p>
        <table class="preview-table">
          <thead>
            <tr><th scope="col">#</th><th scope="col" class="topic">${t('topics-legend')}</th><th scope="col">${t('preview-question')}</th>
              <th scope="col">${t('preview-variant')}</th><th scope="col">${t('preview-answer')}</th></tr>
          </thead>
          <tbody>
            ${shown.map(
              (q, i) => html`<tr>
                <td>${i + 1}</td>
                <td class="topic" data-label=${t('topics-legend')}>${topicName(lang, q.topic)}</td>
                <td class="prompt">${q.prompt[lang]}</td>
                <td data-label=${t('preview-variant')}><code>${q.variantNote}</code></td>
                <td data-label=${t('preview-answer')}><code>${answerText(q.answer, lang)}</code></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section class="quiz-panel" aria-labelledby="key-heading">
        <h2 id="key-heading">${t('key-heading')}</h2>
        <p>${t('key-body', { whose: state.mode === 'list' ? t('key-all-students') : whose })}</p>
        <div class="button-row">
          <button type="button" class="button" @click=${() => exportKey('csv')}>${t('key-csv')}</button>
          <button type="button" class="button" @click=${() => exportKey('json')}>${t('key-json')}</button>
        </div>
      </section>`;
  }

  function results() {
    const { config, topics, ids } = settings();
    if (topics.length === 0) return html`<p class="form-error" role="alert">${t('no-topic')}</p>`;
    if (state.mode === 'list' && ids.length === 0) return html`<p class="form-error" role="alert">${t('list-empty')}</p>`;
    return html`${linksPanel(config, links(config, ids))} ${previewPanel(config, previewStudent(ids))}`;
  }

  function draw(): void {
    const { lang } = state;
    applyPageLang(lang);
    document.title = `${t('instructor-title')} · ConvLab`;
    const { problems } = settings();
    render(
      html`<div class="page lesson-page quiz-page">
        ${siteHeader(lang, (next) => update({ lang: next }), withLang('../', lang))}
        <main id="main">
          ${quizBreadcrumb(lang)}
          <header class="lesson-hero">
            <h1>${t('instructor-title')}</h1>
            <p class="lesson-summary">${t('instructor-intro')}</p>
          </header>
          <form class="quiz-form quiz-panel" @submit=${(e: Event) => e.preventDefault()}>
            ${topicsFieldset()} ${settingsFields(problems)} ${modeFieldset()}
          </form>
          ${results()}
        </main>
        ${siteFooter(lang)}
      </div>`,
      app,
    );
  }

  draw();
}

const app = document.getElementById('app');
if (app) startInstructorPage(app);
