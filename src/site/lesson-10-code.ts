/**
 * A block of program text for lessons 10–13 (Keras snippets). lesson.css has no rule for
 * <pre> yet, so the few properties it needs travel with it: it scrolls sideways on a
 * phone instead of widening the page.
 */
import { html, type TemplateResult } from 'lit';
import { text, type Block } from './lesson-kit';

const STYLE = [
  'margin: 0.4rem 0 1rem',
  'padding: 0.7rem 0.9rem',
  'max-width: var(--lesson-text)',
  'overflow-x: auto',
  'background: var(--site-card)',
  'border: 1px solid var(--site-border)',
  'border-radius: 8px',
  'font-size: 0.95rem',
  'line-height: 1.45',
].join('; ');

/** Undoes lesson.css's inline-code box (.lesson code), which would frame every line. */
const CODE_STYLE = 'display: block; padding: 0; border: 0; background: none; font-size: inherit; white-space: pre';

export function codeBlock(code: string, label: string): TemplateResult {
  return html`<pre style=${STYLE} tabindex="0" aria-label=${label}><code style=${CODE_STYLE}>${code}</code></pre>`;
}

/** The code block as a lesson block of its own (the same in both languages). */
export function codeSection(code: string, label = 'Keras'): Block {
  return text(codeBlock(code, label), codeBlock(code, label));
}
