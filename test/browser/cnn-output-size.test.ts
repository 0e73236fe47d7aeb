import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { select } from 'd3';
import '../../components/cnn-output-size';
import type { CnnOutputSize, OutputSizeChangeEvent } from '../../components/cnn-output-size';
import { outputSizeLayout, renderOutputSizeDiagram } from '../../components/cnn-output-size-diagram';
import { bindUrlState } from '../../src/site/lesson-url-sync';
import { container, fixtureIn } from './stepper-harness';

function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(el: Element, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types into a labelled number input the way a reader does. */
function typeNumber(el: CnnOutputSize, id: string, value: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<cnn-output-size>', () => {
  it('computes W=5, K=3, P=0, S=2 → 2 and shows the formula with values', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="5" k="3" p="0" s="2"></cnn-output-size>`);
    expect(text(el, 'result')).to.equal('Output size O = 2');
    // (5 − 3 + 0) / 2 + 1 = 2, written with true minus signs.
    expect(text(el, 'substituted')).to.include('5 − 3 + 2·0');
    expect(text(el, 'substituted')).to.match(/= 2$/);
    expect(text(el, 'note')).to.include('is a whole number');
    // 5 cells, no padding, two windows at 0 and 2, nothing dropped.
    const svg = part(el, 'diagram')!;
    expect(svg.querySelectorAll('g.cell.input')).to.have.length(5);
    expect(svg.querySelectorAll('g.window')).to.have.length(2);
    expect(svg.querySelectorAll('g.cell.dropped')).to.have.length(0);
  });

  it('flags W=6, K=3, S=2 as not a whole number and explains the floor', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="6" k="3" p="0" s="2"></cnn-output-size>`);
    const note = text(el, 'note');
    // (6 − 3 + 0) / 2 = 1.5 → floor 1 → O = 2; the sixth cell is never reached.
    expect(note).to.include('(6 − 3 + 0) / 2 = 1.5 is not a whole number');
    expect(note).to.include('floor it to 1');
    expect(note).to.include('drop the last 1 cell');
    expect(note).to.include("'same' padding avoids this");
    expect(text(el, 'result')).to.equal('Output size O = 2');
    const dropped = part(el, 'diagram')!.querySelectorAll('g.cell.dropped');
    expect(dropped).to.have.length(1);
    expect(dropped[0].textContent).to.equal('5');
    expect(text(el, 'legend')).to.include('dropped');
  });

  it("gives ⌈W/S⌉ with 'same' padding", async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="7" k="3" p="same" s="2"></cnn-output-size>`);
    expect(text(el, 'result')).to.equal('Output size O = 4'); // ⌈7/2⌉
    el.w = 10;
    el.s = 3;
    await el.updateComplete;
    expect(text(el, 'result')).to.equal('Output size O = 4'); // ⌈10/3⌉
    el.w = 28;
    el.k = 5;
    el.s = 1;
    await el.updateComplete;
    expect(text(el, 'result')).to.equal('Output size O = 28');
    expect(text(el, 'details')).to.include('Padding 2 before, 2 after');
  });

  it('shows the reason for bad input inside the element and recovers', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="5" k="3" p="0" s="1"></cnn-output-size>`);
    el.k = 9;
    await el.updateComplete;
    expect(text(el, 'error')).to.include('larger than the padded input (5)');
    expect(part(el, 'result')).to.equal(null);
    typeNumber(el, 'k-number', '3');
    typeNumber(el, 's-number', '0');
    await el.updateComplete;
    expect(text(el, 'error')).to.include('stride must be a positive whole number, got 0');
    el.setAttribute('p', '-1');
    el.s = 1;
    await el.updateComplete;
    expect(text(el, 'error')).to.include('padding must be');
    el.p = '1';
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(text(el, 'result')).to.equal('Output size O = 5'); // (5 − 3 + 2)/1 + 1
  });

  it('adds no attribute the page did not write until the reader changes a value', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="6"></cnn-output-size>`);
    // The defaults K = 3, P = 0, S = 2, D = 1 are used without being written out.
    expect(text(el, 'result')).to.equal('Output size O = 2'); // ⌊(6 − 3) / 2⌋ + 1
    expect(el.getAttributeNames().filter((name) => ['w', 'k', 'p', 's', 'd'].includes(name))).to.deep.equal(['w']);
    const changed = oneEvent(el, 'cnn-change');
    typeNumber(el, 'd-number', '2');
    await changed;
    expect(el.getAttribute('d')).to.equal('2');
    expect(el.getAttribute('k')).to.equal(null);
  });

  it('leaves a fresh lesson URL as it is', async () => {
    const before = location.search;
    // As a lesson does: render, then bind in the same task, before the element's first update.
    const host = container();
    host.innerHTML = '<cnn-output-size data-url-key="size" w="6" k="3" p="same" s="2"></cnn-output-size>';
    const binding = bindUrlState(host);
    try {
      const el = host.querySelector('cnn-output-size')!;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(location.search).to.equal(before);
      typeNumber(el, 'd-number', '2');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(new URLSearchParams(location.search).get('size.d')).to.equal('2');
    } finally {
      binding.dispose();
      host.remove();
      history.replaceState(history.state, '', `${location.pathname}${before}`);
    }
  });

  it('fires cnn-change with the values and the result, and reflects them', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="5" k="3" p="0" s="1"></cnn-output-size>`);
    const changed = oneEvent(el, 'cnn-change') as Promise<OutputSizeChangeEvent>;
    typeNumber(el, 'w-number', '32');
    const event = await changed;
    expect(event.detail).to.include({ kind: 'output-size', w: 32, k: 3, p: '0', s: 1, d: 1, error: null });
    expect(event.detail.result!.size).to.equal(30);
    expect(el.getAttribute('w')).to.equal('32');

    const modeChanged = oneEvent(el, 'cnn-change') as Promise<OutputSizeChangeEvent>;
    const mode = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    mode.value = 'full';
    mode.dispatchEvent(new Event('change'));
    const full = await modeChanged;
    expect(full.detail.p).to.equal('full');
    expect(full.detail.result!.size).to.equal(34); // 32 − 3 + 2·2 + 1
    expect(el.getAttribute('p')).to.equal('full');
  });

  it('marks dilated taps and uses K_eff', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="7" k="3" p="0" s="1" d="2"></cnn-output-size>`);
    // K_eff = 2·(3 − 1) + 1 = 5 → O = 7 − 5 + 1 = 3, each window reading 3 cells.
    expect(text(el, 'result')).to.equal('Output size O = 3');
    expect(text(el, 'details')).to.include('K_eff = D·(K − 1) + 1 = 5');
    expect(part(el, 'diagram')!.querySelectorAll('g.window:first-child circle.tap')).to.have.length(3);
  });

  it('speaks Korean', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size lang="ko" w="6" k="3" s="2"></cnn-output-size>`);
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['입력 크기 W', '커널 크기 K', '패딩 P', '스트라이드 S', '팽창(딜레이션) D']);
    expect(text(el, 'result')).to.equal('출력 크기 O = 2');
    expect(text(el, 'note')).to.include('정수가 아닙니다');
    el.k = 0;
    await el.updateComplete;
    expect(text(el, 'error')).to.include('커널 크기: 양의 정수여야 합니다');
  });

  it('keeps every control inside its card on a 390 px phone, the padding type on a row of its own', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixtureIn<CnnOutputSize>(html`<cnn-output-size w="6" k="3" p="same" s="2"></cnn-output-size>`, 'width: 356px', 'ko');
      const right = el.getBoundingClientRect().right;
      for (const control of el.shadowRoot!.querySelectorAll('label, input, select')) {
        expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 40)).to.be.at.most(right + 0.5);
      }
      const select = el.shadowRoot!.querySelector('select')!;
      const number = el.shadowRoot!.querySelector('#p-number')!;
      expect(select.getBoundingClientRect().top).to.be.at.least(number.getBoundingClientRect().bottom - 1);
      // The whole label of the chosen type is visible, not cut by the box.
      expect(select.scrollWidth).to.be.at.most(select.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('announces the result in a live region', async () => {
    const el = await fixture<CnnOutputSize>(html`<cnn-output-size w="5" k="3" s="2"></cnn-output-size>`);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent?.trim()).to.equal('Output size 2');
  });
});

