/**
 * The parts every page of the site shares: a skip link, the header (name + language
 * switch) and the footer. Lesson pages use them too, so the switch works the same
 * everywhere.
 */
import { html } from 'lit';
import type { Lang } from '../i18n';
import { LANGS } from '../i18n';
import { tCommon } from '../i18n/common';

/** Each language named in itself, so a reader finds their own. */
const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

export function siteHeader(lang: Lang, onLang: (lang: Lang) => void, homeHref = '/') {
  return html`<a class="skip-link" href="#main">${tCommon(lang, 'skipToContent')}</a>
    <header class="site-header">
      <a class="brand" href=${homeHref}><img src="/favicon.svg" alt="" />${tCommon(lang, 'siteName')}</a>
      <div class="lang-switch" role="group" aria-label=${tCommon(lang, 'languageLabel')}>
        ${LANGS.map(
          (option) => html`<button
            type="button"
            lang=${option}
            aria-pressed=${option === lang ? 'true' : 'false'}
            @click=${() => onLang(option)}
          >
            ${LANG_NAMES[option]}
          </button>`,
        )}
      </div>
    </header>`;
}

export function siteFooter(lang: Lang) {
  return html`<footer class="site-footer">${tCommon(lang, 'footer')}</footer>`;
}
