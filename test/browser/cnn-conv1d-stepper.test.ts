import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/cnn-conv1d-stepper';
import type { CnnConv1dStepper } from '../../components/cnn-conv1d-stepper';
import type { CnnStepEvent } from '../../components/shared/step-event';
import { conv1d } from '../../src/reference';
import { bindUrlState } from '../../src/site/lesson-url-sync';
import {
  MINUS,
  alertText,
  button,
  cellAt,
  cellTexts,
  cellsWithPart,
  click,
  container,
  counter,
  engineMessage,
  equation,
  fixtureIn,
  live,
  panel,
  settle,
  shadow,
  shown,
} from './stepper-harness';

async function stepper(template: ReturnType<typeof html>): Promise<CnnConv1dStepper> {
  const el = await fixture<CnnConv1dStepper>(template);
  await settle(el);
  return el;
}

async function setAttr(el: CnnConv1dStepper, name: string, value: string | null) {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await settle(el);
}

/** The words (or positions) printed above the input's columns. */
const columnLabels = (el: CnnConv1dStepper) =>
  [...shadow(panel(el, '.input')).querySelectorAll('.col-labels text')].map((t) => t.textContent);

const sentence = '["the","cat","sat","on","the","mat"]';

describe('<cnn-conv1d-stepper>', () => {
  it('slides [1, 0, −1] along the default series: x[t] − x[t+2]', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper></cnn-conv1d-stepper>`);
    expect(counter(el)).to.equal('Step 1 / 6');
    expect(cellTexts(panel(el, '.products'))).to.deep.equal(['1', '0', `${MINUS}2`]);
    expect(equation(el)).to.equal(`1×1 + 3×0 + 2×(${MINUS}1) = ${MINUS}1`);
    expect(live(el)).to.equal(`Output 0 = 1×1 + 3×0 + 2×(${MINUS}1) = ${MINUS}1`);
    expect(cellsWithPart(panel(el, '.input'), 'window')).to.deep.equal(['0,0', '0,1', '0,2']);
    await setAttr(el, 'step', '5');
    // 1−2, 3−5, 2−4, 5−6, 4−3, 6−2 by hand.
    expect(cellTexts(panel(el, '.output'))).to.deep.equal([-1, -2, -2, -1, 1, 4].map(shown));
  });

  it('gives 4 outputs for a length-5 input and a kernel of 2 (the Keras example)', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper input="[1,2,3,4,5]" kernel="[1,1]" step="3"></cnn-conv1d-stepper>`);
    expect(counter(el)).to.equal('Step 4 / 4');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['3', '5', '7', '9']);
  });

  it('keeps the length with padding "same" and halves it with stride 2', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper input="[1,2,3,4,5]" kernel="[1,1,1]" padding="same"></cnn-conv1d-stepper>`);
    expect(counter(el)).to.equal('Step 1 / 5');
    expect(cellsWithPart(panel(el, '.input'), 'padding')).to.deep.equal(['0,0', '0,6']);
    expect(equation(el)).to.equal('0×1 + 1×1 + 2×1 = 3');
    await setAttr(el, 'stride', '2');
    expect(counter(el)).to.equal('Step 1 / 3');
  });

  it('reads a sentence as embedding columns and a kernel of 3 as a 3-gram', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper tokens=${sentence}></cnn-conv1d-stepper>`);
    expect(columnLabels(el)).to.deep.equal(['the', 'cat', 'sat', 'on', 'the', 'mat']);
    const input = panel(el, '.input');
    const values = input.values as number[][];
    expect(values).to.have.length(4); // embedding size 4 by default
    // The same word has the same embedding; values are one-decimal numbers in [−1, 1].
    expect(values.map((row) => row[0])).to.deep.equal(values.map((row) => row[4]));
    for (const v of values.flat()) {
      expect(Math.abs(v)).to.be.at.most(1);
      expect(Math.round(v * 10) / 10).to.equal(v);
    }
    expect(cellsWithPart(input, 'window')).to.have.length(12);
    expect(panel(el, '.kernel').caption).to.equal('3-gram');
    const weights = panel(el, '.kernel').values as number[][];
    const expected = conv1d(values, [weights]).steps[0];
    expect(live(el)).to.equal(`Output 0 (the cat sat) = ${shown(Number(expected.sum.toFixed(3)))}`);
    expect(counter(el)).to.equal('Step 1 / 4');
  });

  it('takes given embeddings, one vector per word', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper tokens='["a","b","c"]' embeddings="[[1,0],[0,1],[1,1]]"
      kernel="[[1,1,1],[1,1,1]]"></cnn-conv1d-stepper>`);
    expect(live(el)).to.equal('Output 0 (a b c) = 4');
    expect(cellTexts(panel(el, '.input'))).to.deep.equal(['1', '0', '1', '0', '1', '1']);
  });

  it('gives one output row per filter', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper kernel="[[[1,0,-1]],[[1,1,1]]]" step="6"></cnn-conv1d-stepper>`);
    const { output } = conv1d([[1, 3, 2, 5, 4, 6, 3, 2]], [[[1, 0, -1]], [[1, 1, 1]]]);
    expect(counter(el)).to.equal('Step 7 / 12');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal([...output[0].map(shown), '6', '', '', '', '', '']);
    expect(cellsWithPart(panel(el, '.output'), 'active')).to.deep.equal(['1,0']);
    expect(live(el)).to.equal('Filter 1, output 0 = 1×1 + 3×1 + 2×1 = 6');
    await setAttr(el, 'bias', `[0, ${-0.5}]`);
    expect(equation(el)).to.equal(`1×1 + 3×1 + 2×1 + bias (${MINUS}0.5) = 5.5`);
  });

  it('handles keys without leaking them, jumps on click and fires cnn-step', async () => {
    // fixture() renders into a container <div>: the parent page listener goes there.
    const el = await stepper(html`<cnn-conv1d-stepper></cnn-conv1d-stepper>`);
    const wrapper = el.parentElement!;
    let leaked = 0;
    wrapper.addEventListener('keydown', () => leaked++);
    el.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event: CnnStepEvent = await oneEvent(el, 'cnn-step');
    expect(event.detail).to.deep.equal({ kind: 'conv1d', step: 1, total: 6, outChannel: 0, outPosition: 1, value: -2 });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.step).to.equal(5);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.playing).to.be.true;
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.playing).to.be.false;
    expect(el.step).to.equal(0);
    expect(leaked).to.equal(0);
    click(cellAt(panel(el, '.output'), 0, 3));
    await settle(el);
    expect(el.step).to.equal(3);
  });

  it('shows readable errors and recovers', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper></cnn-conv1d-stepper>`);
    const cases: [string, string, string][] = [
      ['input', '[1,2', 'input: not valid JSON'],
      ['input', '[[1,2],[3]]', engineMessage(() => conv1d([[1, 2], [3]], [[[1, 0, -1]]]))],
      ['kernel', '[1,1,1,1,1,1,1,1,1]', engineMessage(() => conv1d([[1, 3, 2, 5, 4, 6, 3, 2]], [[[1, 1, 1, 1, 1, 1, 1, 1, 1]]]))],
      ['stride', '0', 'stride must be a positive integer, got 0'],
      ['tokens', '"cat"', 'tokens: expected a non-empty JSON list of words'],
      ['kernel', '[[1,0,-1],[1,0,-1]]', engineMessage(() => conv1d([[1, 3, 2, 5, 4, 6, 3, 2]], [[[1, 0, -1], [1, 0, -1]]]))],
    ];
    for (const [name, value, message] of cases) {
      await setAttr(el, name, value);
      expect(alertText(el), `${name}=${value}`).to.contain(message);
      await setAttr(el, name, null);
      expect(alertText(el)).to.equal('');
      expect(counter(el)).to.equal('Step 1 / 6');
    }
    await setAttr(el, 'tokens', '["a","b","c"]');
    await setAttr(el, 'embeddings', '[[1,0],[0,1]]');
    expect(alertText(el)).to.contain('embeddings: 2 embeddings for 3 words');
  });

  it('is as wide as its diagrams on a slide, so it centres, with the output on a line of its own', async () => {
    const el = await fixtureIn<CnnConv1dStepper>(html`<cnn-conv1d-stepper style="width: fit-content; margin: 0 auto"
      tokens='["the","movie","was","not","good","at","all"]' kernel-size="3" filters="2"></cnn-conv1d-stepper>`,
      'width: 1216px; --cnn-cell-size: 56px');
    await settle(el);
    const box = el.getBoundingClientRect();
    const frame = el.parentElement!.getBoundingClientRect();
    // Twelve products make an equation wider than the slide; it wraps instead of widening the element.
    expect(box.width).to.be.below(frame.width - 100);
    expect(box.left - frame.left).to.be.closeTo(frame.right - box.right, 1);
    const products = panel(el, '.products').getBoundingClientRect();
    expect(products.right).to.be.at.least(box.right - 40);
    expect(panel(el, '.output').getBoundingClientRect().top).to.be.above(panel(el, '.input').getBoundingClientRect().bottom);
    const line = shadow(el).querySelector('[part="equation"]')!.getBoundingClientRect();
    expect(line.right).to.be.at.most(box.right);
  });

  it('keeps "× kernel" and "= products" together when a narrow phone wraps the row', async () => {
    const el = await fixtureIn<CnnConv1dStepper>(html`<cnn-conv1d-stepper tokens='["the","movie","was","not","good","at","all"]'
      kernel-size="3"></cnn-conv1d-stepper>`, 'width: 300px; --cnn-cell-size: 40px');
    // 300px cannot hold "× 3×3 = 3×3" on one line, so the row wraps.
    expect(panel(el, '.products').getBoundingClientRect().top).to.be.above(panel(el, '.kernel').getBoundingClientRect().bottom - 1);
    await settle(el);
    const right = el.getBoundingClientRect().right;
    for (const piece of shadow(el).querySelectorAll('.stage *')) expect(piece.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    const ops = [...shadow(el).querySelectorAll('.row .operator')];
    for (const [op, name] of [[ops[0], '.kernel'], [ops[1], '.products']] as const) {
      const box = panel(el, name).getBoundingClientRect();
      const sign = op.getBoundingClientRect();
      expect((sign.top + sign.bottom) / 2, name).to.be.within(box.top, box.bottom);
      expect(sign.right, name).to.be.at.most(box.left + 1);
    }
  });

  it('writes no default it was not given (kernel-size, filters, seed, speed), so a fresh lesson URL stays clean', async () => {
    const before = location.search;
    // As a lesson does: render, then bind in the same task, before the element's first update.
    const host = container();
    host.innerHTML = '<cnn-conv1d-stepper data-url-key="k" input="[1,3,2,5,4]" kernel="[-1,1]"></cnn-conv1d-stepper>';
    const binding = bindUrlState(host);
    try {
      const el = host.querySelector('cnn-conv1d-stepper')!;
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve));
      for (const name of ['kernel-size', 'filters', 'seed', 'embedding-size', 'speed']) expect(el.hasAttribute(name), name).to.be.false;
      expect(el.kernelSize).to.equal(3);
      expect(el.getAttribute('step')).to.equal('0');
      expect(location.search).to.equal(before);
      // The step still travels: one press of Next puts it in the link.
      click(button(el, 'next'));
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve));
      expect(new URLSearchParams(location.search).get('k.step')).to.equal('1');
      expect(new URLSearchParams(location.search).has('k.kernel-size')).to.be.false;
    } finally {
      binding.dispose();
      host.remove();
      history.replaceState(history.state, '', `${location.pathname}${before}`);
    }
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await stepper(html`<cnn-conv1d-stepper lang="ko" tokens='["a","b","c"]' embeddings="[[1,0],[0,1],[1,1]]"
      kernel="[[1,1,1],[1,1,1]]"></cnn-conv1d-stepper>`);
    expect(counter(el)).to.equal('단계 1 / 1');
    expect(live(el)).to.equal('출력 0 (a b c) = 4');
    expect(panel(el, '.input').caption).to.equal('문장: 단어 3개, 임베딩 크기 2');
    expect(button(el, 'reset').textContent!.trim()).to.equal('처음으로');
  });
});
