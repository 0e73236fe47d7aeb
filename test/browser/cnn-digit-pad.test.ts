import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/cnn-digit-pad';
import type { CnnDigitPad, DigitInputEvent } from '../../components/cnn-digit-pad';

const clean = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

function padCanvas(el: CnnDigitPad): HTMLCanvasElement {
  return el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part="pad"]')!;
}

/** Dispatches a pointer stroke through points given as fractions of the pad's size on screen. */
function stroke(el: CnnDigitPad, points: [number, number][], pointerType = 'pen'): void {
  const canvas = padCanvas(el);
  const rect = canvas.getBoundingClientRect();
  const at = ([fx, fy]: [number, number]) => ({ clientX: rect.left + fx * rect.width, clientY: rect.top + fy * rect.height });
  const base = { pointerId: 7, pointerType, isPrimary: true, bubbles: true, composed: true, button: 0, buttons: 1 };
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...base, ...at(points[0]) }));
  for (const point of points.slice(1)) canvas.dispatchEvent(new PointerEvent('pointermove', { ...base, ...at(point) }));
  canvas.dispatchEvent(new PointerEvent('pointerup', { ...base, buttons: 0, ...at(points[points.length - 1]) }));
}

/** Centre of mass with pixel centres at i + 0.5, and the ink's extent (values > 0.05). */
function measure(pixels: Float32Array): { x: number; y: number; height: number; mass: number } {
  let mass = 0;
  let sx = 0;
  let sy = 0;
  let top = 28;
  let bottom = -1;
  pixels.forEach((v, i) => {
    const x = i % 28;
    const y = Math.floor(i / 28);
    mass += v;
    sx += v * (x + 0.5);
    sy += v * (y + 0.5);
    if (v > 0.05) {
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  });
  return { x: sx / mass, y: sy / mass, height: bottom - top + 1, mass };
}

/** Sum of the alpha channel of a canvas: 0 means nothing is drawn. */
function inkOnCanvas(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let sum = 0;
  for (let i = 3; i < data.length; i += 4) sum += data[i];
  return sum;
}

describe('<cnn-digit-pad>', () => {
  it('turns a pointer stroke into a 784-value MNIST-like input with its ink at the centre', async () => {
    const el = await fixture<CnnDigitPad>(html`<cnn-digit-pad></cnn-digit-pad>`);
    const finals: DigitInputEvent[] = [];
    el.addEventListener('cnn-digit-input', (e) => {
      if (e.detail.final) finals.push(e);
    });
    // A "1" drawn in the top-left quarter of the pad, far from the centre.
    stroke(el, [
      [0.2, 0.1],
      [0.2, 0.2],
      [0.21, 0.3],
      [0.2, 0.4],
    ]);
    expect(finals).to.have.length(1);
    const { pixels, empty, cause } = finals[0].detail;
    expect(pixels).to.be.instanceOf(Float32Array);
    expect(pixels.length).to.equal(784);
    expect(empty).to.equal(false);
    expect(cause).to.equal('stroke');
    expect(Math.min(...pixels)).to.be.at.least(0);
    expect(Math.max(...pixels)).to.be.at.most(1);
    const m = measure(pixels);
    expect(Math.abs(m.x - 14)).to.be.below(0.5);
    expect(Math.abs(m.y - 14)).to.be.below(0.5);
    // The tall stroke is scaled so its height is 20 pixels (±1).
    expect(Math.abs(m.height - 20)).to.be.at.most(1);
    expect(el.input).to.not.equal(null);
  });

  it('fires while drawing too, marked as not final', async () => {
    const el = await fixture<CnnDigitPad>(html`<cnn-digit-pad throttle="0"></cnn-digit-pad>`);
    const causes: string[] = [];
    el.addEventListener('cnn-digit-input', (e) => causes.push(`${e.detail.cause}:${e.detail.final}`));
    stroke(el, [
      [0.5, 0.2],
      [0.5, 0.5],
      [0.5, 0.8],
    ], 'touch');
    expect(causes).to.deep.equal(['drawing:false', 'drawing:false', 'stroke:true']);
  });

  it('clears the pad and the preview, and fires an empty input', async () => {
    const el = await fixture<CnnDigitPad>(html`<cnn-digit-pad></cnn-digit-pad>`);
    stroke(el, [
      [0.3, 0.3],
      [0.7, 0.7],
    ]);
    expect(inkOnCanvas(padCanvas(el))).to.be.above(0);
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    setTimeout(() => clear.click());
    const event = (await oneEvent(el, 'cnn-digit-input')) as DigitInputEvent;
    expect(event.detail.empty).to.equal(true);
    expect(event.detail.cause).to.equal('clear');
    expect(event.detail.pixels.every((v) => v === 0)).to.equal(true);
    expect(inkOnCanvas(padCanvas(el))).to.equal(0);
    // The preview shows black (MNIST's background) everywhere.
    const preview = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.preview')!;
    const { data } = preview.getContext('2d')!.getImageData(0, 0, 28, 28);
    expect(data.filter((_, i) => i % 4 === 0).every((v) => v === 0)).to.equal(true);
    expect(el.input).to.equal(null);
  });

  it('draws a sample digit from the keyboard and clears with Delete', async () => {
    const el = await fixture<CnnDigitPad>(html`<cnn-digit-pad></cnn-digit-pad>`);
    const canvas = padCanvas(el);
    canvas.focus();
    const outside: string[] = [];
    el.parentElement!.addEventListener('keydown', (e) => outside.push(e.key));
    setTimeout(() => canvas.dispatchEvent(new KeyboardEvent('keydown', { key: '7', bubbles: true, composed: true })));
    const sample = (await oneEvent(el, 'cnn-digit-input')) as DigitInputEvent;
    expect(sample.detail.cause).to.equal('sample');
    expect(sample.detail.empty).to.equal(false);
    const m = measure(sample.detail.pixels);
    expect(Math.abs(m.x - 14)).to.be.below(0.5);
    expect(Math.abs(m.y - 14)).to.be.below(0.5);
    setTimeout(() => canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, composed: true })));
    const cleared = (await oneEvent(el, 'cnn-digit-input')) as DigitInputEvent;
    expect(cleared.detail.empty).to.equal(true);
    // Handled keys do not reach a slide deck around the element.
    expect(outside).to.deep.equal([]);
  });

  it('renders 10 probability bars with the most likely digit labelled', async () => {
    const el = await fixture<CnnDigitPad>(html`<cnn-digit-pad></cnn-digit-pad>`);
    el.probabilities = [0.01, 0.02, 0.01, 0.005, 0.005, 0.01, 0.0, 0.93, 0.005, 0.005];
    await el.updateComplete;
    const bars = [...el.shadowRoot!.querySelectorAll('svg[part="chart"] g.bar')];
    expect(bars).to.have.length(10);
    const best = bars.filter((bar) => bar.classList.contains('best'));
    expect(best).to.have.length(1);
    expect(best[0].getAttribute('aria-label')).to.equal('7: 93 %, most likely');
    expect(bars[3].getAttribute('aria-label')).to.equal('3: 1 %');
    expect(clean(el.shadowRoot!.querySelector('[part="prediction"]')?.textContent)).to.equal('Prediction: 7 (93 %)');
    // The 93 % bar is 93 times as long as a 1 % bar.
    const width = (bar: Element) => Number(bar.querySelector('rect.fill')!.getAttribute('width'));
    expect(width(bars[7]) / width(bars[0])).to.be.closeTo(93, 1e-6);
    el.setAttribute('lang', 'ko');
    await el.updateComplete;
    expect(clean(el.shadowRoot!.querySelector('[part="prediction"]')?.textContent)).to.equal('예측: 7 (93 %)');
    el.probabilities = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="probabilities"]')).to.equal(null);
  });

  it('explains bad probabilities instead of drawing them', async () => {
    const el = await fixture<CnnDigitPad>(html`<cnn-digit-pad probabilities="[0.5, 0.5]"></cnn-digit-pad>`);
    expect(clean(el.shadowRoot!.querySelector('[part="error"]')?.textContent)).to.equal(
      'probabilities: expected 10 numbers from 0 to 1, got [0.5,0.5]',
    );
    expect(el.shadowRoot!.querySelector('svg[part="chart"]')).to.equal(null);
  });
});
