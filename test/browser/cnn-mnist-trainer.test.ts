/**
 * <cnn-mnist-trainer> in Chromium with its real worker: settings, a tiny training run on
 * synthetic digits (injected through useDataset, so the MNIST assets are not needed),
 * pause / resume / stop, checkpoints in IndexedDB (resume offer, refusal of a corrupt
 * one, no storage), weights files and Korean labels.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/cnn-mnist-trainer';
import type { CnnMnistTrainer, TrainingDoneEvent, TrainingProgressEvent } from '../../components/cnn-mnist-trainer';
import { buildModel, serializeWeights } from '../../src/tiled';
import {
  CHECKPOINT_DB, CHECKPOINT_FORMAT, CHECKPOINT_VERSION, checkpointKey, defaultSettings, emptyHistory, openCheckpointStore, syntheticDigits,
  type CheckpointRecord,
} from '../../src/train/browser-api';

const train = syntheticDigits(600, 1);
const test = syntheticDigits(200, 2);
const uniqueKey = () => `test-${Math.random().toString(36).slice(2)}`;
const $ = <T extends Element = HTMLElement>(el: CnnMnistTrainer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function trainer(attributes = '', key = uniqueKey()): Promise<CnnMnistTrainer> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // The first of two equal attributes wins: the test's own come before the defaults.
  container.innerHTML = `<cnn-mnist-trainer ${attributes} checkpoint-key="${key}" model="mlp" batch-size="20" epochs="3" learning-rate="0.05"></cnn-mnist-trainer>`;
  const el = container.firstElementChild as CnnMnistTrainer;
  await el.updateComplete;
  await el.keeper.ready;
  await el.updateComplete;
  return el;
}

function mlpRecord(key: string, more: Partial<CheckpointRecord> = {}): CheckpointRecord {
  const weights = serializeWeights(buildModel('mlp', { seed: 3, maxBatch: 1 }));
  const history = { ...emptyHistory(), batchesPerEpoch: 24, batchLoss: Array.from({ length: 24 }, (_, i) => 2 - i / 24), batchAccuracy: Array(24).fill(0.5) };
  return {
    format: CHECKPOINT_FORMAT, version: CHECKPOINT_VERSION, key: checkpointKey(key, 'saved-run', 1), namespace: key, runId: 'saved-run',
    savedAt: Date.now(), settings: { ...defaultSettings(), model: 'mlp', epochs: 2, batchSize: 20, learningRate: 0.05, validationSplit: 0.2 },
    history, epoch: 1, finished: null, weights, best: { epoch: 0, loss: 1.2, weights }, epochsWithoutImprovement: 0, ...more,
  };
}

/** Every stored key, read straight from IndexedDB. */
function storedKeys(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(CHECKPOINT_DB);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('checkpoints').objectStore('checkpoints').getAllKeys();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as string[]);
      };
    };
  });
}

async function save(record: CheckpointRecord): Promise<void> {
  const store = await openCheckpointStore();
  await store!.save(record);
  store!.close();
}

