import { expect, fixture, html } from '@open-wc/testing';
import '../../components/cnn-digit-gallery';
import type { CnnDigitGallery, GalleryItem } from '../../components/cnn-digit-gallery';

/** A 28×28 image with one bright pixel at (row, col). */
function dot(row: number, col: number): Uint8Array {
  const pixels = new Uint8Array(784);
  pixels[row * 28 + col] = 255;
  return pixels;
}

const items: GalleryItem[] = [
  { pixels: dot(3, 4), label: 4, predicted: 9, confidence: 0.87, index: 1234 },
  { pixels: dot(10, 10), label: 7, predicted: 1, confidence: 0.5 },
];

describe('<cnn-digit-gallery>', () => {
  it('draws each digit on a canvas with its labels and confidence', async () => {
    const el = await fixture<CnnDigitGallery>(html`<cnn-digit-gallery caption="Mistakes" .items=${items}></cnn-digit-gallery>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('figcaption.title')!.textContent).to.equal('Mistakes');
    const canvases = [...root.querySelectorAll('canvas')];
    expect(canvases).to.have.length(2);
    expect(canvases[0].getAttribute('aria-label')).to.equal('Test image 1234: a 4, predicted 9 with 87% confidence');
    const context = canvases[0].getContext('2d')!;
    expect(Array.from(context.getImageData(4, 3, 1, 1).data)).to.deep.equal([255, 255, 255, 255]);
    expect(Array.from(context.getImageData(5, 3, 1, 1).data)).to.deep.equal([0, 0, 0, 255]);
    const caption = root.querySelector('li figcaption')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(caption).to.equal('4 → 987%');
  });

  it('shows at most `max` digits and an empty message when there are none', async () => {
    const el = await fixture<CnnDigitGallery>(html`<cnn-digit-gallery max="1" .items=${items}></cnn-digit-gallery>`);
    expect(el.shadowRoot!.querySelectorAll('canvas')).to.have.length(1);
    const empty = await fixture<CnnDigitGallery>(html`<cnn-digit-gallery lang="ko"></cnn-digit-gallery>`);
    expect(empty.shadowRoot!.querySelector('.empty')!.textContent).to.equal('보여 줄 오답이 없습니다.');
  });

  it('accepts a JSON attribute and refuses items without labels', async () => {
    const json = JSON.stringify([{ pixels: Array.from(dot(0, 0)), label: 3, predicted: 5, confidence: 0.6 }]);
    const el = await fixture<CnnDigitGallery>(html`<cnn-digit-gallery items=${json}></cnn-digit-gallery>`);
    expect(el.shadowRoot!.querySelectorAll('canvas')).to.have.length(1);
    const bad = await fixture<CnnDigitGallery>(html`<cnn-digit-gallery items='[{"pixels":[]}]'></cnn-digit-gallery>`);
    expect(bad.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });
});
