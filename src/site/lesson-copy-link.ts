/**
 * "Copy link to this view": the address bar already holds the lesson's state
 * (lesson-url-sync.ts), so copying location.href shares exactly what is on screen.
 * The clipboard API needs a secure context and permission; where it is refused (a page
 * opened over plain http from a classroom server), the link is shown selected instead.
 */
import { html, nothing } from 'lit';
import type { Lang } from '../i18n';
import { tLesson } from './lesson-strings';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the current URL; resolves to what happened, never rejects. */
export async function copyCurrentLink(): Promise<CopyState> {
  try {
    if (!navigator.clipboard?.writeText) return 'failed';
    await navigator.clipboard.writeText(location.href);
    return 'copied';
  } catch {
    return 'failed';
  }
}

function selectOnFocus(event: Event): void {
  (event.target as HTMLInputElement).select();
}

export function copyLinkView(lang: Lang, state: CopyState, onCopy: () => void) {
  return html`<div class="copy-link">
    <button type="button" class="button" @click=${onCopy}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
      </svg>
      ${tLesson(lang, 'copyLink')}
    </button>
    <p class="copy-status" role="status">${state === 'idle' ? nothing : tLesson(lang, state === 'copied' ? 'copied' : 'copyFailed')}</p>
    ${state === 'failed'
      ? html`<input class="copy-field" type="text" readonly aria-label=${tLesson(lang, 'linkLabel')} .value=${location.href}
          @focus=${selectOnFocus} />`
      : nothing}
  </div>`;
}