describe('<cnn-mnist-trainer>', () => {
  it('renders its settings, applies a model’s recipe and refuses impossible values', async () => {
    const el = await trainer('model="lenet5"');
    const model = $<HTMLSelectElement>(el, '#setting-model')!;
    expect([...model.options].map((o) => o.value)).to.deep.equal(['lenet5', 'lenet5-classic', 'mlp', 'custom']);
    expect(text($(el, '.params'))).to.equal('61,706 parameters');
    model.value = 'mlp';
    model.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The mlp recipe: step decay, batch 64 (src/train/recipes.ts).
    expect([el.model, el.batchSize, el.lrSchedule]).to.deep.equal(['mlp', 64, 'step']);
    expect(text($(el, '.params'))).to.equal('104,938 parameters');
    const rate = $<HTMLInputElement>(el, '#setting-learningRate')!;
    rate.value = '-1';
    rate.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '[data-field="learningRate"] .problem'))).to.equal('Enter a number above 0 (at most 10).');
    expect(rate.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLButtonElement>(el, '[data-action="start"]')!.disabled).to.equal(true);
    rate.value = '0.01';
    rate.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.learningRate).to.equal(0.01);
    expect($<HTMLButtonElement>(el, '[data-action="start"]')!.disabled).to.equal(false);
    model.value = 'custom';
    model.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, 'cnn-model-summary')).to.exist;
  });

  it('blocks custom layers the engine cannot train or that do not end in 10 values', async () => {
    const layers = JSON.stringify([{ type: 'conv2d', filters: 4, kernelSize: 3 }, { type: 'globalMaxPooling2d' }, { type: 'dense', units: 10 }]);
    const el = await trainer(`model="custom" layers='${layers}'`);
    expect($<HTMLButtonElement>(el, '[data-action="start"]')!.disabled).to.equal(true);
    expect(text($(el, '.custom-layers .problem'))).to.equal('These layers cannot be trained: layer 2 (global_max_pooling2d): the tiled engine does not support globalMaxPooling2d layers');
    el.layers = [{ type: 'flatten' }, { type: 'dense', units: 7 }];
    await el.updateComplete;
    expect(text($(el, '.custom-layers .problem'))).to.equal('The last layer must give 10 values, one per digit, not (7).');
    el.layers = [{ type: 'flatten' }, { type: 'dense', units: 10 }];
    await el.updateComplete;
    expect($(el, '.custom-layers .problem')).to.equal(null);
    expect($<HTMLButtonElement>(el, '[data-action="start"]')!.disabled).to.equal(false);
  });

  it('trains on injected images: progress events, falling loss, an epoch table and test results', async function () {
    this.timeout(60000);
    const el = await trainer('validation-split="0.2"');
    el.useDataset(train, test);
    const progress: TrainingProgressEvent[] = [];
    el.addEventListener('cnn-training-progress', (e) => progress.push(e));
    const epochs: number[] = [];
    el.addEventListener('cnn-training-epoch', (e) => epochs.push(e.detail.epoch));
    const done = oneEvent(el, 'cnn-training-done') as Promise<TrainingDoneEvent>;
    $<HTMLButtonElement>(el, '[data-action="start"]')!.click();
    const { detail } = await done;
    await el.updateComplete;
    expect(detail.reason).to.equal('completed');
    expect(epochs).to.deep.equal([0, 1, 2]);
    expect(progress.length).to.be.greaterThan(0);
    const losses = el.run.history.batchLoss;
    expect(losses).to.have.length(3 * 24);
    expect(mean(losses.slice(-10))).to.be.lessThan(mean(losses.slice(0, 10)) / 3);
    expect(el.shadowRoot!.querySelectorAll('table.epochs tbody tr')).to.have.length(3);
    const matrix = $(el, 'cnn-confusion-matrix') as HTMLElement & { matrix: number[][] };
    expect(matrix.matrix.flat().reduce((a, b) => a + b, 0)).to.equal(200);
    expect(text($(el, '[data-result="accuracy"]'))).to.match(/^\d+\.\d\d%$/);
    expect(text($(el, '[aria-live="polite"]'))).to.contain('Training ended. Test accuracy');
    // Chromium runs WebAssembly SIMD (and relaxed SIMD) without flags, so 'auto' never falls back to JavaScript.
    const kernels = $(el, '[data-kernels]');
    expect(['relaxed', 'simd']).to.include(kernels?.getAttribute('data-kernels'));
    expect(text(kernels)).to.match(/^Kernels: WebAssembly (relaxed )?SIMD$/);
    expect(kernels!.title).to.contain('SIMD');
    // The run's checkpoint is stored, marked finished.
    await el.keeper.settled();
    const store = await openCheckpointStore();
    const saved = (await store!.newest(el.checkpointKey)) as CheckpointRecord;
    store!.close();
    expect([saved.epoch, saved.finished, saved.history.epochs.length]).to.deep.equal([3, 'completed', 3]);
  });

  it('trains on the JavaScript kernels when kernels="js", and says so with the reason, in Korean too', async function () {
    this.timeout(60000);
    const el = await trainer('kernels="js" lang="ko" epochs="1" validation-split="0"');
    el.useDataset(train, test);
    const done = oneEvent(el, 'cnn-training-done') as Promise<TrainingDoneEvent>;
    $<HTMLButtonElement>(el, '[data-action="start"]')!.click();
    expect((await done).detail.reason).to.equal('completed');
    await el.updateComplete;
    const kernels = $(el, '[data-kernels]');
    expect(kernels?.getAttribute('data-kernels')).to.equal('js');
    expect(text(kernels)).to.equal('커널: JavaScript (JavaScript kernels, as requested)');
    expect(kernels!.title).to.equal('JavaScript kernels, as requested');
  });

  it('pauses between batches, resumes and stops', async function () {
    this.timeout(60000);
    const el = await trainer('epochs="40" batch-size="4" validation-split="0.2"');
    el.useDataset(train, test);
    const first = oneEvent(el, 'cnn-training-progress');
    el.start();
    await first;
    $<HTMLButtonElement>(el, '[data-action="pause"]')!.click();
    await waitUntil(() => el.getAttribute('phase') === 'paused', 'pauses', { timeout: 10000 });
    const batches = el.run.history.batchLoss.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(el.run.history.batchLoss.length).to.equal(batches);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action="resume"]')!.click();
    await waitUntil(() => el.run.history.batchLoss.length > batches, 'resumes', { timeout: 10000 });
    const done = oneEvent(el, 'cnn-training-done') as Promise<TrainingDoneEvent>;
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action="stop"]')!.click();
    expect((await done).detail.reason).to.equal('stopped');
  });

  it('offers to resume a saved run and continues from its epoch', async function () {
    this.timeout(60000);
    const key = uniqueKey();
    await save(mlpRecord(key));
    const el = await trainer('', key);
    expect(text($(el, '[part="banner"] p'))).to.match(/^A saved run can continue: Dense network \(no convolutions\), 1 of 2 epochs, saved /);
    el.useDataset(train, test);
    const done = oneEvent(el, 'cnn-training-done') as Promise<TrainingDoneEvent>;
    $<HTMLButtonElement>(el, '[data-action="resume-saved"]')!.click();
    await done;
    expect(el.run.started?.startEpoch).to.equal(1);
    expect(el.run.history.epochs.map((e) => e.epoch)).to.deep.equal([1]);
    // The stored first epoch's curve is kept in front of the new one.
    expect(el.run.history.batchLoss.slice(0, 24)).to.deep.equal(mlpRecord(key).history.batchLoss);
    expect($(el, '[part="banner"]')).to.equal(null);
  });

  it('offers to show a finished run: its curves come back and its best weights are scored', async function () {
    this.timeout(30000);
    const key = uniqueKey();
    const record = mlpRecord(key, { finished: 'completed', epoch: 1, settings: { ...mlpRecord(key).settings, epochs: 1 } });
    await save(record);
    const el = await trainer('', key);
    expect(text($(el, '[part="banner"] p'))).to.match(/^A finished run is saved: Dense network \(no convolutions\), 1 epochs, saved /);
    el.useDataset(train, test);
    $<HTMLButtonElement>(el, '[data-action="show-saved"]')!.click();
    await waitUntil(() => el.run.results !== null, 'scored', { timeout: 20000 });
    await el.updateComplete;
    expect(el.run.history.batchLoss).to.deep.equal(record.history.batchLoss);
    expect(text($(el, '.results .muted'))).to.equal('Weights of epoch 1, the best checkpoint by validation loss.');
  });

  it('downloads the best weights as a .cnnw file', async function () {
    this.timeout(30000);
    const el = await trainer('epochs="1" validation-split="0.2"');
    el.useDataset(train, test);
    const done = oneEvent(el, 'cnn-training-done');
    el.start();
    await done;
    await el.updateComplete;
    const click = HTMLAnchorElement.prototype.click;
    let saved: { name: string; bytes: Uint8Array } | null = null;
    const fetched: Promise<void>[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fetched.push(fetch(this.href).then(async (r) => void (saved = { name: this.download, bytes: new Uint8Array(await r.arrayBuffer()) })));
    };
    try {
      $<HTMLButtonElement>(el, '[data-action="download"]')!.click();
      await Promise.all(fetched);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved!.name).to.equal('convlab-mlp-1-epoch.cnnw');
    expect(Array.from(saved!.bytes)).to.deep.equal(Array.from(el.run.best!.weights));
    expect(String.fromCharCode(...saved!.bytes.subarray(0, 4))).to.equal('CNNW');
  });

  it('keeps one record per namespace: the new one is written, then the older ones go, other namespaces stay', async () => {
    const [key, other] = [uniqueKey(), uniqueKey()];
    await save(mlpRecord(other));
    await save(mlpRecord(key));
    const second = { ...mlpRecord(key), key: checkpointKey(key, 'saved-run', 2), epoch: 2, savedAt: Date.now() + 1 };
    await save(second);
    const keys = await storedKeys();
    expect(keys.filter((k) => k.startsWith(`${key}/`))).to.deep.equal([second.key]);
    expect(keys.filter((k) => k.startsWith(`${other}/`))).to.have.length(1);
    const store = (await openCheckpointStore())!;
    const newest = (await store.newest(key)) as CheckpointRecord;
    const kept = (await store.newest(other)) as CheckpointRecord;
    await store.discard(key);
    const gone = await store.newest(key);
    store.close();
    expect([newest.key, newest.epoch]).to.deep.equal([second.key, 2]);
    expect(kept.namespace).to.equal(other);
    expect(gone).to.equal(null);
  });

  it('refuses a corrupt checkpoint with its reason, keeps working, and discards it', async () => {
    const key = uniqueKey();
    const garbage = new TextEncoder().encode('this is not a weights file at all');
    await save(mlpRecord(key, { weights: garbage }));
    const el = await trainer('', key);
    const banner = $(el, '[part="banner"]')!;
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(text(banner.querySelector('p'))).to.equal('The saved checkpoint was not loaded: not a ConvLab weights file: magic is "this", expected "CNNW".');
    expect($<HTMLButtonElement>(el, '[data-action="start"]')!.disabled).to.equal(false);
    $<HTMLButtonElement>(el, '[data-action="discard"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="banner"]')).to.equal(null);
    await waitUntil(async () => {
      const store = await openCheckpointStore();
      const left = await store!.newest(key);
      store!.close();
      return left === null;
    }, 'discarded');
  });

  it('refuses a checkpoint whose weights belong to another model', async () => {
    const key = uniqueKey();
    await save(mlpRecord(key, { weights: serializeWeights(buildModel('lenet5', { seed: 1, maxBatch: 1 })) }));
    const el = await trainer('', key);
    expect(text($(el, '[part="banner"] p'))).to.contain('weights do not match the model: tensor 1 is "conv2d/kernel"');
  });

  it('says so and still trains when IndexedDB cannot be opened', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('storage is blocked', 'SecurityError');
    };
    try {
      const el = await trainer();
      expect(text($(el, '[part="notice"]'))).to.equal('Checkpoints cannot be kept in this browser (storage is unavailable). Training works as usual.');
      expect($<HTMLButtonElement>(el, '[data-action="start"]')!.disabled).to.equal(false);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('loads a weights file: selects its model and scores it; refuses a file that is not one', async function () {
    this.timeout(30000);
    const el = await trainer('model="lenet5"');
    el.useDataset(train, test);
    expect(await el.loadWeightsFile(new TextEncoder().encode('nonsense, not weights'), 'bad.cnnw')).to.equal(false);
    await el.updateComplete;
    expect(text($(el, '.error'))).to.contain('The file bad.cnnw cannot be used: not a ConvLab weights file');
    const bytes = serializeWeights(buildModel('mlp', { seed: 2, maxBatch: 1 }));
    expect(await el.loadWeightsFile(bytes, 'mlp.cnnw')).to.equal(true);
    expect(el.model).to.equal('mlp');
    await waitUntil(() => el.run.results !== null, 'scored', { timeout: 20000 });
    await el.updateComplete;
    expect(text($(el, '.results .muted'))).to.equal('Weights from the file mlp.cnnw.');
    expect($<HTMLButtonElement>(el, '[data-action="download"]')!.disabled).to.equal(false);
  });

  it('speaks Korean with the glossary’s terms', async () => {
    const el = await trainer('lang="ko" lr-schedule="step"');
    const labels = [...el.shadowRoot!.querySelectorAll('.field label')].map((l) => text(l));
    for (const term of ['학습률', '배치 크기', '에포크', '드롭아웃', 'L2 규제 λ', '검증 데이터 비율', '검증 손실로 조기 종료']) {
      expect(labels.some((l) => l.includes(term)), term).to.equal(true);
    }
    expect(labels.some((l) => l.startsWith('데이터 증강'))).to.equal(true);
    expect(text($(el, 'legend'))).to.equal('설정');
    expect(text($(el, '[data-action="start"]'))).to.equal('학습 시작');
    const chart = $(el, 'cnn-training-chart')!;
    expect(text(chart.shadowRoot!.querySelector('.title'))).to.equal('손실');
  });
});
