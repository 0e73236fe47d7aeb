/**
 * Saving text as a file from the quiz pages (results, answer keys), and the breadcrumb
 * and copy helpers both pages share. CSV gets a byte-order mark so that spreadsheet
 * programs read Korean text as UTF-8.
 */
import { html } from 'lit';
import type { Lang } from '../i18n';
import { CSV_BOM } from '../quiz-export';
import { withLang } from '../../components/shared/page-lang';
import { tLesson } from './lesson-strings';

export function downloadText(fileName: string, text: string, kind: 'csv' | 'json'): void {
  const body = kind === 'csv' ? CSV_BOM + text : text;
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Letters (any script), digits, '-' and '_' only, so the name is safe on every file system. */
export function fileSafe(text: string): string {
  return text.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

export function quizBreadcrumb(lang: Lang) {
  const home = withLang('../', lang);
  return html`<nav class="breadcrumb" aria-label=${tLesson(lang, 'breadcrumbLabel')}>
    <a href=${home}>${tLesson(lang, 'breadcrumbHome')}</a>
    <span aria-hidden="true">›</span>
    <a href=${`${home}#lessons-heading`}>${tLesson(lang, 'breadcrumbLessons')}</a>
  </nav>`;
}

/** Copies text; resolves to whether it worked (the clipboard needs a secure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
