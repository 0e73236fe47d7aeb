/**
 * Starts a lesson page: the site header with the language switch, the lesson (see
 * lesson-kit.ts for how one is written), prev / home / next, credits and the footer.
 *
 * A lesson page is an HTML file in lessons/ whose module script does
 *   import { startLesson } from '../src/site/lesson-page';
 *   import { lesson } from './content/02-convolution';
 *   startLesson(lesson);
 *
 * The language comes from ?lang, then the reader's last choice, then the browser
 * (components/shared/page-lang.ts). Switching it re-renders in place: the prose changes,
 * <html lang> changes and every element follows it, and the elements keep their state.
 * Elements marked data-url-key keep their parameters and step in the URL. Each lesson's
 * content module imports the elements it uses (import '../../components/cnn-matrix').
 */
import { html, render } from 'lit';
import type { Lang } from '../i18n';
import { lessons } from '../../lessons/manifest';
import { applyPageLang, readPageLang } from '../../components/shared/page-lang';
import type { LessonContent, LessonView } from './lesson-kit';
import { copyCurrentLink, copyLinkView, type CopyState } from './lesson-copy-link';
import { tLesson } from './lesson-strings';
import { bindUrlState, URL_KEY_ATTRIBUTE, type UrlStateOptions } from './lesson-url-sync';
import { homeHref, lessonBody, lessonHero, lessonNav, placeOf } from './lesson-view';
import { siteFooter, siteHeader } from './shell';

export interface LessonPageOptions {
  /** Where to render (default: #app). */
  container?: HTMLElement;
  /** Extra URL whitelists for tags lesson-url-sync does not know. */
  rules?: UrlStateOptions['rules'];
}

export function startLesson(content: LessonContent, options: LessonPageOptions = {}): void {
  const container = options.container ?? document.getElementById('app');
  if (!container) return;
  const app: HTMLElement = container;
  const place = placeOf(content.slug, lessons);
  const state: { lang: Lang; copy: CopyState } = { lang: readPageLang(), copy: 'idle' };

  const keyed = (key: string) => app.querySelector<HTMLElement>(`[${URL_KEY_ATTRIBUTE}="${CSS.escape(key)}"]`);
  const view = (): LessonView => ({
    lang: state.lang,
    attr: (key, name) => keyed(key)?.getAttribute(name) ?? null,
    setAttr: (key, name, value) => {
      const element = keyed(key);
      if (!element) return;
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    },
  });

  const setLang = (lang: Lang) => {
    state.lang = lang;
    state.copy = 'idle';
    draw();
  };
  const copy = async () => {
    state.copy = await copyCurrentLink();
    draw();
  };

  function draw(): void {
    const { lang } = state;
    applyPageLang(lang);
    document.title = tLesson(lang, 'docTitle', { title: place.entry?.title[lang] ?? content.slug });
    const lessonView = view();
    render(
      html`<div class="page lesson-page">
        ${siteHeader(lang, setLang, homeHref(lang))}
        <main id="main">
          ${lessonHero(lang, content, place, copyLinkView(lang, state.copy, copy))}
          <article class="lesson">${lessonBody(content, lessonView)}</article>
          ${lessonNav(lang, place)}
        </main>
        ${siteFooter(lang)}
      </div>`,
      app,
    );
  }

  draw();
  // Same task as the first render: the elements have not updated yet, so they start from the linked state.
  bindUrlState(app, { rules: options.rules, keyRules: content.urlRules, onChange: draw });
  // Demos that show a keyed element's attributes (a padding choice, a flip switch) read them now.
  draw();
  // A link to a section (#padding) is followed once the sections exist and the elements
  // have drawn at their full height (before that the browser finds no target).
  if (location.hash) requestAnimationFrame(() => scrollToHash(location.hash));
}

function scrollToHash(hash: string): void {
  try {
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  } catch {
    // A malformed hash (%E0%A4%A) names no section.
  }
}
