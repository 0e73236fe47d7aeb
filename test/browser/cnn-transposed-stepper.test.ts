import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/cnn-transposed-stepper';
import type { CnnTransposedStepper } from '../../components/cnn-transposed-stepper';
import type { CnnStepEvent } from '../../components/shared/step-event';
import { convTranspose1d, convTranspose2d } from '../../src/reference';
import {
  alertText,
  button,
  cellAt,
  cellTexts,
  cellsWithPart,
  click,
  counter,
  engineMessage,
  fixtureIn,
  live,
  panel,
  settle,
  textOf,
} from './stepper-harness';

const input = [[[1, 2], [3, 4]]];
const ones = [[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]];

async function stepper(template: ReturnType<typeof html>): Promise<CnnTransposedStepper> {
  const el = await fixture<CnnTransposedStepper>(template);
  await settle(el);
  return el;
}

async function setAttr(el: CnnTransposedStepper, name: string, value: string | null) {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await settle(el);
}

/** The running canvas as numbers, with the cropped border of `pad` cells removed. */
function canvasInside(el: CnnTransposedStepper, pad: [number, number] = [0, 0]): number[][] {
  const values = panel(el, '.canvas').values as number[][];
  return values.slice(pad[0], values.length - pad[0]).map((row) => row.slice(pad[1], row.length - pad[1]));
}

