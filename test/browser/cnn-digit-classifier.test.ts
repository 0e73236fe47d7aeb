import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/cnn-digit-classifier';
import type { CnnDigitClassifier, DigitClassifiedEvent } from '../../components/cnn-digit-classifier';

const LENET = '/public/pretrained/lenet5.cnnw';
const MLP = '/public/pretrained/mlp.cnnw';

function padCanvas(el: CnnDigitClassifier): HTMLCanvasElement {
  const pad = el.shadowRoot!.querySelector('cnn-digit-pad')!;
  return pad.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part="pad"]')!;
}

/** A pointer stroke through points given as fractions of the pad's size on screen. */
function stroke(el: CnnDigitClassifier, points: [number, number][]): void {
  const canvas = padCanvas(el);
  const rect = canvas.getBoundingClientRect();
  const at = ([fx, fy]: [number, number]) => ({ clientX: rect.left + fx * rect.width, clientY: rect.top + fy * rect.height });
  const base = { pointerId: 3, pointerType: 'pen', isPrimary: true, bubbles: true, composed: true, button: 0, buttons: 1 };
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...base, ...at(points[0]) }));
  for (const point of points.slice(1)) canvas.dispatchEvent(new PointerEvent('pointermove', { ...base, ...at(point) }));
  canvas.dispatchEvent(new PointerEvent('pointerup', { ...base, buttons: 0, ...at(points[points.length - 1]) }));
}

/** A vertical stroke down the middle of the pad: a "1". */
const ONE: [number, number][] = Array.from({ length: 9 }, (_, i) => [0.5, 0.15 + i * 0.0875] as [number, number]);

/** A closed loop: a "0". */
const ZERO: [number, number][] = Array.from({ length: 33 }, (_, i) => {
  const a = (i / 32) * 2 * Math.PI;
  return [0.5 + 0.22 * Math.sin(a), 0.5 - 0.32 * Math.cos(a)] as [number, number];
});

const loaded = (el: CnnDigitClassifier) => waitUntil(() => el.network !== null, 'model not loaded', { timeout: 8000 });

describe('<cnn-digit-classifier>', () => {
  it('reads a vertical stroke as 1 with the shipped LeNet-5 and shows it on the pad', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier weights=${LENET}></cnn-digit-classifier>`);
    await loaded(el);
    const finals: DigitClassifiedEvent[] = [];
    el.addEventListener('cnn-digit-classified', (e) => {
      if (e.detail.final) finals.push(e);
    });
    stroke(el, ONE);
    expect(finals).to.have.length(1);
    expect(finals[0].detail.predicted).to.equal(1);
    expect(el.prediction).to.equal(1);
    const sum = finals[0].detail.probabilities.reduce((a, b) => a + b, 0);
    expect(sum).to.be.closeTo(1, 1e-5);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="digit"]')!.textContent!.trim()).to.equal('1');
    const pad = el.shadowRoot!.querySelector('cnn-digit-pad')! as HTMLElement & { probabilities: unknown; updateComplete: Promise<unknown> };
    expect(pad.probabilities).to.deep.equal(finals[0].detail.probabilities);
    await pad.updateComplete;
    expect(pad.shadowRoot!.querySelectorAll('svg[part="chart"] g.bar')).to.have.length(10);
  });

  it('reads a loop as 0 with the dense network too (model="mlp")', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier weights=${MLP}></cnn-digit-classifier>`);
    await loaded(el);
    const finals: DigitClassifiedEvent[] = [];
    el.addEventListener('cnn-digit-classified', (e) => {
      if (e.detail.final) finals.push(e);
    });
    stroke(el, ZERO);
    expect(finals).to.have.length(1);
    const event = finals[0];
    expect(event.detail.predicted).to.equal(0);
  });

  it('forgets the answer when the pad is cleared', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier weights=${LENET}></cnn-digit-classifier>`);
    await loaded(el);
    stroke(el, ONE);
    expect(el.prediction).to.equal(1);
    el.shadowRoot!.querySelector('cnn-digit-pad')!.clear();
    expect(el.prediction).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="digit"]')!.textContent!.trim()).to.equal('?');
  });

  it('shows the feature maps of the drawing with show-activations', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier weights=${LENET} show-activations></cnn-digit-classifier>`);
    await loaded(el);
    stroke(el, ONE);
    await el.updateComplete;
    const maps = el.shadowRoot!.querySelector('cnn-feature-maps')!;
    await maps.updateComplete;
    expect(maps.inference!.predicted).to.equal(1);
    expect(maps.shadowRoot!.querySelectorAll('section[part="layer"]')).to.have.length(8);
  });

  it('shows a missing weights file as an error inside itself, and the pad still draws', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier weights="/public/pretrained/missing.cnnw"></cnn-digit-classifier>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error shown', { timeout: 8000 });
    const message = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(message).to.contain('Could not load the model: could not fetch /public/pretrained/missing.cnnw: HTTP 404');
    stroke(el, ONE);
    expect(el.prediction).to.equal(null);
  });

  it('shows a file that is not a weights file with the format error', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier weights="/public/favicon.svg"></cnn-digit-classifier>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error shown', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not a ConvLab weights file');
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await fixture<CnnDigitClassifier>(html`<cnn-digit-classifier lang="ko" weights=${LENET}></cnn-digit-classifier>`);
    await loaded(el);
    stroke(el, ONE);
    await el.updateComplete;
    const all = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(all).to.contain('LeNet-5 (CNN)의 예측');
    expect(all).to.contain('확신도');
  });
});
