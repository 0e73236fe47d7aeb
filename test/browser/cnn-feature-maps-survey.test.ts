import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/cnn-feature-maps-survey';
import type { CnnFeatureMapsSurvey } from '../../components/cnn-feature-maps-survey';

const LENET = '/public/pretrained/lenet5.cnnw';
const MNIST = '/public/generated/mnist/';

const thumbsDone = (el: CnnFeatureMapsSurvey) =>
  waitUntil(() => el.shadowRoot!.querySelectorAll('[part="thumb"]').length > 0, 'survey not shown', { timeout: 10000 });

describe('<cnn-feature-maps-survey>', () => {
  it('shows, for each of the 16 channels of conv2d_1, the top images with a 14×14 frame', async () => {
    const el = await fixture<CnnFeatureMapsSurvey>(html`<cnn-feature-maps-survey weights=${LENET} mnist=${MNIST} count="200" top="3"></cnn-feature-maps-survey>`);
    await thumbsDone(el);
    const rows = [...el.shadowRoot!.querySelectorAll('.channel')];
    expect(rows).to.have.length(16);
    expect(rows.every((row) => row.querySelectorAll('[part="thumb"]').length === 3)).to.equal(true);
    expect(rows.every((row) => row.querySelectorAll('.frame').length === 3)).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('14×14');
  });

  it('finds the nearest images by a layer and by pixels, and moves the query with the arrow keys', async () => {
    const el = await fixture<CnnFeatureMapsSurvey>(html`<cnn-feature-maps-survey weights=${LENET} mnist=${MNIST} mode="neighbours" count="200" top="4" image="0"></cnn-feature-maps-survey>`);
    await thumbsDone(el);
    const sections = [...el.shadowRoot!.querySelectorAll('section.neighbours')];
    expect(sections).to.have.length(2);
    expect(sections.map((s) => s.querySelectorAll('[part="thumb"]').length)).to.deep.equal([4, 4]);
    // Test image 0 is a 7: its nearest neighbours by the flatten vector are sevens too.
    expect(sections[0].textContent).to.contain('4 of 4 share the label 7');
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
    container.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.getAttribute('image')).to.equal('1');
  });

  it('explains a layer that cannot be surveyed, in Korean', async () => {
    const el = await fixture<CnnFeatureMapsSurvey>(html`<cnn-feature-maps-survey lang="ko" weights=${LENET} mnist=${MNIST} layer="dense" count="50"></cnn-feature-maps-survey>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error', { timeout: 10000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('“dense”은(는) 여기서 쓸 수 없습니다');
  });
});
