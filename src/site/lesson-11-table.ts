/**
 * A small data table for lessons 11–12 (architecture shape tables). lesson.css has no
 * table rules, so the few it needs are written on the elements; the wrapper scrolls
 * sideways on a phone instead of widening the page.
 */
import { html, type TemplateResult } from 'lit';

const WRAP = 'overflow-x: auto; max-width: 100%; margin: 0.4rem 0 1rem';
const TABLE = 'border-collapse: collapse; font-size: 1rem; line-height: 1.35; font-variant-numeric: tabular-nums';
const CAPTION = 'caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4rem';
const CELL = 'padding: 0.3rem 0.8rem 0.3rem 0; border-bottom: 1px solid var(--site-border); text-align: left; vertical-align: top; white-space: nowrap';
const HEAD = `${CELL}; border-bottom-width: 2px`;

/** `wrap`: for tables of sentences, cells wrap (at least 9em wide) instead of staying on one line. */
export function dataTable(caption: string, headers: string[], rows: (string | TemplateResult)[][], opts: { wrap?: boolean } = {}): TemplateResult {
  const dataCell = opts.wrap ? `${CELL}; white-space: normal; min-width: 9em` : CELL;
  return html`<div style=${WRAP} tabindex="0" role="region" aria-label=${caption}>
    <table style=${TABLE}>
      <caption style=${CAPTION}>${caption}</caption>
      <thead><tr>${headers.map((h) => html`<th scope="col" style=${HEAD}>${h}</th>`)}</tr></thead>
      <tbody>${rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row" style=${CELL}>${cell}</th>` : html`<td style=${dataCell}>${cell}</td>`))}</tr>`)}</tbody>
    </table>
  </div>`;
}
