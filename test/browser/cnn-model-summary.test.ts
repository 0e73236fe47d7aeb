import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/cnn-model-summary';
import type { CnnModelSummary, ModelChangeEvent } from '../../components/cnn-model-summary';
import { MODELS, summary } from '../../src/geometry';
import { fixtureIn } from './stepper-harness';

const clean = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

function rows(el: CnnModelSummary): HTMLTableRowElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[part~="row"]')];
}

function cell(row: HTMLTableRowElement, part: string): string {
  return clean(row.querySelector(`[part~="${part}"]`)?.textContent).replace(/ How .*$| .*어떻게.*$/, '');
}

/** The visible text of a toggle button (without the screen-reader hint). */
function visible(row: HTMLTableRowElement, part: string): string {
  const button = row.querySelector(`[part~="${part}"] button`);
  if (!button) return clean(row.querySelector(`[part~="${part}"]`)?.textContent);
  const copy = button.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sr-only, .marker').forEach((node) => node.remove());
  return clean(copy.textContent);
}

function totals(el: CnnModelSummary): string {
  return clean(el.shadowRoot!.querySelector('[part="totals"]')?.textContent);
}

function setNumber(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<cnn-model-summary>', () => {
  it('renders the rows of geometry’s summary for lenet5 and the total 61,706', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet5"></cnn-model-summary>`);
    const expected = summary(MODELS.lenet5.layers, MODELS.lenet5.inputShape);
    const shown = rows(el);
    expect(shown).to.have.length(expected.rows.length);
    expected.rows.forEach((row, index) => {
      expect(clean(shown[index].querySelector('th')?.textContent)).to.equal(`${row.name} (${row.className})`);
      expect(visible(shown[index], 'shape')).to.equal(row.outputShapeText);
      expect(visible(shown[index], 'params')).to.equal(row.params.toLocaleString('en-US'));
    });
    // CURRICULUM: 156 + 2,416 + 48,120 + 10,164 + 850.
    expect(totals(el)).to.include('Total params: 61,706');
    expect(totals(el)).to.include('Trainable params: 61,706');
    expect(totals(el)).to.include('Non-trainable params: 0');
    expect(clean(el.shadowRoot!.querySelector('thead')?.textContent)).to.equal('Layer (type) Output Shape Param #');
  });

  it('shows Model A with its 93,322 parameters', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="keras-a"></cnn-model-summary>`);
    expect(rows(el)).to.have.length(8);
    expect(visible(rows(el)[2], 'shape')).to.equal('(None, 11, 11, 64)');
    expect(visible(rows(el)[2], 'params')).to.equal('18,496');
    expect(totals(el)).to.include('Total params: 93,322');
  });

  it('explains an output shape and a Param # with the numbers substituted', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet5"></cnn-model-summary>`);
    const first = rows(el)[0];
    const button = first.querySelector<HTMLButtonElement>('[part~="params"] button')!;
    const explanation = el.shadowRoot!.querySelector<HTMLElement>('#explain-0')!;
    expect(explanation.hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(explanation.hidden).to.equal(false);
    const text = clean(explanation.textContent);
    // 'same' padding of a 5×5 kernel on 28: P = 2 each side, (28 − 5 + 2·2) / 1 + 1 = 28.
    expect(text).to.include('(28 − 5 + 2·2) / 1 + 1 = 27 + 1 = 28');
    expect(text).to.include('(5·5·1 + 1)·6 = 156');
    // The pooling row says why it has no parameters.
    rows(el)[1].querySelector<HTMLButtonElement>('[part~="params"] button')!.click();
    await el.updateComplete;
    expect(clean(el.shadowRoot!.querySelector('#explain-1')?.textContent)).to.include('No parameters: max pooling');
    // Dense: 400·120 + 120.
    const dense = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet5" explain></cnn-model-summary>`);
    expect(clean(dense.shadowRoot!.querySelector('#explain-5')?.textContent)).to.include('400·120 + 120 = 48,120');
  });

  it('updates the summary live when a layer is edited and fires cnn-model-change', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet5" editable></cnn-model-summary>`);
    const filters = el.shadowRoot!.querySelector<HTMLInputElement>('#field-0-filters')!;
    setTimeout(() => setNumber(filters, '8'));
    const event = (await oneEvent(el, 'cnn-model-change')) as ModelChangeEvent;
    await el.updateComplete;
    expect(event.detail.valid).to.equal(true);
    expect(event.detail.layers[0]).to.include({ type: 'conv2d', filters: 8 });
    // Independent count: conv (5·5·1 + 1)·8 = 208, conv_1 (5·5·8 + 1)·16 = 3,216, then 48,120 + 10,164 + 850.
    const total = 208 + 3216 + 48120 + 10164 + 850;
    expect(event.detail.summary?.totalParams).to.equal(total);
    expect(visible(rows(el)[0], 'params')).to.equal('208');
    expect(visible(rows(el)[2], 'params')).to.equal('3,216');
    expect(totals(el)).to.include(`Total params: ${total.toLocaleString('en-US')}`);
  });

  it('shows the error of an impossible layer next to it and keeps the edits', async () => {
    // 28 → 28 ('same') → 14 → 10 → 5: the fifth layer sees a 5×5 map, where a 7×7 kernel cannot fit.
    const layers = [
      { type: 'conv2d', filters: 6, kernelSize: 5, padding: 'same' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'conv2d', filters: 16, kernelSize: 5 },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'conv2d', filters: 32, kernelSize: 3 },
      { type: 'flatten' },
      { type: 'dense', units: 10 },
    ];
    const el = await fixture<CnnModelSummary>(
      html`<cnn-model-summary editable input-shape="[28, 28, 1]" layers=${JSON.stringify(layers)}></cnn-model-summary>`,
    );
    expect(visible(rows(el)[4], 'shape')).to.equal('(None, 3, 3, 32)');
    const kernel = el.shadowRoot!.querySelector<HTMLInputElement>('#field-4-kernelSize')!;
    setTimeout(() => setNumber(kernel, '7'));
    const event = (await oneEvent(el, 'cnn-model-change')) as ModelChangeEvent;
    await el.updateComplete;
    expect(event.detail.valid).to.equal(false);
    expect(event.detail.error).to.include({ layerIndex: 4, layerName: 'conv2d_2' });
    expect(event.detail.error?.reason).to.match(/kernel height 7 is larger than the padded input height 5/);
    expect(event.detail.layers[4]).to.include({ kernelSize: 7 });
    // The failing row is marked, the message under it names the layer and the reason.
    const failing = rows(el)[4];
    expect(failing.getAttribute('part')).to.include('row-error');
    const message = clean(el.shadowRoot!.querySelector('[part~="error-row"]')?.textContent);
    expect(message).to.include('Layer 5 (conv2d_2)');
    expect(message).to.include('kernel height 7 is larger than the padded input height 5');
    // Rows before it still have their shapes; no totals; the typed 7 is still there.
    expect(visible(rows(el)[3], 'shape')).to.equal('(None, 5, 5, 16)');
    expect(visible(rows(el)[5], 'shape')).to.equal('—');
    expect(totals(el)).to.not.include('Total params');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#field-4-kernelSize')!.value).to.equal('7');
    expect(el.currentLayers[4]).to.include({ kernelSize: 7 });
    // Fixing it brings the summary back.
    setNumber(el.shadowRoot!.querySelector<HTMLInputElement>('#field-4-kernelSize')!, '5');
    await el.updateComplete;
    expect(visible(rows(el)[4], 'shape')).to.equal('(None, 1, 1, 32)');
    expect(el.shadowRoot!.querySelector('[part~="error-row"]')).to.equal(null);
  });

  it('adds, moves and removes layers with the keyboard-operable controls', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="mlp" editable></cnn-model-summary>`);
    const root = el.shadowRoot!;
    const types: string[] = [];
    el.addEventListener('cnn-model-change', (e) => types.push(e.detail.action));
    // Add a dropout at the end, then move it up once, then remove it.
    const typeSelect = root.querySelector<HTMLSelectElement>('[data-control="add-type"]')!;
    typeSelect.value = 'dropout';
    typeSelect.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('[data-action="add"]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(5);
    expect(cell(rows(el)[4], 'layer')).to.equal('dropout (Dropout)');
    root.querySelector<HTMLButtonElement>('[data-action="up-4"]')!.click();
    await el.updateComplete;
    expect(cell(rows(el)[3], 'layer')).to.equal('dropout (Dropout)');
    expect(root.activeElement?.getAttribute('data-action')).to.equal('up-3');
    root.querySelector<HTMLButtonElement>('[data-action="remove-3"]')!.click();
    await el.updateComplete;
    expect(rows(el).map((row) => cell(row, 'layer'))).to.deep.equal([
      'flatten (Flatten)',
      'dense (Dense)',
      'dense_1 (Dense)',
      'dense_2 (Dense)',
    ]);
    expect(types).to.deep.equal(['add', 'move', 'remove']);
    // 784·128 + 128 + 128·32 + 32 + 32·10 + 10
    expect(totals(el)).to.include('Total params: 104,938');
  });

  it('shows every layer’s name, output shape and Param # on a phone without sideways scrolling', async () => {
    const layers = JSON.stringify([
      { type: 'conv2d', filters: 6, kernelSize: 5, activation: 'relu' },
      { type: 'conv2d', filters: 16, kernelSize: 5, activation: 'relu' },
      { type: 'conv2d', filters: 8, kernelSize: 1 },
    ]);
    for (const lang of ['en', 'ko']) {
      const el = await fixtureIn<CnnModelSummary>(html`<cnn-model-summary input-shape="[32,32,3]" layers=${layers} editable></cnn-model-summary>`,
        'width: 356px', lang);
      const scroll = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
      expect(scroll.scrollWidth, lang).to.be.at.most(scroll.clientWidth);
      const right = scroll.getBoundingClientRect().right;
      // (5·5·3 + 1)·6 = 456, (5·5·6 + 1)·16 = 2,416, (1·1·16 + 1)·8 = 136.
      expect(rows(el).map((row) => visible(row, 'params'))).to.deep.equal(['456', '2,416', '136']);
      for (const row of rows(el)) {
        for (const part of ['layer', 'shape', 'params', 'actions']) {
          const box = row.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
          expect(box.width, `${lang} ${part}`).to.be.above(0);
          expect(box.right, `${lang} ${part}`).to.be.at.most(right + 0.5);
        }
        // Each value carries its column name, since the header row is out of sight.
        expect(getComputedStyle(row.querySelector('[part~="params"]')!, '::before').content).to.not.equal('none');
      }
    }
    // With room, it is the Keras table: name, shape and Param # side by side.
    const wide = await fixture<CnnModelSummary>(html`<cnn-model-summary style="width: 900px" input-shape="[32,32,3]" layers=${layers}></cnn-model-summary>`);
    const [first] = rows(wide);
    const name = first.querySelector('[part~="layer"]')!.getBoundingClientRect();
    const params = first.querySelector('[part~="params"]')!.getBoundingClientRect();
    expect(params.left).to.be.above(name.right);
    expect(params.top).to.be.closeTo(name.top, 1);
    expect(getComputedStyle(first.querySelector('[part~="params"]')!, '::before').content).to.equal('none');
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet5" lang="ko"></cnn-model-summary>`);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => clean(th.textContent));
    expect(headers).to.deep.equal(['층 (종류)', '출력 크기', '파라미터 수']);
    expect(totals(el)).to.include('전체 파라미터: 61,706');
    expect(clean(el.shadowRoot!.querySelector('[part="description"]')?.textContent)).to.include('LeNet-5');
  });

  it('words a layer error in Korean', async () => {
    const el = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet5" lang="ko" editable></cnn-model-summary>`);
    // The third layer receives 14×14 maps; a 15×15 kernel cannot fit.
    setNumber(el.shadowRoot!.querySelector<HTMLInputElement>('#field-2-kernelSize')!, '15');
    await el.updateComplete;
    const message = clean(el.shadowRoot!.querySelector('[part~="error-row"]')?.textContent);
    expect(message).to.include('3번째 층 (conv2d_1): 커널 높이 15이(가) 패딩한 입력의 높이 14보다 큽니다');
    expect(message).to.include('고친 내용은 그대로 있습니다');
  });

  it('shows bad JSON, an unknown model and a bad input shape as readable errors', async () => {
    const bad = await fixture<CnnModelSummary>(html`<cnn-model-summary layers="[{type: conv2d}"></cnn-model-summary>`);
    expect(clean(bad.shadowRoot!.querySelector('[part="error"]')?.textContent)).to.match(/^layers: not valid JSON/);
    const unknown = await fixture<CnnModelSummary>(html`<cnn-model-summary model="lenet6"></cnn-model-summary>`);
    expect(clean(unknown.shadowRoot!.querySelector('[part="error"]')?.textContent)).to.include('unknown model “lenet6”');
    const shape = await fixture<CnnModelSummary>(
      html`<cnn-model-summary layers='[{"type": "flatten"}]' input-shape='[28, 0]'></cnn-model-summary>`,
    );
    expect(clean(shape.shadowRoot!.querySelector('[part="error"]')?.textContent)).to.include('input: ');
  });
});
