/**
 * The language of a whole page: the URL (?lang=ko) wins so that a link shares the
 * language, then the reader's last choice (localStorage), then the browser's languages.
 * The chosen language is written to <html lang>, which every element follows.
 */
import type { Lang } from '../../src/i18n';
import { normalizeLang } from './lang';

export const LANG_PARAM = 'lang';
export const LANG_STORAGE_KEY = 'convlab.lang';

/** Pure choice between the three sources; unknown values fall through to the next one. */
export function chooseLang(
  urlValue: string | null,
  storedValue: string | null,
  browserLanguages: readonly string[],
): Lang {
  for (const value of [urlValue, storedValue]) {
    if (value === 'en' || value === 'ko') return value;
  }
  return normalizeLang(browserLanguages[0]);
}

/** Storage can be missing or refuse access (private windows, sandboxed frames). */
function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function readPageLang(): Lang {
  const url = new URL(location.href).searchParams.get(LANG_PARAM);
  return chooseLang(url, storedLang(), navigator.languages ?? [navigator.language]);
}

/** Applies a language to the page: <html lang>, the URL (without a reload) and storage. */
export function applyPageLang(lang: Lang): void {
  document.documentElement.lang = lang;
  const url = new URL(location.href);
  url.searchParams.set(LANG_PARAM, lang);
  history.replaceState(history.state, '', url);
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits; the URL still carries the choice.
  }
}

/** A link to another page of the site that keeps the current language. */
export function withLang(href: string, lang: Lang): string {
  const url = new URL(href, location.href);
  url.searchParams.set(LANG_PARAM, lang);
  return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}
