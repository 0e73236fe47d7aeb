import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/cnn-pool-stepper';
import type { CnnPoolStepper } from '../../components/cnn-pool-stepper';
import type { CnnStepEvent } from '../../components/shared/step-event';
import { globalPool2d, pool2d } from '../../src/reference';
import { INPUT_PRESETS } from '../../src/presets';
import {
  alertText,
  button,
  cellAt,
  cellTexts,
  cellsWithPart,
  click,
  counter,
  engineMessage,
  equation,
  live,
  panel,
  panels,
  settle,
  textOf,
} from './stepper-harness';

const poolA = INPUT_PRESETS['pool-a'];

async function stepper(template: ReturnType<typeof html>): Promise<CnnPoolStepper> {
  const el = await fixture<CnnPoolStepper>(template);
  await settle(el);
  return el;
}

async function setAttr(el: CnnPoolStepper, name: string, value: string | null) {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await settle(el);
}

const winnerText = (el: CnnPoolStepper) => el.shadowRoot!.querySelector('[part="equation"] .winner')?.textContent ?? '';

describe('<cnn-pool-stepper>', () => {
  it('max-pools pool-a 2×2 / stride 2 by default into 9, 2, 6, 3, ringing each winner', async () => {
    const el = await stepper(html`<cnn-pool-stepper></cnn-pool-stepper>`);
    const { steps } = pool2d(poolA, { mode: 'max', size: 2 });
    expect(counter(el)).to.equal('Step 1 / 4');
    expect(equation(el)).to.equal('max(1, 3, 2, 9) = 9');
    const expected = ['9', '2', '6', '3'];
    for (let i = 0; i < 4; i++) {
      await setAttr(el, 'step', String(i));
      const winner = steps[i].winner!;
      expect(cellsWithPart(panel(el, '.input'), 'marked')).to.deep.equal([`${winner.row},${winner.col}`]);
      expect(winnerText(el)).to.equal(expected[i]);
      expect(equation(el).endsWith(`= ${expected[i]}`)).to.be.true;
    }
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(expected);
    // The ring is a shape, and screen readers hear "winner" on that cell.
    const marked = cellAt(panel(el, '.input'), 2, 3);
    expect(marked.querySelector('circle.mark')).to.exist;
    expect(marked.getAttribute('aria-label')).to.contain('Winner');
    expect(live(el)).to.equal('Output (1, 1) = max(2, 3, 1, 2) = 3; winner at (2, 3)');
  });

  it('average-pools pool-a into 3.75, 1.25, 3.75, 2 with the sum over the divisor', async () => {
    const el = await stepper(html`<cnn-pool-stepper mode="avg" step="3"></cnn-pool-stepper>`);
    const { output } = pool2d(poolA, { mode: 'avg', size: 2 });
    expect(output[0].flat()).to.deep.equal([3.75, 1.25, 3.75, 2.0]);
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['3.75', '1.25', '3.75', '2']);
    expect(equation(el)).to.equal('(2 + 3 + 1 + 2) / 4 = 2');
    await setAttr(el, 'step', '0');
    expect(equation(el)).to.equal('(1 + 3 + 2 + 9) / 4 = 3.75');
    expect(cellsWithPart(panel(el, '.input'), 'marked')).to.deep.equal([]);
  });

  it('pools pool-b to [[4,8],[6,9]]', async () => {
    const el = await stepper(html`<cnn-pool-stepper input="pool-b" step="3"></cnn-pool-stepper>`);
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['4', '8', '6', '9']);
  });

  it('slides with a stride smaller than the window when asked', async () => {
    const el = await stepper(html`<cnn-pool-stepper stride="1" step="8"></cnn-pool-stepper>`);
    const { output } = pool2d(poolA, { mode: 'max', size: 2, stride: 1 });
    expect(counter(el)).to.equal('Step 9 / 9');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(output[0].flat().map(String));
  });

  it('pads with "same" and never lets padding win', async () => {
    const el = await stepper(html`<cnn-pool-stepper input="small-3x3" padding="same" step="3"></cnn-pool-stepper>`);
    expect(cellsWithPart(panel(el, '.input'), 'padding')).to.have.length(7);
    expect(equation(el)).to.equal('max(9) = 9');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(['5', '6', '8', '9']);
  });

  it('global max pooling gives one value per channel', async () => {
    const el = await stepper(html`<cnn-pool-stepper mode="global-max" input="example-c" step="2"></cnn-pool-stepper>`);
    const { output } = globalPool2d(INPUT_PRESETS['example-c'], 'max');
    expect(counter(el)).to.equal('Step 3 / 3');
    expect(cellTexts(panel(el, '.output'))).to.deep.equal(output.map(String));
    expect(cellsWithPart(panel(el, '.input'), 'window')).to.have.length(25);
    expect(live(el).startsWith('Channel 2, output (0, 0) = max(')).to.be.true;
    click(cellAt(panel(el, '.output'), 0, 0));
    await settle(el);
    expect(el.step).to.equal(0);
  });

  it('global average pooling divides by every cell, its 16 addends shortened (43 / 16)', async () => {
    const el = await stepper(html`<cnn-pool-stepper mode="global-avg"></cnn-pool-stepper>`);
    expect(equation(el)).to.equal('(1 + 3 + 2 + … + 2) / 16 = 2.688');
    expect(live(el)).to.equal('Output (0, 0) = (1 + 3 + 2 + … + 2) / 16 = 2.688');
  });

  it('shortens a global max over 16 values, keeping the winner, the count and the result', async () => {
    // pool-a row by row: 1 3 2 1 / 2 9 1 1 / 1 3 2 3 / 5 6 1 2; the 9 at (1, 1) wins.
    const el = await stepper(html`<cnn-pool-stepper mode="global-max"></cnn-pool-stepper>`);
    expect(equation(el)).to.equal('max(1, 3, 2, …, 9, …, 2) over 16 values = 9');
    expect(textOf(el, '[part="equation"] .winner')).to.equal('9');
    expect(textOf(el, '[part="equation"] .result')).to.equal('9');
    expect(live(el)).to.equal('Output (0, 0) = max(1, 3, 2, …, 9, …, 2) over 16 values = 9; winner at (1, 1)');
    el.setAttribute('lang', 'ko');
    await settle(el);
    expect(equation(el)).to.equal('max(1, 3, 2, …, 9, …, 2) (값 16개) = 9');
  });

  it('handles keys, clicks on output cells and fires cnn-step with the winner', async () => {
    // fixture() renders into a container <div>: the parent page listener goes there.
    const el = await stepper(html`<cnn-pool-stepper></cnn-pool-stepper>`);
    const wrapper = el.parentElement!;
    let leaked = 0;
    wrapper.addEventListener('keydown', () => leaked++);
    el.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event: CnnStepEvent = await oneEvent(el, 'cnn-step');
    expect(event.detail).to.deep.equal({ kind: 'pool', step: 1, total: 4, channel: 0, outRow: 0, outCol: 1, value: 2, winner: { row: 0, col: 2 } });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.step).to.equal(3);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.playing).to.be.true;
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.playing).to.be.false;
    expect(leaked).to.equal(0);
    click(cellAt(panel(el, '.output'), 1, 0));
    await settle(el);
    expect(el.step).to.equal(2);
    expect(panels(el, '.output')).to.have.length(1);
  });

  it('shows readable errors and recovers', async () => {
    const el = await stepper(html`<cnn-pool-stepper></cnn-pool-stepper>`);
    const cases: [string, string, string][] = [
      ['input', '[[1,2', 'input: not valid JSON'],
      ['input', '[[1,2],[3]]', engineMessage(() => pool2d([[[1, 2], [3]]], { mode: 'max', size: 2 }))],
      ['size', '5', engineMessage(() => pool2d(poolA, { mode: 'max', size: 5 }))],
      ['stride', '0', 'stride must be a positive integer, got 0'],
      ['input', 'pool-z', 'input: unknown preset "pool-z"'],
      ['mode', 'median', 'mode: "median" is not one of max, avg, global-max, global-avg'],
    ];
    for (const [name, value, message] of cases) {
      await setAttr(el, name, value);
      expect(alertText(el), `${name}=${value}`).to.contain(message);
      await setAttr(el, name, null);
      expect(alertText(el)).to.equal('');
      expect(equation(el)).to.equal('max(1, 3, 2, 9) = 9');
    }
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await stepper(html`<cnn-pool-stepper lang="ko" mode="avg"></cnn-pool-stepper>`);
    expect(counter(el)).to.equal('단계 1 / 4');
    expect(button(el, 'play').textContent!.trim()).to.equal('재생');
    expect(el.shadowRoot!.querySelector('[part="operation"]')!.textContent).to.contain('평균 풀링 2×2, 스트라이드 2');
    expect(live(el)).to.equal('출력 (0, 0) = (1 + 3 + 2 + 9) / 4 = 3.75');
    await setAttr(el, 'mode', 'max');
    expect(live(el)).to.equal('출력 (0, 0) = max(1, 3, 2, 9) = 9, 최댓값 위치 (1, 1)');
  });
});
