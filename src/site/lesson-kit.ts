/**
 * How a lesson is written: a list of sections, each a list of blocks. Prose blocks hold
 * both languages; demo blocks hold the elements, written once for both languages.
 *
 *   export const lesson = defineLesson({
 *     slug: '02-convolution',                       // as in lessons/manifest.ts
 *     sections: [
 *       section('window', { en: 'A sliding window', ko: '움직이는 창' }, [
 *         text(html`<p>…</p>`, html`<p>…</p>`),
 *         demo(() => html`<cnn-conv-stepper data-url-key="a" input="example-a" kernel="vertical-edge"></cnn-conv-stepper>`),
 *         tryThis(html`Press → …`, html`→를 눌러 …`),
 *         formula(html`<var>O</var> = …`),
 *       ]),
 *     ],
 *   });
 *
 * Why demos are language-free: switching language re-renders the page with lit, which
 * keeps DOM nodes only where the template stays the same. A demo returns one template for
 * both languages (it may bind language-dependent values such as captions), so its
 * elements survive the switch with their step, edits and URL state. Attributes that the
 * URL carries (data-url-key elements) must be written literally, never as bindings.
 */
import type { TemplateResult } from 'lit';
import type { Lang } from '../i18n';
import type { ElementRules } from './url-state';

/** Inline or block content: a lit template or plain text. */
export type Content = TemplateResult | string;
export type Bilingual<T = Content> = Record<Lang, T>;

/** What a demo can see and do while rendering: the language, and the keyed elements' attributes. */
export interface LessonView {
  lang: Lang;
  /** The attribute of the element with data-url-key=key (null until it exists or when absent). */
  attr(key: string, name: string): string | null;
  /** Sets (string) or removes (null) an attribute of the keyed element; the URL follows. */
  setAttr(key: string, name: string, value: string | null): void;
}

export type Block =
  /** Paragraphs, lists: give block HTML (<p>, <ul>) in each language. */
  | { kind: 'text'; content: Bilingual }
  /** A short "Try this" prompt, shown in a box with a label. */
  | { kind: 'try'; content: Bilingual }
  /** A side remark (history, framework detail) in a quieter box. */
  | { kind: 'note'; content: Bilingual }
  /** A displayed formula in plain HTML (<var>, <sub>, ⌊ ⌋), optionally with a caption. */
  | { kind: 'formula'; content: Content; caption?: Bilingual }
  /** Elements; `wide` lets the block use the page's full width instead of the text column. */
  | { kind: 'demo'; render: (view: LessonView) => TemplateResult; wide: boolean };

export interface LessonSection {
  /** Anchor id (lowercase words joined by '-'), so a link can point at the section. */
  id: string;
  title: Bilingual<string>;
  blocks: Block[];
}

export interface LessonContent {
  /** File name of the page without .html; must match its lessons/manifest.ts entry. */
  slug: string;
  sections: LessonSection[];
  /** Sources and credits shown at the end of the lesson (photos, papers). */
  credits?: Bilingual;
  /**
   * Stricter URL whitelists for single elements, by data-url-key (the default is the
   * element's tag's, url-state.ts ELEMENT_RULES), e.g. a matrix that must stay 5×5 of 0/1.
   */
  urlRules?: Record<string, ElementRules>;
}

export const text = (en: Content, ko: Content): Block => ({ kind: 'text', content: { en, ko } });
export const tryThis = (en: Content, ko: Content): Block => ({ kind: 'try', content: { en, ko } });
export const note = (en: Content, ko: Content): Block => ({ kind: 'note', content: { en, ko } });
export const formula = (content: Content, caption?: Bilingual): Block => ({ kind: 'formula', content, caption });
export const demo = (render: (view: LessonView) => TemplateResult, options: { wide?: boolean } = {}): Block => ({
  kind: 'demo',
  render,
  wide: options.wide ?? true,
});

export function section(id: string, title: Bilingual<string>, blocks: Block[]): LessonSection {
  return { id, title, blocks };
}

/** Checks what types cannot: unique, well-formed section ids. Throws, since a lesson with these is a programming error. */
export function defineLesson(content: LessonContent): LessonContent {
  const ids = new Set<string>();
  for (const { id } of content.sections) {
    if (!/^[a-z][a-z0-9-]*$/.test(id) || ids.has(id)) throw new Error(`lesson ${content.slug}: bad or repeated section id "${id}"`);
    ids.add(id);
  }
  return content;
}