describe('renderOutputSizeDiagram', () => {
  it('draws hatched padding, windows at each stride and crossed-out dropped cells', () => {
    // W=6, P=1, K=3, S=3: padded 8, windows at 0 and 3 cover 0..5; cells 6 (input 5) and 7 (padding) are dropped.
    const layout = outputSizeLayout({ input: 6, padBefore: 1, padAfter: 1, kernel: 3, dilation: 1, stride: 3, size: 2 });
    expect(layout.dropped).to.equal(2);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    renderOutputSizeDiagram(select(svg), layout, { cell: 10, idPrefix: 't' });
    const cells = [...svg.querySelectorAll('g.cell')].map((g) => g.getAttribute('class'));
    expect(cells).to.deep.equal([
      'cell padding',
      'cell input',
      'cell input',
      'cell input',
      'cell input',
      'cell input',
      'cell input dropped',
      'cell padding dropped',
    ]);
    expect(svg.querySelector('g.cell.padding rect')!.getAttribute('fill')).to.equal('url(#t-hatch)');
    const spans = [...svg.querySelectorAll('rect.window-span')].map((r) => [r.getAttribute('x'), r.getAttribute('width')]);
    // margin 10 + start·10 + 2, width 3·10 − 4
    expect(spans).to.deep.equal([['12', '26'], ['42', '26']]);
    // width: margin 10 + 8 cells·10 + 4; height: cell row 10 + gap 10 + 2 window rows·6 + 4.
    expect(svg.getAttribute('viewBox')).to.equal('0 0 94 36');
  });
});
