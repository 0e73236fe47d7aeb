import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/cnn-feature-maps';
import type { CnnFeatureMaps } from '../../components/cnn-feature-maps';
import { buildModel } from '../../src/tiled';

/** Served by web-test-runner from the repository root. */
const LENET = '/public/pretrained/lenet5.cnnw';
const MNIST = '/public/generated/mnist/';

const ready = (el: CnnFeatureMaps) => waitUntil(() => el.inference !== null, 'no inference', { timeout: 8000 });
const sections = (el: CnnFeatureMaps) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('section[part="layer"]')];
const mapsOf = (section: HTMLElement) => section.querySelectorAll('canvas[part="map"]').length;
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** A vertical bar of ink, as a drawn "1" looks after preprocessing. */
function bar(): Float32Array {
  const x = new Float32Array(784);
  for (let r = 4; r < 24; r++) for (let c = 13; c < 16; c++) x[r * 28 + c] = 1;
  return x;
}

describe('<cnn-feature-maps>', () => {
  it('shows 6, 6, 16, 16 maps for the LeNet-5 conv and pool layers, then the flat layers, for a test image', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps weights=${LENET} mnist=${MNIST} image="0"></cnn-feature-maps>`);
    await ready(el);
    await el.updateComplete;
    const all = sections(el);
    expect(all.map((s) => s.dataset.name)).to.deep.equal([
      'conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'flatten', 'dense', 'dense_1', 'dense_2',
    ]);
    expect(all.slice(0, 4).map(mapsOf)).to.deep.equal([6, 6, 16, 16]);
    // Each map canvas holds one pixel per value: 28×28, 14×14, 10×10, 5×5.
    const sizes = all.slice(0, 4).map((s) => {
      const c = s.querySelector<HTMLCanvasElement>('canvas[part="map"]')!;
      return [c.width, c.height];
    });
    expect(sizes).to.deep.equal([[28, 28], [14, 14], [10, 10], [5, 5]]);
    expect(all.slice(4).every((s) => s.querySelector('canvas[part="vector"]') !== null)).to.equal(true);
    // The first MNIST test image is a 7, and the shipped model reads it.
    expect(text(el)).to.contain('label 7');
    expect(el.inference!.predicted).to.equal(7);
  });

  it('draws the first layer’s 6 filters of 5×5 on a diverging scale (white at 0)', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps .network=${buildModel('lenet5', { seed: 5, maxBatch: 1 })} .input=${bar()}></cnn-feature-maps>`);
    await ready(el);
    await el.updateComplete;
    const filters = [...el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('canvas[part="filter"]')];
    expect(filters).to.have.length(6);
    expect(filters.every((c) => c.width === 5 && c.height === 5)).to.equal(true);
    // Set one weight to exactly 0: its pixel must be the scale's middle, near white.
    const kernel = el.network!.parameters()[0].value;
    kernel[0] = 0;
    el.input = bar(); // a new input array runs the model again and repaints
    await waitUntil(() => el.inference !== null);
    await el.updateComplete;
    const [r, g, b] = filters[0].getContext('2d')!.getImageData(0, 0, 1, 1).data;
    expect(Math.min(r, g, b)).to.be.above(235);
  });

  it('paints a map brighter where the activation is larger', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps weights=${LENET} .input=${bar()}></cnn-feature-maps>`);
    await ready(el);
    await el.updateComplete;
    const layer = el.inference!.layers[0];
    // The strongest and a zero activation of channel 0 (the bar gives both).
    const plane = layer.values.subarray(0, 784);
    const hot = plane.indexOf(Math.max(...plane));
    const cold = plane.indexOf(0);
    expect(cold).to.be.at.least(0);
    const canvas = sections(el)[0].querySelector<HTMLCanvasElement>('canvas[part="map"]')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, 28, 28).data;
    const luminance = (p: number) => 0.2126 * data[4 * p] + 0.7152 * data[4 * p + 1] + 0.0722 * data[4 * p + 2];
    expect(luminance(hot)).to.be.above(luminance(cold) + 100);
  });

  it('moves between test images and layers with the keyboard, without letting the keys out', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps weights=${LENET} mnist=${MNIST} image="0"></cnn-feature-maps>`);
    await ready(el);
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
    const outside: string[] = [];
    el.parentElement!.addEventListener('keydown', (e) => outside.push(e.key));
    const press = (key: string) => container.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    press('ArrowRight');
    await el.updateComplete;
    expect(el.getAttribute('image')).to.equal('1');
    expect(text(el)).to.contain('label 2'); // the second MNIST test image is a 2
    press('ArrowLeft');
    press('ArrowLeft');
    expect(el.image).to.equal(9999);
    press('ArrowDown');
    await el.updateComplete;
    expect(el.getAttribute('layer')).to.equal('conv2d');
    expect(sections(el).map((s) => s.dataset.name)).to.deep.equal(['conv2d']);
    expect(outside).to.deep.equal([]);
  });

  it('explains a missing weights file inside itself', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps weights="/public/pretrained/no-such-file.cnnw" .input=${bar()}></cnn-feature-maps>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error shown', { timeout: 8000 });
    const message = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(message).to.contain('Could not load the model');
    expect(message).to.contain('no-such-file.cnnw');
    expect(sections(el)).to.have.length(0);
  });

  it('explains an input of the wrong size', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps .network=${buildModel('lenet5', { seed: 5, maxBatch: 1 })} .input=${new Float32Array(100)}></cnn-feature-maps>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('input: expected 784 finite numbers, got 100 values');
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await fixture<CnnFeatureMaps>(html`<cnn-feature-maps lang="ko" .network=${buildModel('lenet5', { seed: 5, maxBatch: 1 })} .input=${bar()}></cnn-feature-maps>`);
    await ready(el);
    await el.updateComplete;
    const all = text(el);
    expect(all).to.contain('모든 층');
    expect(all).to.contain('28×28 특성 맵 6개');
    expect(all).to.contain('직접 그린 숫자');
    expect(all).to.contain('conv2d의 학습된 필터');
  });
});
