import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/cnn-matrix';
import type { CellEditEvent, CellSelectEvent, CnnMatrix } from '../../components/cnn-matrix';
import { fixtureIn } from './stepper-harness';

// A small harness over the element's SVG insides, so tests read as what a person sees.
const root = (el: CnnMatrix) => el.shadowRoot!;
const cells = (el: CnnMatrix) => [...root(el).querySelectorAll<SVGGElement>('[role="gridcell"]')];
const cellAt = (el: CnnMatrix, row: number, col: number) =>
  root(el).querySelector<SVGGElement>(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`)!;
const textOf = (cell: Element) => cell.querySelector('text')?.textContent ?? '';
const partsOf = (cell: Element) => (cell.getAttribute('part') ?? '').split(' ');
const positionsWithPart = (el: CnnMatrix, part: string) =>
  cells(el)
    .filter((c) => partsOf(c).includes(part))
    .map((c) => `${c.dataset.row},${c.dataset.col}`);
const box = (el: Element) => el.getBoundingClientRect();
const errorText = (el: CnnMatrix) => root(el).querySelector('[role="alert"]')?.textContent ?? '';

/** The rectangle covering a set of cells, from their drawn rects. */
function unionBox(els: Element[]) {
  const rects = els.map((e) => box(e.querySelector('rect')!));
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/** The coloured line of an outline ('window' | 'active' | 'window-cell'). */
const outlineLines = (el: CnnMatrix, name: string) => [...root(el).querySelectorAll(`.outline.${name} rect.line`)];

function expectSameBox(a: { left: number; top: number; right: number; bottom: number }, b: typeof a) {
  for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(a[side]).to.be.closeTo(b[side], 1);
}

function rgbOf(color: string): [number, number, number] {
  const m = color.match(/\d+/g)!.map(Number);
  return [m[0], m[1], m[2]];
}

describe('<cnn-matrix>', () => {
  it('draws rows × columns cells with formatted values and a true minus sign', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[1,-2,3],[4.12345,0,-0.5]]"></cnn-matrix>`);
    expect(root(el).querySelectorAll('[role="row"]').length).to.equal(2);
    expect(cells(el).map(textOf)).to.deep.equal(['1', '\u22122', '3', '4.123', '0', '\u22120.5']);
    expect(root(el).querySelector('[role="grid"]')).to.exist;
  });

  it('names every cell by its 0-based row and column (as the steppers and PyTorch count) and its value, in English and Korean', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[7,-3]]"></cnn-matrix>`);
    expect(cellAt(el, 0, 1).getAttribute('aria-label')).to.equal('row 0, column 1: \u22123');
    const ko = await fixtureIn<CnnMatrix>(html`<cnn-matrix values="[[7,-3]]"></cnn-matrix>`, '', 'ko');
    expect(cellAt(ko, 0, 1).getAttribute('aria-label')).to.equal('0행 1열: \u22123');
  });

  it('does not write its default scale or an empty caption as attributes', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[1,2]]"></cnn-matrix>`);
    expect(el.getAttributeNames()).to.deep.equal(['values']);
    expect(el.scale).to.equal('diverging');
    el.scale = 'grey';
    await el.updateComplete;
    expect(el.getAttribute('scale')).to.equal('grey');
  });

  it('shows the caption above the grid and uses it as the grid name', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix caption="Input 2×2" values="[[1,2],[3,4]]"></cnn-matrix>`);
    const caption = root(el).querySelector('[part="caption"]')!;
    expect(caption.textContent).to.equal('Input 2×2');
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-label')).to.equal('Input 2×2');
    expect(box(caption).bottom).to.be.at.most(box(cellAt(el, 0, 0)).top + 1);
  });

  it('outlines exactly the highlighted window', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix
      values="[[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]]"
      highlight='{"row":1,"col":1,"height":2,"width":3}'
    ></cnn-matrix>`);
    expect(positionsWithPart(el, 'window')).to.deep.equal(['1,1', '1,2', '1,3', '2,1', '2,2', '2,3']);
    const [line] = outlineLines(el, 'window');
    const windowCells = [1, 2].flatMap((r) => [1, 2, 3].map((c) => cellAt(el, r, c)));
    expectSameBox(box(line), unionBox(windowCells));
  });

  it('marks padding cells as padding: hatched, dashed, and named so', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix
      values="[[0,0,0,0],[0,1,2,0],[0,3,4,0],[0,0,0,0]]"
      padded="1"
    ></cnn-matrix>`);
    const padding = positionsWithPart(el, 'padding');
    expect(padding).to.have.length(12);
    expect(padding).not.to.include('1,1');
    expect(padding).not.to.include('2,2');
    expect(cellAt(el, 0, 0).querySelector('rect')!.style.fill).to.contain('url(');
    expect(cellAt(el, 1, 1).querySelector('rect')!.style.fill).not.to.contain('url(');
    expect(cellAt(el, 0, 3).getAttribute('aria-label')).to.equal('row 0, column 3: 0, padding');
  });

  it('takes padding per side', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix
      values="[[0,0,0],[0,5,6],[0,0,0]]"
      padded='{"top":1,"bottom":1,"left":1}'
    ></cnn-matrix>`);
    expect(positionsWithPart(el, 'padding')).to.deep.equal(['0,0', '0,1', '0,2', '1,0', '2,0', '2,1', '2,2']);
  });

  it('outlines the active cell in the window colour and rings marked cells', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix
      values="[[1,3],[2,9]]"
      active='{"row":0,"col":1}'
      marked='[{"row":1,"col":1}]'
      mark-label="maximum"
    ></cnn-matrix>`);
    expect(positionsWithPart(el, 'active')).to.deep.equal(['0,1']);
    expectSameBox(box(outlineLines(el, 'active')[0]), unionBox([cellAt(el, 0, 1)]));
    const windowColor = getComputedStyle(outlineLines(el, 'active')[0]).stroke;
    el.highlight = { row: 0, col: 0, height: 1, width: 1 };
    await el.updateComplete;
    expect(getComputedStyle(outlineLines(el, 'window')[0]).stroke).to.equal(windowColor);
    expect(root(el).querySelectorAll('circle.mark').length).to.equal(1);
    expect(cellAt(el, 1, 1).querySelector('circle.mark')).to.exist;
    expect(cellAt(el, 1, 1).getAttribute('aria-label')).to.equal('row 1, column 1: 9, maximum');
  });

  it('outlines each explicit window cell of a dilated window', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix
      values="[[1,2,3],[4,5,6],[7,8,9]]"
      highlight='{"row":0,"col":0,"height":3,"width":3}'
      window-cells='[{"row":0,"col":0},{"row":0,"col":2},{"row":2,"col":0},{"row":2,"col":2}]'
    ></cnn-matrix>`);
    const lines = outlineLines(el, 'window-cell');
    expect(lines).to.have.length(4);
    const cornerBox = box(lines[1]);
    const corner = box(cellAt(el, 0, 2).querySelector('rect')!);
    expect(cornerBox.left).to.be.at.least(corner.left);
    expect(cornerBox.right).to.be.at.most(corner.right);
    expect(root(el).querySelector('.outline.window')!.classList.contains('dashed')).to.be.true;
  });

  it('colours signed values on one scale centred at zero: blue negative, white zero, red positive', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[-4,0,4]]"></cnn-matrix>`);
    const [neg, zero, pos] = [0, 1, 2].map((c) => rgbOf(cellAt(el, 0, c).querySelector('rect')!.style.fill));
    expect(neg[2]).to.be.greaterThan(neg[0]);
    expect(pos[0]).to.be.greaterThan(pos[2]);
    expect(Math.min(...zero)).to.be.greaterThan(225);
  });

  it('hides the numbers with labels="false" but keeps them in the cell names', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix labels="false" values="[[1,-2]]"></cnn-matrix>`);
    expect(cells(el).map(textOf)).to.deep.equal(['', '']);
    expect(cellAt(el, 0, 1).getAttribute('aria-label')).to.equal('row 0, column 1: \u22122');
  });

  it('draws cells at the size set by --cnn-cell-size', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix style="--cnn-cell-size: 80px" values="[[1,2]]"></cnn-matrix>`);
    expect(box(cellAt(el, 0, 0).querySelector('rect')!).width).to.be.closeTo(80, 0.5);
  });

  it('fires cnn-cell-select with the clicked cell when interactive', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix interactive values="[[1,2],[3,4]]"></cnn-matrix>`);
    setTimeout(() => cellAt(el, 1, 0).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event: CellSelectEvent = await oneEvent(el, 'cnn-cell-select');
    expect([event.row, event.col]).to.deep.equal([1, 0]);
  });

  it('fires nothing on click when not interactive, and its cells are not focusable', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[1,2],[3,4]]"></cnn-matrix>`);
    let fired = 0;
    el.addEventListener('cnn-cell-select', () => fired++);
    cellAt(el, 0, 0).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(fired).to.equal(0);
    expect(cells(el).some((c) => c.hasAttribute('tabindex'))).to.be.false;
  });

  it('moves between cells with the arrow keys and selects with Enter, keeping keys from the page', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix interactive values="[[1,2,3],[4,5,6]]"></cnn-matrix>`);
    const tabbable = cells(el).filter((c) => c.getAttribute('tabindex') === '0');
    expect(tabbable.map((c) => `${c.dataset.row},${c.dataset.col}`)).to.deep.equal(['0,0']);
    let leaked = 0;
    const countLeak = () => leaked++;
    document.addEventListener('keydown', countLeak);
    cellAt(el, 0, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(cellAt(el, 1, 1));
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event: CellSelectEvent = await oneEvent(el, 'cnn-cell-select');
    document.removeEventListener('keydown', countLeak);
    expect([event.row, event.col]).to.deep.equal([1, 1]);
    expect(leaked).to.equal(0);
  });

  it('opens the editor on a negative number with the true minus sign and every digit', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix editable values="[[-0.0625,2]]"></cnn-matrix>`);
    cellAt(el, 0, 0).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input')!.value).to.equal('\u22120.0625');
  });

  it('edits a cell: double-click, type, Enter fires cnn-cell-edit and shows the new value', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix editable values="[[1,2],[3,4]]"></cnn-matrix>`);
    cellAt(el, 1, 0).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('input')!;
    expect(input.value).to.equal('3');
    expect(input.getAttribute('aria-label')).to.equal('New value for row 1, column 0');
    expect(root(el).activeElement).to.equal(input);
    input.value = '\u22127.5';
    setTimeout(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const event: CellEditEvent = await oneEvent(el, 'cnn-cell-edit');
    expect([event.row, event.col, event.value, event.previous]).to.deep.equal([1, 0, -7.5, 3]);
    await el.updateComplete;
    expect(textOf(cellAt(el, 1, 0))).to.equal('\u22127.5');
    expect(el.values).to.deep.equal([[1, 2], [-7.5, 4]]);
    expect(root(el).querySelector('input')).to.be.null;
  });

  it('rejects text that is not a number with an inline message and keeps the old value', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix editable values="[[1,2],[3,4]]"></cnn-matrix>`);
    let edits = 0;
    el.addEventListener('cnn-cell-edit', () => edits++);
    cellAt(el, 0, 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('input')!;
    input.value = '2x';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(edits).to.equal(0);
    expect(errorText(el)).to.contain('2x');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(textOf(cellAt(el, 0, 1))).to.equal('2');
    expect(el.values).to.deep.equal([[1, 2], [3, 4]]);
  });

  it('keeps the old value when a listener cancels the edit', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix editable values="[[1]]"></cnn-matrix>`);
    el.addEventListener('cnn-cell-edit', (e) => e.preventDefault());
    cellAt(el, 0, 0).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('input')!;
    input.value = '9';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(textOf(cellAt(el, 0, 0))).to.equal('1');
  });

  it('shows a readable error for malformed JSON instead of throwing, and recovers', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[1,2],[3,"></cnn-matrix>`);
    expect(errorText(el)).to.match(/^values: not valid JSON/);
    expect(cells(el)).to.have.length(0);
    el.setAttribute('values', '[[1,2],[3,4]]');
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    expect(cells(el)).to.have.length(4);
  });

  it('explains ragged rows and non-numbers', async () => {
    // Rows and columns are named from 0, as the cells' labels are: the third row is row 2.
    const ragged = await fixture<CnnMatrix>(html`<cnn-matrix values="[[1,2,3],[4,5,6],[7,8]]"></cnn-matrix>`);
    expect(errorText(ragged)).to.equal(
      'values: row 2 has length 2 but row 0 has length 3 (rows count from 0 at the top); every row needs the same length',
    );
    const raggedKo = await fixtureIn<CnnMatrix>(html`<cnn-matrix values="[[1,2,3],[4,5,6],[7,8]]"></cnn-matrix>`, '', 'ko');
    expect(errorText(raggedKo)).to.match(/^values: 2행의 길이는 2, 0행의 길이는 3입니다/);
    // Second row, third column.
    const text = await fixture<CnnMatrix>(html`<cnn-matrix values='[[1,2,3],[4,5,"six"]]'></cnn-matrix>`);
    expect(errorText(text)).to.equal('values: row 1, column 2 (counting from 0 at the top left) is “six”, not a number');
    const flat = await fixture<CnnMatrix>(html`<cnn-matrix values="[1,2,3]"></cnn-matrix>`);
    expect(errorText(flat)).to.contain('list of rows');
  });

  it('reports other bad attributes by name', async () => {
    const scale = await fixture<CnnMatrix>(html`<cnn-matrix scale="rainbow" values="[[1]]"></cnn-matrix>`);
    expect(errorText(scale)).to.equal('scale: “rainbow” is not one of diverging, sequential, grey, none');
    const rect = await fixture<CnnMatrix>(html`<cnn-matrix highlight='{"row":0}' values="[[1]]"></cnn-matrix>`);
    expect(errorText(rect)).to.match(/^highlight:/);
    const pads = await fixture<CnnMatrix>(html`<cnn-matrix padded="1" values="[[0,0],[0,0]]"></cnn-matrix>`);
    expect(errorText(pads)).to.match(/^padded:/);
  });

  it('draws a placeholder cell for null and names it empty', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[1,null]]"></cnn-matrix>`);
    expect(textOf(cellAt(el, 0, 1))).to.equal('');
    expect(partsOf(cellAt(el, 0, 1))).to.include('empty');
    expect(cellAt(el, 0, 1).getAttribute('aria-label')).to.equal('row 0, column 1: empty');
  });

  it('switches to the dark theme with theme="dark"', async () => {
    const light = await fixture<CnnMatrix>(html`<cnn-matrix theme="light" scale="none" values="[[1]]"></cnn-matrix>`);
    const dark = await fixture<CnnMatrix>(html`<cnn-matrix theme="dark" scale="none" values="[[1]]"></cnn-matrix>`);
    const fill = (el: CnnMatrix) => rgbOf(getComputedStyle(cellAt(el, 0, 0).querySelector('rect')!).fill);
    const brightness = (rgb: number[]) => rgb[0] + rgb[1] + rgb[2];
    expect(brightness(fill(light))).to.be.greaterThan(brightness(fill(dark)) + 200);
  });

  it('follows a change of the page language without being recreated', async () => {
    const el = await fixture<CnnMatrix>(html`<cnn-matrix values="[[5]]"></cnn-matrix>`);
    document.documentElement.lang = 'ko';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(cellAt(el, 0, 0).getAttribute('aria-label')).to.equal('0행 0열: 5');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('jumps the window to its new place at once under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<CnnMatrix>(html`<cnn-matrix
        style="--cnn-cell-size: 40px"
        values="[[1,2,3],[4,5,6],[7,8,9]]"
        highlight='{"row":0,"col":0,"height":2,"width":2}'
      ></cnn-matrix>`);
      el.highlight = { row: 1, col: 1, height: 2, width: 2 };
      await el.updateComplete;
      const windowCells = [1, 2].flatMap((r) => [1, 2].map((c) => cellAt(el, r, c)));
      expectSameBox(box(outlineLines(el, 'window')[0]), unionBox(windowCells));
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
