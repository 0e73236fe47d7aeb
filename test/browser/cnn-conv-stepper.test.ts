import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/cnn-conv-stepper';
import type { CnnConvStepper } from '../../components/cnn-conv-stepper';
import type { CnnStepEvent } from '../../components/shared/step-event';
import { conv2d } from '../../src/reference';
import { EXAMPLE_C_FILTER, INPUT_PRESETS, KERNEL_PRESETS } from '../../src/presets';
import {
  MINUS,
  alertText,
  button,
  cellAt,
  cellTexts,
  cellsWithPart,
  click,
  counter,
  engineMessage,
  equation,
  fixtureIn,
  live,
  panel,
  panels,
  settle,
  shown,
} from './stepper-harness';

const exampleA = INPUT_PRESETS['example-a'];
const vertical = [[KERNEL_PRESETS['vertical-edge']]];

async function stepper(template: ReturnType<typeof html>): Promise<CnnConvStepper> {
  const el = await fixture<CnnConvStepper>(template);
  await settle(el);
  return el;
}

async function setAttr(el: CnnConvStepper, name: string, value: string | null) {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await settle(el);
}

describe('<cnn-conv-stepper>', () => {
  it('renders worked example A by default: step 1 of 9, products 7, 0, −3, 4, 0, −3, 3, 0, −2 and sum 6', async () => {
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    const expected = conv2d(exampleA, vertical).steps[0];
    expect(counter(el)).to.equal('Step 1 / 9');
    expect(cellTexts(panel(el, '.products'))).to.deep.equal(['7', '0', `${MINUS}3`, '4', '0', `${MINUS}3`, '3', '0', `${MINUS}2`]);
    expect(cellTexts(panel(el, '.products'))).to.deep.equal(expected.terms.map((t) => shown(t.product)));
    expect(equation(el)).to.equal(`7×1 + 2×0 + 3×(${MINUS}1) + 4×1 + 5×0 + 3×(${MINUS}1) + 3×1 + 3×0 + 2×(${MINUS}1) = 6`);
    expect(live(el)).to.equal(`Output (0, 0) = ${equation(el)}`);
    // The window covers the top-left 3×3 of the input, and output (0, 0) is being written.
    expect(cellsWithPart(panel(el, '.input'), 'window')).to.deep.equal(['0,0', '0,1', '0,2', '1,0', '1,1', '1,2', '2,0', '2,1', '2,2']);
    expect(cellsWithPart(panel(el, '.output'), 'active')).to.deep.equal(['0,0']);
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['6', '', '', '', '', '', '', '', '']);
    expect(el.getAttribute('tabindex')).to.equal('0');
  });

  it('ends example A on −2 with the full output [[6,−9,−8],[−3,−2,−3],[−3,0,−2]]', async () => {
    const el = await stepper(html`<cnn-conv-stepper step="8"></cnn-conv-stepper>`);
    const { steps } = conv2d(exampleA, vertical);
    expect(counter(el)).to.equal('Step 9 / 9');
    expect(cellTexts(panel(el, '.products'))).to.deep.equal(steps[8].terms.map((t) => shown(t.product)));
    expect(equation(el).endsWith(`= ${MINUS}2`)).to.be.true;
    expect(cellTexts(panel(el, '.output'))).to.deep.equal([6, -9, -8, -3, -2, -3, -3, 0, -2].map(shown));
  });

  it('computes worked example B (top-left 4)', async () => {
    const el = await stepper(html`<cnn-conv-stepper input="example-b" kernel="example-b"></cnn-conv-stepper>`);
    expect(equation(el).endsWith('= 4')).to.be.true;
    await setAttr(el, 'step', '8');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['4', '3', '4', '2', '4', '3', '2', '3', '4']);
  });

  it('shows example C channel by channel: partial sums 180 + 180 + 180 = 540, rows 540 / 360 / 180', async () => {
    const el = await stepper(html`<cnn-conv-stepper input="example-c" kernel="example-c"></cnn-conv-stepper>`);
    const expected = conv2d(INPUT_PRESETS['example-c'], [EXAMPLE_C_FILTER]).steps[0];
    expect(panels(el, '.input')).to.have.length(3);
    const partials = [...el.shadowRoot!.querySelectorAll('[part="partial-sum"]')].map((p) => p.textContent!.trim());
    expect(partials).to.deep.equal(expected.channelSums.map((s) => `Σ = ${Math.round(s)}`));
    expect(partials).to.deep.equal(['Σ = 180', 'Σ = 180', 'Σ = 180']);
    expect(equation(el)).to.equal('ch0 180 + ch1 180 + ch2 180 = 540');
    await setAttr(el, 'step', '8');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['540', '540', '540', '360', '360', '360', '180', '180', '180']);
  });

  it('moves by two cells with stride 2: [[6,−8],[−3,−2]]', async () => {
    const el = await stepper(html`<cnn-conv-stepper stride="2" step="3"></cnn-conv-stepper>`);
    expect(counter(el)).to.equal('Step 4 / 4');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['6', `${MINUS}8`, `${MINUS}3`, `${MINUS}2`]);
    expect(cellsWithPart(panel(el, '.input'), 'window')[0]).to.equal('2,2');
  });

  it('pads with "same": the input is drawn 7×7 with hatched padding and the output is 5×5, top-left −7', async () => {
    const el = await stepper(html`<cnn-conv-stepper padding="same"></cnn-conv-stepper>`);
    const input = panel(el, '.input');
    expect(cellTexts(input)).to.have.length(49);
    expect(cellsWithPart(input, 'padding')).to.have.length(24);
    expect(cellTexts(panel(el, '.output'))).to.have.length(25);
    expect(equation(el).endsWith(`= ${MINUS}7`)).to.be.true;
    // The padding terms of the first window are drawn as padding in the equation too.
    expect(el.shadowRoot!.querySelectorAll('[part="equation"] .term.padded')).to.have.length(5);
    expect(counter(el)).to.equal('Step 1 / 25');
  });

  it('shows the kernel rotated with flip and sums what the engine sums', async () => {
    const el = await stepper(html`<cnn-conv-stepper kernel="horizontal-edge" flip></cnn-conv-stepper>`);
    const expected = conv2d(exampleA, [[KERNEL_PRESETS['horizontal-edge']]], undefined, { flip: true }).steps[0];
    expect(cellTexts(panel(el, '.kernel'))).to.deep.equal([MINUS + '1', MINUS + '1', MINUS + '1', '0', '0', '0', '1', '1', '1']);
    expect(equation(el).endsWith(`= ${shown(expected.sum)}`)).to.be.true;
  });

  it('stacks one output map per filter and outlines the one being written', async () => {
    const kernel = JSON.stringify([vertical[0], [KERNEL_PRESETS['horizontal-edge']]]);
    const el = await stepper(html`<cnn-conv-stepper kernel=${kernel} bias="[0, 1]" step="9"></cnn-conv-stepper>`);
    const maps = panels(el, '.output');
    expect(maps).to.have.length(2);
    expect(cellsWithPart(maps[0], 'active')).to.deep.equal([]);
    expect(cellsWithPart(maps[1], 'active')).to.deep.equal(['0,0']);
    expect(cellTexts(maps[0])).to.deep.equal([6, -9, -8, -3, -2, -3, -3, 0, -2].map(shown));
    expect(live(el).startsWith('Filter 1, output (0, 0)')).to.be.true;
    expect(equation(el)).to.contain('+ bias 1 =');
  });

  it('steps with ←/→, jumps with Home/End, toggles play with Space, and keeps the keys from the page', async () => {
    // fixture() renders into a container <div>: the parent page listener goes there.
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    const wrapper = el.parentElement!;
    const reachedParent: string[] = [];
    wrapper.addEventListener('keydown', (e) => reachedParent.push(e.key));
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.step).to.equal(1);
    expect(el.getAttribute('step')).to.equal('1');
    expect(counter(el)).to.equal('Step 2 / 9');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.step).to.equal(8);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.step).to.equal(7);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.step).to.equal(0);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.playing).to.be.true;
    expect(el.hasAttribute('playing')).to.be.true;
    expect(button(el, 'play').getAttribute('aria-label')).to.equal('Pause');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.playing).to.be.false;
    expect(reachedParent).to.deep.equal([]);
    // Keys it does not use pass through.
    await sendKeys({ press: 'KeyA' });
    expect(reachedParent).to.deep.equal(['a']);
  });

  it('drives the same state from its buttons', async () => {
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    button(el, 'next').click();
    await settle(el);
    button(el, 'next').click();
    await settle(el);
    expect(el.step).to.equal(2);
    button(el, 'previous').click();
    await settle(el);
    expect(el.step).to.equal(1);
    button(el, 'speed').click();
    await settle(el);
    expect(el.speed).to.equal(2);
    expect(button(el, 'speed').textContent!.trim()).to.equal('Speed 2×');
    button(el, 'reset').click();
    await settle(el);
    expect(el.step).to.equal(0);
  });

  it('plays on its own: the next step arrives without a key, and playing stops at the end', async () => {
    const el = await stepper(html`<cnn-conv-stepper speed="4" step="7"></cnn-conv-stepper>`);
    button(el, 'play').click();
    const event: CnnStepEvent = await oneEvent(el, 'cnn-step');
    expect(event.detail.step).to.equal(8);
    await new Promise<void>((resolve) => {
      const check = () => (el.playing ? setTimeout(check, 50) : resolve());
      check();
    });
    expect(el.step).to.equal(8);
    expect(el.hasAttribute('playing')).to.be.false;
  });

  it('clears its timer when removed from the page', async () => {
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    const scheduled: unknown[] = [];
    const cleared: unknown[] = [];
    const [realSet, realClear] = [window.setTimeout, window.clearTimeout];
    window.setTimeout = ((handler: TimerHandler, ms?: number) => {
      const id = realSet(handler, ms);
      scheduled.push(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      cleared.push(id);
      realClear(id);
    }) as typeof window.clearTimeout;
    try {
      el.playing = true;
      await settle(el);
      expect(scheduled.length).to.be.greaterThan(0);
      el.remove();
      expect(cleared).to.include(scheduled[scheduled.length - 1]);
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });

  it('autoplays, unless the reader prefers reduced motion', async () => {
    const moving = await stepper(html`<cnn-conv-stepper autoplay></cnn-conv-stepper>`);
    expect(moving.playing).to.be.true;
    moving.playing = false;
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await stepper(html`<cnn-conv-stepper autoplay></cnn-conv-stepper>`);
      expect(still.playing).to.be.false;
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('fires cnn-step with the output position and value', async () => {
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    el.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event: CnnStepEvent = await oneEvent(el, 'cnn-step');
    expect(event.detail).to.deep.equal({ kind: 'conv2d', step: 1, total: 9, outChannel: 0, outRow: 0, outCol: 1, value: -9 });
  });

  it('jumps to the step of a clicked output cell', async () => {
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    click(cellAt(panel(el, '.output'), 1, 2));
    await settle(el);
    expect(el.step).to.equal(5);
    expect(live(el).startsWith('Output (1, 2) =')).to.be.true;
    expect(equation(el).endsWith(`= ${MINUS}3`)).to.be.true;
  });

  it('recomputes after an edit and keeps the step', async () => {
    const el = await stepper(html`<cnn-conv-stepper editable step="4"></cnn-conv-stepper>`);
    const input = panel(el, '.input');
    cellAt(input, 1, 1).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await input.updateComplete;
    const editor = input.shadowRoot!.querySelector('input')!;
    editor.value = '15';
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    const edited = exampleA.map((map) => map.map((row) => [...row]));
    edited[0][1][1] = 15;
    const expected = conv2d(edited, vertical).steps[4];
    expect(el.step).to.equal(4);
    expect(JSON.parse(el.getAttribute('input')!)).to.deep.equal(edited);
    expect(cellTexts(panel(el, '.products'))).to.deep.equal(expected.terms.map((t) => shown(t.product)));
    expect(cellTexts(panel(el, '.products'))[0]).to.equal('15');
  });

  it('edits a kernel cell, rotated back when flipped', async () => {
    const el = await stepper(html`<cnn-conv-stepper editable flip></cnn-conv-stepper>`);
    const kernel = panel(el, '.kernel');
    cellAt(kernel, 0, 0).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await kernel.updateComplete;
    const editor = kernel.shadowRoot!.querySelector('input')!;
    editor.value = '2';
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    // The drawn top-left of a rotated kernel is the given bottom-right.
    expect(JSON.parse(el.getAttribute('kernel')!)).to.deep.equal([[[[1, 0, -1], [1, 0, -1], [1, 0, 2]]]]);
    expect(cellTexts(panel(el, '.kernel'))[0]).to.equal('2');
    const expected = conv2d(exampleA, [[[[1, 0, -1], [1, 0, -1], [1, 0, 2]]]], undefined, { flip: true }).steps[0];
    expect(equation(el).endsWith(`= ${shown(expected.sum)}`)).to.be.true;
  });

  it('shows a readable error for bad attributes and recovers when they are fixed', async () => {
    const el = await stepper(html`<cnn-conv-stepper></cnn-conv-stepper>`);
    const cases: [string, string, string][] = [
      ['input', '[[1,2', 'input: not valid JSON'],
      ['input', '[[1,2],[3]]', engineMessage(() => conv2d([[[1, 2], [3]]], vertical))],
      ['input', '[[1,2],[3,4]]', engineMessage(() => conv2d([[[1, 2], [3, 4]]], vertical))],
      ['stride', '0', 'stride must be a positive integer, got 0'],
      ['kernel', 'blurry', 'kernel: unknown preset "blurry"'],
      ['kernel', '[[[1]],[[1]]]', engineMessage(() => conv2d(exampleA, [[[[1]], [[1]]]]))],
    ];
    for (const [name, value, message] of cases) {
      await setAttr(el, name, value);
      expect(alertText(el), `${name}=${value}`).to.contain(message);
      expect(alertText(el)).to.contain('This example cannot be shown');
      await setAttr(el, name, null);
      expect(alertText(el)).to.equal('');
      expect(cellTexts(panel(el, '.products'))[0]).to.equal('7');
    }
    expect(engineMessage(() => conv2d([[[1, 2], [3, 4]]], vertical))).to.contain('larger than the padded input');
  });

  it('wraps a channel row on a phone-wide container and keeps it on one line when there is room', async () => {
    const phone = await fixtureIn<CnnConvStepper>(html`<cnn-conv-stepper input="example-a" kernel="vertical-edge"></cnn-conv-stepper>`,
      'width: 356px; --cnn-cell-size: 40px');
    await settle(phone);
    const right = phone.getBoundingClientRect().right;
    const pieces = [...phone.shadowRoot!.querySelectorAll('.channel-row *')];
    for (const piece of pieces) expect(piece.getBoundingClientRect().right, piece.className).to.be.at.most(right + 0.5);
    expect(panel(phone, '.kernel').getBoundingClientRect().top).to.be.above(panel(phone, '.input').getBoundingClientRect().bottom - 1);
    // Each operator stays on the line of the matrix it leads to: "× kernel", "= products".
    for (const [operator, name] of [['.times', '.kernel'], ['.equals', '.products']]) {
      const op = phone.shadowRoot!.querySelector(operator)!.getBoundingClientRect();
      const box = panel(phone, name).getBoundingClientRect();
      expect((op.top + op.bottom) / 2, operator).to.be.within(box.top, box.bottom);
      expect(op.right, operator).to.be.at.most(box.left + 1);
    }

    const projector = await fixtureIn<CnnConvStepper>(html`<cnn-conv-stepper input="example-a" kernel="vertical-edge"></cnn-conv-stepper>`,
      'width: 1200px; --cnn-cell-size: 56px');
    await settle(projector);
    const inputBox = panel(projector, '.input').getBoundingClientRect();
    for (const name of ['.kernel', '.products']) {
      const box = panel(projector, name).getBoundingClientRect();
      expect(box.left, name).to.be.above(inputBox.right);
      expect(box.top, name).to.be.below(inputBox.bottom);
    }
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await stepper(html`<cnn-conv-stepper lang="ko" input="[[1,2"></cnn-conv-stepper>`);
    expect(alertText(el)).to.contain('이 예제를 표시할 수 없습니다');
    expect(alertText(el)).to.contain('올바른 JSON이 아닙니다');
    await setAttr(el, 'input', 'example-a');
    expect(counter(el)).to.equal('단계 1 / 9');
    expect(button(el, 'play').textContent!.trim()).to.equal('재생');
    expect(button(el, 'next').getAttribute('aria-label')).to.equal('다음 단계');
    expect(live(el).startsWith('출력 (0, 0) = 7×1')).to.be.true;
    expect(panel(el, '.kernel').caption).to.equal('커널 3×3');
  });
});
