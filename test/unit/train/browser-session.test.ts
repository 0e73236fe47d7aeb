/**
 * The coordinator worker's session driven in Node with the local backend (1 worker) and
 * synthetic images: the message sequence, falling loss, early stopping, pause / resume /
 * stop, resuming from a checkpoint, refused weights.
 */
import { describe, expect, it } from 'vitest';
import type { ImageDataset } from '../../../src/data';
import { buildModel, readWeightsHeader, serializeWeights } from '../../../src/tiled';
import { checkWeightsFit } from '../../../src/train/browser-checkpoint';
import type { FromTrainer, ToTrainer } from '../../../src/train/browser-protocol';
import { TrainerSession } from '../../../src/train/browser-session';
import { defaultSettings, type TrainerSettings } from '../../../src/train/browser-settings';
import { syntheticDigits } from '../../../src/train/browser-synthetic';

type Of<T extends FromTrainer['type']> = Extract<FromTrainer, { type: T }>;

function harness(data?: { train: ImageDataset; test: ImageDataset }) {
  const messages: FromTrainer[] = [];
  const waiters: { test: (m: FromTrainer) => boolean; resolve: (m: FromTrainer) => void }[] = [];
  const session = new TrainerSession({
    sharedMemory: false,
    post: (message) => {
      messages.push(message);
      for (const w of [...waiters]) {
        if (w.test(message)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    },
  });
  if (data) session.handle({ type: 'useData', ...data });
  /** The next message of a type; an unexpected error message fails the wait instead of hanging the test. */
  const next = <T extends FromTrainer['type']>(type: T, runId?: string): Promise<Of<T>> =>
    new Promise((resolve, reject) => {
      const matches = (m: FromTrainer) => m.type === type && (runId === undefined || (m as { runId?: string }).runId === runId);
      waiters.push({
        test: (m) => matches(m) || (type !== 'error' && m.type === 'error' && (runId === undefined || m.runId === runId)),
        resolve: (m) => (matches(m) ? resolve(m as Of<T>) : reject(new Error(`error message instead of ${type}: ${JSON.stringify(m)}`))),
      });
    });
  const all = <T extends FromTrainer['type']>(type: T): Of<T>[] => messages.filter((m) => m.type === type) as Of<T>[];
  return { session, messages, next, all };
}

const data = { train: syntheticDigits(600, 1), test: syntheticDigits(200, 2) };
const quick = (more: Partial<TrainerSettings> = {}): TrainerSettings => ({
  ...defaultSettings(), model: 'mlp', batchSize: 20, epochs: 3, validationSplit: 0.2, learningRate: 0.05, ...more,
});
const mean = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0) / values.length;

describe('TrainerSession', () => {
  it('trains: started, per-batch progress with falling loss, an epoch report with weights each epoch, then test results', async () => {
    const h = harness(data);
    const done = h.next('done');
    h.session.handle({ type: 'start', runId: 'a', settings: quick() });
    const { reason, results } = await done;
    expect(reason).toBe('completed');
    const started = h.all('started')[0];
    expect(started).toMatchObject({ workers: 1, trainCount: 480, validationCount: 120, startEpoch: 0, parameterCount: 104938 });
    const losses = h.all('progress').flatMap((p) => Array.from(p.losses));
    expect(losses).toHaveLength(3 * 24);
    expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) / 3);
    const epochs = h.all('epoch');
    expect(epochs.map((e) => e.summary.epoch)).toEqual([0, 1, 2]);
    for (const e of epochs) {
      expect(e.summary.validationLoss).not.toBeNull();
      expect(readWeightsHeader(e.weights).metadata.epochs).toBe(e.summary.epoch + 1);
      expect(() => checkWeightsFit(quick(), e.weights)).not.toThrow();
    }
    expect(results.accuracy).toBeGreaterThan(0.9);
    expect(results.confusion.flat().reduce((a, b) => a + b, 0)).toBe(200);
    expect(results.mistakeImages.length).toBe(results.mistakes.length * 784);
    // Messages come in order: started, then progress/epoch, evaluating, done.
    const types = h.messages.map((m) => m.type).filter((t) => t !== 'dataReady');
    expect(types[0]).toBe('started');
    expect(types.slice(-2)).toEqual(['evaluating', 'done']);
    // 'auto' in Node 20: plain SIMD validates (relaxed SIMD only behind a V8 flag), so never the JavaScript fallback.
    expect(['simd', 'relaxed']).toContain(started.kernels?.kind);
  });

  it('trains on the kernels the page asks for and says which in started', async () => {
    const h = harness(data);
    const done = h.next('done');
    h.session.handle({ type: 'start', runId: 'j', settings: quick({ epochs: 1 }), kernels: 'js' });
    const { results } = await done;
    expect(h.all('started')[0].kernels?.kind).toBe('js');
    expect(results.accuracy).toBeGreaterThan(0.5);
  });

  it('stops early when validation loss stops improving, and reports the best epoch’s results', async () => {
    // The last 20% (validation) carry wrong labels: the better the model learns, the worse their loss.
    const train = syntheticDigits(600, 3);
    for (let i = 480; i < 600; i++) train.labels[i] = (train.labels[i] + 5) % 10;
    const h = harness({ train, test: data.test });
    const done = h.next('done');
    h.session.handle({ type: 'start', runId: 'e', settings: quick({ epochs: 8, patience: 1, earlyStopping: true }) });
    const { reason, results } = await done;
    expect(reason).toBe('early-stopped');
    const epochs = h.all('epoch');
    expect(epochs.length).toBeLessThan(8);
    expect(epochs.at(-1)!.epochsWithoutImprovement).toBe(1);
    const best = epochs.filter((e) => e.improved).at(-1)!;
    expect(results.epochs).toBe(best.summary.epoch + 1);
  });

  it('pauses between batches, resumes, and stops, reading messages that arrive as tasks (as in a worker)', async () => {
    const h = harness(data);
    // A worker receives messages on a port, as tasks: they run only when the run lets the event loop turn.
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<ToTrainer>) => h.session.handle(event.data);
    const deliver = (message: ToTrainer) => channel.port2.postMessage(message);
    const firstProgress = h.next('progress');
    const paused = h.next('paused');
    h.session.handle({ type: 'start', runId: 'p', settings: quick({ epochs: 50, batchSize: 4 }) });
    await firstProgress;
    deliver({ type: 'pause' });
    await paused;
    const count = h.all('progress').length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(h.all('progress').length).toBe(count);
    const moreProgress = h.next('progress');
    const resumed = h.next('resumed');
    deliver({ type: 'resume' });
    await resumed;
    await moreProgress;
    const done = h.next('done');
    deliver({ type: 'stop' });
    expect((await done).reason).toBe('stopped');
    expect(h.session.busy).toBe(false);
    channel.port1.close();
  });

  it('resuming from the checkpoint after epoch 1 gives the same epoch 2 as an uninterrupted run (plain SGD)', async () => {
    // The step schedule's rate of epoch 2 does not depend on how many epochs the run has.
    const settings = quick({ optimizer: 'sgd', epochs: 2, earlyStopping: false, lrSchedule: 'step', lrDecay: 0.6 });
    const whole = harness(data);
    let done = whole.next('done');
    whole.session.handle({ type: 'start', runId: 'w', settings });
    await done;
    const first = harness(data);
    done = first.next('done');
    first.session.handle({ type: 'start', runId: 'f', settings: { ...settings, epochs: 1 } });
    await done;
    const checkpoint = first.all('epoch')[0];
    const second = harness(data);
    done = second.next('done');
    second.session.handle({
      type: 'start', runId: 's', settings,
      resume: { epoch: 1, weights: checkpoint.weights, best: { epoch: 0, loss: checkpoint.summary.validationLoss!, weights: checkpoint.weights }, epochsWithoutImprovement: 0 },
    });
    await done;
    expect(second.all('started')[0].startEpoch).toBe(1);
    expect(second.all('epoch').map((e) => e.summary.epoch)).toEqual([1]);
    // Compared as one boolean: a diff of 400,000 bytes would take minutes to print.
    const resumed = second.all('epoch')[0].weights;
    const uninterrupted = whole.all('epoch')[1].weights;
    expect(resumed.length).toBe(uninterrupted.length);
    expect(resumed.every((byte, i) => byte === uninterrupted[i])).toBe(true);
  });

  it('refuses to start without data, twice at once, or from weights of another model', async () => {
    const empty = harness();
    const noData = empty.next('error');
    empty.session.handle({ type: 'start', runId: 'x', settings: quick() });
    expect((await noData).code).toBe('data');

    const h = harness(data);
    const busy = h.next('error');
    const done = h.next('done', 'one');
    h.session.handle({ type: 'start', runId: 'one', settings: quick({ epochs: 1 }) });
    h.session.handle({ type: 'start', runId: 'two', settings: quick({ epochs: 1 }) });
    expect(await busy).toMatchObject({ code: 'busy', runId: 'two' });
    await done;

    const lenetWeights = serializeWeights(buildModel('lenet5', { seed: 1, maxBatch: 1 }));
    const mismatch = h.next('error');
    h.session.handle({ type: 'start', runId: 'm', settings: quick(), initialWeights: lenetWeights });
    const error = await mismatch;
    expect(error.code).toBe('weights');
    expect(error.message).toMatch(/do not match the model/);
  });

  it('evaluates a weights file, and refuses one that is not', async () => {
    const h = harness(data);
    const bad = h.next('error');
    h.session.handle({ type: 'evaluate', weights: new TextEncoder().encode('NOPE, not weights') });
    expect((await bad).message).toMatch(/not a ConvLab weights file/);
    const results = h.next('results');
    h.session.handle({ type: 'evaluate', weights: serializeWeights(buildModel('mlp', { seed: 4, maxBatch: 1 })) });
    const { results: r } = await results;
    expect(r.confusion.flat().reduce((a, b) => a + b, 0)).toBe(200);
    // An untrained network is close to guessing among 10 classes.
    expect(r.accuracy).toBeLessThan(0.4);
  });

  it('trains on augmented images when asked: the same run differs, and stays reproducible', async () => {
    const run = async (augment: boolean) => {
      const h = harness(data);
      const done = h.next('done');
      h.session.handle({ type: 'start', runId: 'g', settings: quick({ epochs: 2, augment, earlyStopping: false }) });
      await done;
      return h.all('progress').flatMap((p) => Array.from(p.losses));
    };
    const plain = await run(false);
    const shifted = await run(true);
    const again = await run(true);
    expect(shifted).toHaveLength(plain.length);
    expect(shifted.some((loss, i) => Math.abs(loss - plain[i]) > 1e-3)).toBe(true);
    expect(again.every((loss, i) => loss === shifted[i])).toBe(true);
  });
});
