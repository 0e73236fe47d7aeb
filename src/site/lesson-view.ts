/**
 * The templates of a lesson page: title area with the copy-link button and the table of
 * contents, the sections and their blocks, credits, and prev / home / next navigation.
 * Pure rendering: the state (language, copy status) comes from lesson-page.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n';
import { tCommon } from '../i18n/common';
import type { LessonEntry } from '../../lessons/manifest';
import { withLang } from '../../components/shared/page-lang';
import type { Block, LessonContent, LessonSection, LessonView } from './lesson-kit';
import { tLesson } from './lesson-strings';

export interface LessonPlace {
  entry: LessonEntry | undefined;
  previous: LessonEntry | undefined;
  next: LessonEntry | undefined;
  total: number;
}

/** The lesson's manifest entry and its neighbours in teaching order. */
export function placeOf(slug: string, entries: readonly LessonEntry[]): LessonPlace {
  const ordered = [...entries].sort((a, b) => a.number - b.number);
  const index = ordered.findIndex((entry) => entry.slug === slug);
  return {
    entry: ordered[index],
    previous: index > 0 ? ordered[index - 1] : undefined,
    next: index >= 0 ? ordered[index + 1] : undefined,
    total: ordered.length,
  };
}

/** Lesson pages sit in lessons/, next to each other; home is one folder up. */
export const lessonHref = (slug: string, lang: Lang) => withLang(`./${slug}.html`, lang);
export const homeHref = (lang: Lang) => withLang('../', lang);

function blockView(block: Block, view: LessonView): TemplateResult {
  const { lang } = view;
  switch (block.kind) {
    case 'text':
      return html`<div class="prose">${block.content[lang]}</div>`;
    case 'try':
      return html`<aside class="try">
        <p class="box-label">${tLesson(lang, 'tryThis')}</p>
        <div class="box-body">${block.content[lang]}</div>
      </aside>`;
    case 'note':
      return html`<aside class="note">
        <p class="box-label">${tLesson(lang, 'note')}</p>
        <div class="box-body">${block.content[lang]}</div>
      </aside>`;
    case 'formula':
      return html`<figure class="formula">
        <div class="formula-body">${block.content}</div>
        ${block.caption ? html`<figcaption>${block.caption[lang]}</figcaption>` : nothing}
      </figure>`;
    case 'demo':
      return html`<div class="demo ${block.wide ? 'wide' : ''}">${block.render(view)}</div>`;
  }
}

function sectionView(section: LessonSection, view: LessonView): TemplateResult {
  return html`<section class="lesson-section" id=${section.id} aria-labelledby=${`${section.id}-title`}>
    <h2 id=${`${section.id}-title`}>${section.title[view.lang]}</h2>
    ${section.blocks.map((block) => blockView(block, view))}
  </section>`;
}

export function lessonHero(lang: Lang, content: LessonContent, place: LessonPlace, copyLink: TemplateResult): TemplateResult {
  const { entry } = place;
  return html`<nav class="breadcrumb" aria-label=${tLesson(lang, 'breadcrumbLabel')}>
      <a href=${homeHref(lang)}>${tLesson(lang, 'breadcrumbHome')}</a>
      <span aria-hidden="true">›</span>
      <a href=${`${homeHref(lang)}#lessons-heading`}>${tLesson(lang, 'breadcrumbLessons')}</a>
    </nav>
    <header class="lesson-hero">
      <p class="lesson-kicker">
        ${entry ? tLesson(lang, 'lessonOf', { n: entry.number, total: place.total }) : tLesson(lang, 'unknownLesson', { slug: content.slug })}
      </p>
      <h1>${entry?.title[lang] ?? content.slug}</h1>
      ${entry ? html`<p class="lesson-summary">${entry.summary[lang]}</p>` : nothing}
      <div class="hero-tools">
        ${copyLink}
        <nav class="toc" aria-labelledby="toc-title">
          <p id="toc-title" class="toc-title">${tLesson(lang, 'onThisPage')}</p>
          <ol>
            ${content.sections.map((section) => html`<li><a href=${`#${section.id}`}>${section.title[lang]}</a></li>`)}
          </ol>
        </nav>
      </div>
    </header>`;
}

export function lessonBody(content: LessonContent, view: LessonView): TemplateResult {
  return html`${content.sections.map((section) => sectionView(section, view))}
  ${content.credits
    ? html`<section class="lesson-section credits" aria-labelledby="credits-title">
        <h2 id="credits-title">${tLesson(view.lang, 'credits')}</h2>
        <div class="prose">${content.credits[view.lang]}</div>
      </section>`
    : nothing}`;
}

function neighbour(lang: Lang, entry: LessonEntry | undefined, direction: 'previous' | 'next'): TemplateResult {
  if (!entry) return html`<span class="nav-spacer"></span>`;
  return html`<a class="nav-card ${direction}" href=${lessonHref(entry.slug, lang)} rel=${direction === 'previous' ? 'prev' : 'next'}>
    <span class="nav-label">${direction === 'previous' ? '← ' : ''}${tLesson(lang, direction)}${direction === 'next' ? ' →' : ''}</span>
    <span class="nav-title">${tCommon(lang, 'lessonNumber', { n: entry.number })} · ${entry.title[lang]}</span>
  </a>`;
}

export function lessonNav(lang: Lang, place: LessonPlace): TemplateResult {
  return html`<nav class="lesson-nav" aria-label=${tLesson(lang, 'lessonNav')}>
    ${neighbour(lang, place.previous, 'previous')}
    <a class="nav-home" href=${`${homeHref(lang)}#lessons-heading`}>${tLesson(lang, 'home')}</a>
    ${neighbour(lang, place.next, 'next')}
  </nav>`;
}
