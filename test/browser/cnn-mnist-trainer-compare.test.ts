import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/cnn-mnist-trainer-compare';
import type { CnnMnistTrainerCompare } from '../../components/cnn-mnist-trainer-compare';
import type { ChartSeries } from '../../components/cnn-training-chart';
import { RECIPES } from '../../src/train/recipes';
import { syntheticDigits } from '../../src/train/browser-api';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cnn-mnist-trainer-compare>', () => {
  it('gives both models the same images, seed and epochs, each with its recipe', async () => {
    const el = await fixture<CnnMnistTrainerCompare>(html`<cnn-mnist-trainer-compare limit="2000" epochs="2" seed="7"></cnn-mnist-trainer-compare>`);
    const mlp = el.settingsFor('mlp');
    const cnn = el.settingsFor('lenet5');
    for (const s of [mlp, cnn]) expect([s.limit, s.epochs, s.seed, s.validationSplit, s.workers]).to.deep.equal([2000, 2, 7, 0, 1]);
    expect([mlp.batchSize, mlp.lrSchedule]).to.deep.equal([RECIPES.mlp.batchSize, RECIPES.mlp.lrSchedule]);
    expect([cnn.batchSize, cnn.lrSchedule]).to.deep.equal([RECIPES.lenet5.batchSize, RECIPES.lenet5.lrSchedule]);
    expect(el.settingsFor('lenet5').limit).to.equal(2000);
    el.limit = 60000;
    expect(el.settingsFor('mlp').limit).to.equal(null);
  });

  it('trains both side by side and overlays their curves', async function () {
    this.timeout(90000);
    const el = await fixture<CnnMnistTrainerCompare>(html`<cnn-mnist-trainer-compare></cnn-mnist-trainer-compare>`);
    el.useDataset(syntheticDigits(400, 1), syntheticDigits(100, 2));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="start"]')!.click();
    await waitUntil(() => el.getAttribute('phase') === 'done', 'both finish', { timeout: 80000 });
    const lines = [...el.shadowRoot!.querySelectorAll('[part="results"] li')].map((li) => text(li));
    expect(lines[0]).to.match(/^dense network: test accuracy \d+\.\d\d% \(104,938 parameters, \d+ s\)$/);
    expect(lines[1]).to.match(/^CNN \(LeNet-5\): test accuracy \d+\.\d\d% \(61,706 parameters, \d+ s\)$/);
    const [loss, accuracy] = [...el.shadowRoot!.querySelectorAll('cnn-training-chart')] as (HTMLElement & { series: ChartSeries[] })[];
    expect(loss.series.map((s) => s.label)).to.deep.equal(['dense network, training (smoothed)', 'CNN (LeNet-5), training (smoothed)']);
    expect(loss.series.every((s) => s.points.length > 5)).to.equal(true);
    expect(accuracy.series.filter((s) => s.kind === 'points').map((s) => s.points.length)).to.deep.equal([1, 1]);
  });
});
