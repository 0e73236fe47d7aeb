import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/cnn-confusion-matrix';
import type { CnnConfusionMatrix, ConfusionSelectEvent } from '../../components/cnn-confusion-matrix';
import { confusionCells } from '../../src/viz/render-confusion';

const matrix = [
  [98, 2, 0],
  [1, 95, 4],
  [0, 0, 100],
];

describe('<cnn-confusion-matrix>', () => {
  it('renders a table with header cells and the counts, rows = true class', async () => {
    const el = await fixture<CnnConfusionMatrix>(html`<cnn-confusion-matrix .matrix=${matrix}></cnn-confusion-matrix>`);
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table')!;
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(header).to.deep.equal(['true ＼ predicted', '0', '1', '2']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['0', '98', '2', '0'],
      ['1', '1', '95', '4'],
      ['2', '0', '0', '100'],
    ]);
    expect(table.querySelectorAll('th[scope="row"]')).to.have.length(3);
  });

  it('colours by share of the row (a full row and a 95 % row differ) and leaves zeros unfilled', async () => {
    const el = await fixture<CnnConfusionMatrix>(html`<cnn-confusion-matrix .matrix=${matrix}></cnn-confusion-matrix>`);
    await el.updateComplete;
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLTableCellElement>('tbody td')];
    expect(cells[8].style.backgroundColor).to.equal('rgb(253, 231, 37)'); // 100 % → viridis end
    expect(cells[4].style.backgroundColor).to.not.equal(cells[8].style.backgroundColor);
    expect(cells[2].style.backgroundColor).to.equal('');
    expect(cells[1].title).to.equal('true 0, predicted 1: 2 (2.0% of the 0s)');
  });

  it('makes only mistake cells buttons, and reports a choice and its clearing', async () => {
    const el = await fixture<CnnConfusionMatrix>(html`<cnn-confusion-matrix .matrix=${matrix}></cnn-confusion-matrix>`);
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['2', '1', '4']);
    const chosen = oneEvent(el, 'cnn-confusion-select') as Promise<ConfusionSelectEvent>;
    buttons[2].click();
    expect((await chosen).detail).to.deep.equal({ truth: 1, predicted: 2, count: 4 });
    await el.updateComplete;
    const pressed = el.shadowRoot!.querySelector('button[aria-pressed="true"]')!;
    expect(pressed.textContent).to.equal('4');
    const cleared = oneEvent(el, 'cnn-confusion-select') as Promise<ConfusionSelectEvent>;
    (pressed as HTMLButtonElement).click();
    expect((await cleared).detail).to.equal(null);
  });

  it('uses given labels, Korean wording, and refuses a non-square matrix', async () => {
    const el = await fixture<CnnConfusionMatrix>(html`<cnn-confusion-matrix lang="ko" labels='["a","b"]' matrix="[[1,2],[0,3]]"></cnn-confusion-matrix>`);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['실제 ＼ 예측', 'a', 'b']);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('실제 a, 예측 b: 2개 (실제 a 중 66.7%)');
    const bad = await fixture<CnnConfusionMatrix>(html`<cnn-confusion-matrix matrix="[[1,2]]"></cnn-confusion-matrix>`);
    expect(bad.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });

  it('computes each cell’s share of its row; only off-diagonal mistakes are selectable', () => {
    const cells = confusionCells([[3, 1], [0, 0]]);
    expect(cells[0].map((c) => c.share)).to.deep.equal([0.75, 0.25]);
    expect(cells[1].map((c) => [c.share, c.fill])).to.deep.equal([[0, null], [0, null]]);
    expect(cells.flat().filter((c) => c.selectable).map((c) => [c.truth, c.predicted])).to.deep.equal([[0, 1]]);
  });
});
