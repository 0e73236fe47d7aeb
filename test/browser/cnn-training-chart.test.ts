import { expect, fixture, html } from '@open-wc/testing';
import '../../components/cnn-training-chart';
import type { CnnTrainingChart, ChartSeries } from '../../components/cnn-training-chart';
import { chartDomains } from '../../src/viz/render-line-chart';

const lossSeries: ChartSeries[] = [
  { label: 'training', points: [{ x: 0.5, y: 2 }, { x: 1, y: 1 }, { x: 1.5, y: 0.5 }, { x: 2, y: 0.25 }] },
  { label: 'validation', kind: 'points', dashed: true, points: [{ x: 1, y: 0.9 }, { x: 2, y: 0.4 }] },
];

/** The y pixel of each vertex of a path "M x,y L x,y …". */
function pathYs(path: SVGPathElement): number[] {
  return [...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
}

describe('<cnn-training-chart>', () => {
  it('draws one path per series, markers for epoch series, and a legend', async () => {
    const el = await fixture<CnnTrainingChart>(html`<cnn-training-chart metric="loss" x-max="3" .series=${lossSeries}></cnn-training-chart>`);
    const root = el.shadowRoot!;
    const groups = root.querySelectorAll('g.series');
    expect(groups).to.have.length(2);
    expect(root.querySelectorAll('g.series path')).to.have.length(2);
    expect(groups[1].querySelectorAll('circle')).to.have.length(2);
    expect(groups[1].classList.contains('dashed')).to.equal(true);
    // A falling loss is drawn going down the screen (y grows downward in SVG).
    const ys = pathYs(groups[0].querySelector('path')!);
    expect(ys).to.have.length(4);
    expect(ys[3]).to.be.greaterThan(ys[0]);
    expect([...root.querySelectorAll('ul.legend li')].map((li) => li.textContent?.trim())).to.deep.equal(['training', 'validation']);
  });

  it('runs the x axis to x-max so the curve grows into the frame, and y from 0 for loss', async () => {
    const el = await fixture<CnnTrainingChart>(html`<cnn-training-chart metric="loss" x-max="4" .series=${lossSeries}></cnn-training-chart>`);
    const ticks = [...el.shadowRoot!.querySelectorAll('.x-axis .tick text')].map((t) => t.textContent);
    expect(ticks.at(-1)).to.equal('4');
    const yTicks = [...el.shadowRoot!.querySelectorAll('.y-axis .tick text')].map((t) => t.textContent);
    expect(yTicks[0]).to.equal('0');
  });

  it('shows accuracy as percentages and summarises the newest values for screen readers', async () => {
    const series: ChartSeries[] = [{ label: 'test', kind: 'points', points: [{ x: 1, y: 0.95 }, { x: 2, y: 0.987 }] }];
    const el = await fixture<CnnTrainingChart>(html`<cnn-training-chart metric="accuracy" x-max="2" .series=${series}></cnn-training-chart>`);
    const yTicks = [...el.shadowRoot!.querySelectorAll('.y-axis .tick text')].map((t) => t.textContent ?? '');
    expect(yTicks.every((t) => t.endsWith('%'))).to.equal(true);
    expect(yTicks.at(-1)).to.equal('100%');
    const label = el.shadowRoot!.querySelector('svg.chart')!.getAttribute('aria-label');
    expect(label).to.equal('Accuracy. test: 99% at epoch 2');
  });

  it('updates in place when the series grow', async () => {
    const el = await fixture<CnnTrainingChart>(html`<cnn-training-chart metric="loss" .series=${[lossSeries[0]]}></cnn-training-chart>`);
    const path = el.shadowRoot!.querySelector('g.series path')!;
    el.series = [{ ...lossSeries[0], points: [...lossSeries[0].points, { x: 2.5, y: 0.2 }] }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('g.series path')).to.equal(path);
    expect(pathYs(path as SVGPathElement)).to.have.length(5);
    // Axes are updated, not stacked up on every redraw.
    expect(el.shadowRoot!.querySelectorAll('.x-axis')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.y-axis')).to.have.length(1);
  });

  it('speaks Korean and shows an error for a bad series attribute', async () => {
    const ko = await fixture<CnnTrainingChart>(html`<cnn-training-chart lang="ko" metric="loss"></cnn-training-chart>`);
    expect(ko.shadowRoot!.querySelector('.title')!.textContent).to.equal('손실');
    expect(ko.shadowRoot!.querySelector('.empty')!.textContent).to.equal('아직 값이 없습니다.');
    const bad = await fixture<CnnTrainingChart>(html`<cnn-training-chart series="[{"label": 1}]"></cnn-training-chart>`);
    expect(bad.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('series:');
    const json = await fixture<CnnTrainingChart>(html`<cnn-training-chart series='[{"label":"a","points":[{"x":1,"y":2}]}]'></cnn-training-chart>`);
    expect(json.shadowRoot!.querySelectorAll('g.series')).to.have.length(1);
  });

  it('chooses domains: x to at least x-max, y from 0 for loss, fixed ends when asked, never empty', () => {
    const series = [{ key: 'a', kind: 'line' as const, styleIndex: 0, points: [{ x: 0.5, y: 2 }, { x: 3.5, y: 0.5 }] }];
    expect(chartDomains(series, { xMin: 2, yZero: true })).to.deep.equal({ x: [0, 3.5], y: [0, 2] });
    expect(chartDomains(series, { xMin: 5, yFloor: 0.8, yCeiling: 1 })).to.deep.equal({ x: [0, 5], y: [0.8, 1] });
    expect(chartDomains([], { yZero: true, yCeiling: 1 })).to.deep.equal({ x: [0, 1], y: [0, 1] });
    expect(chartDomains([{ ...series[0], points: [{ x: 1, y: 3 }] }])).to.deep.equal({ x: [0, 1], y: [2.5, 3.5] });
  });
});
