/**
 * The landing page: what ConvLab is and who it is for, the worked example A live from
 * the reference engine, and the lessons of lessons/manifest.ts. Page state (language,
 * chosen output cell) lives here; the language is kept in the URL and localStorage.
 */
import { html, render } from 'lit';
import type { Lang } from '../i18n';
import { tCommon, type CommonKey } from '../i18n/common';
import { lessons } from '../../lessons/manifest';
import { applyPageLang, readPageLang, withLang } from '../../components/shared/page-lang';
import { siteFooter, siteHeader } from './shell';
import { computeExampleA, stepAt, workedExampleView } from './worked-example';

interface PageState {
  lang: Lang;
  cell: { row: number; col: number };
}

/** Who ConvLab is for, each with the pages that serve them. */
const AUDIENCES: { title: CommonKey; body: CommonKey; links: [CommonKey, string][] }[] = [
  {
    title: 'instructorsTitle',
    body: 'instructorsBody',
    links: [
      ['linkSlides', 'lessons/slides.html'],
      ['linkInstructor', 'lessons/instructor.html'],
    ],
  },
  { title: 'studentsTitle', body: 'studentsBody', links: [['linkTrain', 'lessons/train.html']] },
  { title: 'quizzesTitle', body: 'quizzesBody', links: [['linkQuiz', 'lessons/quiz.html']] },
];

function lessonList(lang: Lang) {
  if (lessons.length === 0) return html`<p class="empty">${tCommon(lang, 'lessonsEmpty')}</p>`;
  return html`<ul class="lesson-list">
    ${lessons.map(
      (lesson) => html`<li class="card">
        <a href=${withLang(`lessons/${lesson.slug}.html`, lang)}>
          <span class="lesson-number">${tCommon(lang, 'lessonNumber', { n: lesson.number })}</span>
          <h3>${lesson.title[lang]}</h3>
          <p>${lesson.summary[lang]}</p>
        </a>
      </li>`,
    )}
  </ul>`;
}

function startLanding(app: HTMLElement): void {
  const example = computeExampleA();
  const state: PageState = { lang: readPageLang(), cell: { row: 0, col: 0 } };

  const setLang = (lang: Lang) => {
    state.lang = lang;
    draw();
  };
  const selectCell = (row: number, col: number) => {
    state.cell = { row, col };
    draw();
  };

  function draw(): void {
    const { lang } = state;
    applyPageLang(lang);
    document.title = tCommon(lang, 'docTitle');
    const step = 'error' in example ? undefined : stepAt(example, state.cell.row, state.cell.col);
    render(
      html`<div class="page">
        ${siteHeader(lang, setLang)}
        <main id="main">
          <section class="hero">
            <h1>${tCommon(lang, 'tagline')}</h1>
            <p class="intro">${tCommon(lang, 'intro')}</p>
          </section>
          <section class="section" aria-labelledby="example-heading">
            <h2 id="example-heading">${tCommon(lang, 'exampleHeading')}</h2>
            <p>${tCommon(lang, 'exampleIntro')}</p>
            <div class="example">${workedExampleView(lang, example, step, selectCell)}</div>
          </section>
          <section class="section" aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">${tCommon(lang, 'lessonsHeading')}</h2>
            ${lessonList(lang)}
          </section>
          <section class="section" aria-labelledby="audience-heading">
            <h2 id="audience-heading">${tCommon(lang, 'audienceHeading')}</h2>
            <ul class="cards">
              ${AUDIENCES.map(
                ({ title, body, links }) => html`<li class="card">
                  <h3>${tCommon(lang, title)}</h3>
                  <p>${tCommon(lang, body)}</p>
                  <p class="card-links">
                    ${links.map(([label, href]) => html`<a href=${withLang(href, lang)}>${tCommon(lang, label)} →</a> `)}
                  </p>
                </li>`,
              )}
            </ul>
          </section>
        </main>
        ${siteFooter(lang)}
      </div>`,
      app,
    );
  }

  draw();
}

const app = document.getElementById('app');
if (app) startLanding(app);
