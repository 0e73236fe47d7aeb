/**
 * The lab's pixel view: the neighbourhood under the kernel, the kernel, the products and
 * their sum, as src/imaging's pixelProducts computed them for one channel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PixelProducts, PixelTerm } from '../src/imaging';
import type { WidgetKey } from '../src/i18n/widgets';
import { formatNumber } from '../src/viz/format';

type Translate = (key: WidgetKey, params?: Record<string, string | number>) => string;

export interface HoverChannel {
  index: number;
  label: WidgetKey;
}

export interface HoverView {
  products: PixelProducts;
  /** The byte the result canvas shows for this sum. */
  byte: number;
  channels: HoverChannel[];
  channel: number;
}

function signClass(value: number): string {
  return value > 0 ? 'pos' : value < 0 ? 'neg' : 'zero';
}

function matrix(name: string, caption: string, terms: PixelTerm[][], cell: (term: PixelTerm) => TemplateResult | string, cls: (term: PixelTerm) => string, t: Translate): TemplateResult {
  return html`<table part=${name} class="mini">
    <caption>${caption}</caption>
    <tbody>
      ${terms.map(
        (row) => html`<tr>
          ${row.map((term) => html`<td class=${cls(term)} title=${term.padded ? t('flPaddingCell') : nothing}>${cell(term)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function renderHover(view: HoverView | null, t: Translate, onChannel: (index: number) => void): TemplateResult {
  if (!view) return html`<div part="hover"><p class="hint">${t('flHint')}</p></div>`;
  const { products, byte } = view;
  const centre = (term: PixelTerm) => (term.row === products.y && term.col === products.x ? ' centre' : '');
  return html`<div part="hover">
    <div class="hover-head">
      <span part="hover-pixel">${t('flPixel', { x: products.x, y: products.y })}</span>
      ${view.channels.length > 1
        ? html`<label class="control inline"
            ><span>${t('flChannel')}</span>
            <select part="channel-select" @change=${(e: Event) => onChannel(Number((e.target as HTMLSelectElement).value))}>
              ${view.channels.map((c) => html`<option value=${c.index} ?selected=${c.index === view.channel}>${t(c.label)}</option>`)}
            </select></label
          >`
        : html`<span>${t('flChannel')}: ${t(view.channels[0].label)}</span>`}
    </div>
    <div class="equation">
      ${matrix('hover-values', t('flNeighbourhood'), products.terms, (term) => formatNumber(term.value), (term) => `value${term.padded ? ' padded' : ''}${centre(term)}`, t)}
      <span class="with-op"
        ><span class="op" aria-hidden="true">⊙</span>
        ${matrix('hover-kernel', t('flKernel'), products.terms, (term) => formatNumber(term.weight), (term) => signClass(term.weight), t)}</span
      >
      <span class="with-op"
        ><span class="op" aria-hidden="true">→</span>
        ${matrix('hover-products', t('flProducts'), products.terms, (term) => formatNumber(term.product), (term) => signClass(term.product), t)}</span
      >
    </div>
    <p class="sum-line">
      <strong part="hover-sum">${t('flSum', { sum: formatNumber(products.sum) })}</strong>
      <span part="hover-byte">${t('flShownAs', { byte })}</span>
    </p>
    <p class="hint">${t('flHint')}</p>
  </div>`;
}