describe('<cnn-transposed-stepper>', () => {
  it('scatters the first input cell: the kernel × 1 lands in the top-left corner', async () => {
    const el = await stepper(html`<cnn-transposed-stepper></cnn-transposed-stepper>`);
    expect(counter(el)).to.equal('Step 1 / 4');
    expect(cellTexts(panel(el, '.scaled'))).to.deep.equal(Array(9).fill('1'));
    expect(canvasInside(el)).to.deep.equal([
      [1, 1, 1, 0],
      [1, 1, 1, 0],
      [1, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
    expect(textOf(el, '[part="size"]')).to.equal('Output 4×4: O = (2 − 1)·1 − 2·0 + 3 = 4');
    expect(panel(el, '.input').caption).to.equal('Input 2×2');
    expect(cellsWithPart(panel(el, '.input'), 'active')).to.deep.equal(['0,0']);
    expect(live(el)).to.equal('Input (0, 0) = 1: kernel × 1 added to output rows 0–2, columns 0–2');
  });

  it('with stride 2 the copies overlap in the middle column; the counts and rings show it', async () => {
    const el = await stepper(html`<cnn-transposed-stepper stride="2" step="1"></cnn-transposed-stepper>`);
    expect(cellTexts(panel(el, '.scaled'))).to.deep.equal(Array(9).fill('2'));
    expect(cellTexts(panel(el, '.counts')).slice(0, 5)).to.deep.equal(['1', '1', '2', '1', '1']);
    expect(cellsWithPart(panel(el, '.canvas'), 'marked')).to.deep.equal(['0,2', '1,2', '2,2']);
    expect(cellsWithPart(panel(el, '.canvas'), 'window')).to.have.length(9);
    await setAttr(el, 'step', '3');
    expect(canvasInside(el)).to.deep.equal(convTranspose2d(input, ones, undefined, { stride: 2 }).output[0]);
    // Centre cell: all four copies.
    expect(cellTexts(panel(el, '.counts'))[12]).to.equal('4');
    expect(textOf(el, '[part="size"]')).to.equal('Output 5×5: O = (2 − 1)·2 − 2·0 + 3 = 5');
  });

  it('hatches the border that padding crops and adds output padding: Output 4×4 = (2 − 1)·2 − 2·1 + 3 + 1', async () => {
    const el = await stepper(html`<cnn-transposed-stepper stride="2" padding="1" output-padding="1" bias="0.5" step="3"></cnn-transposed-stepper>`);
    const expected = convTranspose2d(input, ones, [0.5], { stride: 2, padding: 1, outputPadding: 1 }).output[0];
    expect(canvasInside(el, [1, 1])).to.deep.equal(expected);
    expect(cellsWithPart(panel(el, '.canvas'), 'padding')).to.have.length(36 - 16);
    expect(textOf(el, '[part="size"]')).to.equal('Output 4×4: O = (2 − 1)·2 − 2·1 + 3 + 1 = 4');
    expect(textOf(el, '.note')).to.contain('cut away by padding 1, 1');
    expect(live(el)).to.equal('Input (1, 1) = 4: kernel × 4 added to output rows 1–3, columns 1–3');
  });

  it('runs in 1D: each value scales the kernel, copies land at stride offsets', async () => {
    const el = await stepper(html`<cnn-transposed-stepper mode="1d" stride="2" step="1"></cnn-transposed-stepper>`);
    expect(counter(el)).to.equal('Step 2 / 3');
    expect(cellTexts(panel(el, '.scaled'))).to.deep.equal(['2', '4', '2']);
    expect(canvasInside(el)).to.deep.equal([[1, 2, 3, 4, 2, 0, 0]]);
    expect(live(el)).to.equal('Input 1 = 2: kernel × 2 added to outputs 2–4');
    expect(textOf(el, '[part="size"]')).to.equal('Output (length 7): O = (3 − 1)·2 − 2·0 + 3 = 7');
    await setAttr(el, 'step', '2');
    expect(canvasInside(el)).to.deep.equal(convTranspose1d([[1, 2, 3]], [[[1, 2, 1]]], undefined, { stride: 2 }).output);
  });

  it('handles keys without leaking them, jumps on an input click and fires cnn-step', async () => {
    // fixture() renders into a container <div>: the parent page listener goes there.
    const el = await stepper(html`<cnn-transposed-stepper stride="2"></cnn-transposed-stepper>`);
    const wrapper = el.parentElement!;
    let leaked = 0;
    wrapper.addEventListener('keydown', () => leaked++);
    el.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event: CnnStepEvent = await oneEvent(el, 'cnn-step');
    expect(event.detail).to.deep.equal({ kind: 'transposed2d', step: 1, total: 4, inChannel: 0, inRow: 0, inCol: 1, value: 2 });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.step).to.equal(3);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.playing).to.be.true;
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect([el.step, el.playing]).to.deep.equal([0, false]);
    expect(leaked).to.equal(0);
    click(cellAt(panel(el, '.input'), 1, 0));
    await settle(el);
    expect(el.step).to.equal(2);
  });

  it('shows readable errors and recovers', async () => {
    const el = await stepper(html`<cnn-transposed-stepper stride="2"></cnn-transposed-stepper>`);
    const cases: [string, string, string][] = [
      ['input', '[[1,2', 'input: not valid JSON'],
      ['input', '[[1,2],[3]]', engineMessage(() => convTranspose2d([[[1, 2], [3]]], ones))],
      ['output-padding', '2', engineMessage(() => convTranspose2d(input, ones, undefined, { stride: 2, outputPadding: 2 }))],
      ['input', 'nothing-like-this', 'input: unknown preset "nothing-like-this"'],
      ['kernel', '[[[1]],[[1]]]', engineMessage(() => convTranspose2d(input, [[[[1]]], [[[1]]]]))],
      ['padding', '3', engineMessage(() => convTranspose2d(input, ones, undefined, { stride: 2, padding: 3 }))],
      // Last: removing it afterwards brings back the default stride of 1.
      ['stride', '0', 'stride must be a positive integer, got 0'],
    ];
    for (const [name, value, message] of cases) {
      await setAttr(el, name, value);
      expect(alertText(el), `${name}=${value}`).to.contain(message);
      await setAttr(el, name, null);
      expect(alertText(el)).to.equal('');
      expect(counter(el)).to.equal('Step 1 / 4');
    }
    expect(textOf(el, '[part="size"]')).to.equal('Output 4×4: O = (2 − 1)·1 − 2·0 + 3 = 4');
  });

  it('prints the contribution counts at least as large as the other numbers, and never below 16px', async () => {
    const fontOf = (el: CnnTransposedStepper, name: string) =>
      parseFloat(getComputedStyle(cellAt(panel(el, name), 0, 0).querySelector('text')!).fontSize);
    const projector = await stepper(html`<cnn-transposed-stepper stride="2" style="--cnn-cell-size: 56px"></cnn-transposed-stepper>`);
    expect(fontOf(projector, '.counts')).to.be.closeTo(fontOf(projector, '.canvas'), 0.5);
    expect(fontOf(projector, '.counts')).to.be.closeTo(56 * 0.38, 0.5);
    const small = await stepper(html`<cnn-transposed-stepper stride="2" style="--cnn-cell-size: 30px"></cnn-transposed-stepper>`);
    expect(fontOf(small, '.counts')).to.be.at.least(16);
  });

  it('lines each 1D count up under its output position', async () => {
    const el = await stepper(html`<cnn-transposed-stepper mode="1d" input="[1,2,3]" kernel="[1,2,1]" stride="2"></cnn-transposed-stepper>`);
    const canvas = panel(el, '.canvas');
    const counts = panel(el, '.counts');
    expect(cellTexts(counts)).to.have.length(7);
    for (let col = 0; col < 7; col++) {
      const above = cellAt(canvas, 0, col).getBoundingClientRect();
      const below = cellAt(counts, 0, col).getBoundingClientRect();
      expect(below.left, `column ${col}`).to.be.closeTo(above.left, 0.5);
      expect(below.top).to.be.above(above.bottom - 1);
    }
  });

  it('fits a phone without clipping the arrow, and shrinks to one centred line on a slide', async () => {
    const narrow = await fixtureIn<CnnTransposedStepper>(html`<cnn-transposed-stepper stride="2"></cnn-transposed-stepper>`,
      'width: 356px; --cnn-cell-size: 40px');
    await settle(narrow);
    const right = narrow.getBoundingClientRect().right;
    for (const piece of narrow.shadowRoot!.querySelectorAll('.stage *')) {
      expect(piece.getBoundingClientRect().right, piece.className).to.be.at.most(right + 0.5);
    }
    // "× 2 =" and "→" stay on the line of the scaled copy, also when it wraps under the kernel.
    narrow.parentElement!.style.width = '320px';
    await settle(narrow);
    const scaled = panel(narrow, '.scaled').getBoundingClientRect();
    expect(scaled.top).to.be.above(panel(narrow, '.kernel').getBoundingClientRect().bottom - 1);
    for (const op of narrow.shadowRoot!.querySelectorAll('.scatter .operator')) {
      const box = op.getBoundingClientRect();
      expect((box.top + box.bottom) / 2, op.textContent!).to.be.within(scaled.top, scaled.bottom);
    }

    const centred = await fixtureIn<CnnTransposedStepper>(html`<cnn-transposed-stepper style="width: fit-content; margin: 0 auto"
      mode="1d" input="[1,2,3]" kernel="[1,2,1]" stride="2"></cnn-transposed-stepper>`, 'width: 1216px; --cnn-cell-size: 56px');
    await settle(centred);
    const box = centred.getBoundingClientRect();
    const frame = centred.parentElement!.getBoundingClientRect();
    expect(box.width).to.be.below(frame.width - 40);
    expect(box.left - frame.left).to.be.closeTo(frame.right - box.right, 1);
    // One line: input, kernel, scaled copy and running output share a top edge.
    const top = panel(centred, '.input').getBoundingClientRect().top;
    for (const name of ['.kernel', '.scaled', '.canvas']) expect(panel(centred, name).getBoundingClientRect().top, name).to.be.closeTo(top, 1);
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await stepper(html`<cnn-transposed-stepper lang="ko" stride="2"></cnn-transposed-stepper>`);
    expect(counter(el)).to.equal('단계 1 / 4');
    expect(panel(el, '.canvas').caption).to.equal('누적 출력');
    expect(panel(el, '.counts').caption).to.equal('기여 횟수');
    expect(textOf(el, '[part="size"]')).to.equal('출력 5×5: O = (2 − 1)·2 − 2·0 + 3 = 5');
    expect(live(el)).to.equal('입력 (0, 0) = 1: 커널 × 1 → 출력 0–2행, 0–2열에 더함');
    expect(button(el, 'play').getAttribute('aria-label')).to.equal('재생');
  });
});
