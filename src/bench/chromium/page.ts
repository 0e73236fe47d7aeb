/**
 * The benchmark page (bench/chromium.ts opens it in headless Chromium through vite, which
 * sends the COOP/COEP headers that SharedArrayBuffer needs): LeNet-5 training (batch 64) and
 * inference (batch 256) on the JavaScript, SIMD and relaxed SIMD kernels, in the page's
 * thread and with 2 replica Web Workers, on random images. With `?epoch`, also one epoch of
 * the real MNIST training set (npm run build:data's assets) with lenet5's recipe on 2 workers,
 * and its test accuracy. Only wall-clock time exists here.
 */
import { fetchMnist, type ImageDataset } from '../../data';
import {
  createLocalBackend, createParallelBackend, loadTiledEngine, maxBatchOf, RECIPES, train as trainLoop, type BackendOptions, type TrainConfig,
  type TrainingBackend,
} from '../../train';
import { webReplicaSpawner } from '../../train/browser-replica-port';
import type { KernelKind } from '../../tiled/kernels';
import { kernelBackendInfo } from '../../wasm';

export interface ChromiumRow {
  kind: KernelKind;
  workers: number;
  trainImagesPerSecond: number;
  inferImagesPerSecond: number;
}

export interface ChromiumEpoch {
  kind: KernelKind;
  seconds: number;
  testAccuracy: number;
}

export interface ChromiumBench {
  userAgent: string;
  crossOriginIsolated: boolean;
  auto: { kind: KernelKind; reason: string };
  rows: ChromiumRow[];
  epochs: ChromiumEpoch[];
  error?: string;
}

const TRAIN_BATCH = 64;
const INFER_BATCH = 256;
const STEPS = 20;

function randomDataset(count: number, shared: boolean): ImageDataset {
  const images = new Uint8Array(shared ? new SharedArrayBuffer(count * 784) : new ArrayBuffer(count * 784));
  const labels = new Uint8Array(shared ? new SharedArrayBuffer(count) : new ArrayBuffer(count));
  for (let i = 0; i < images.length; i++) images[i] = (i * 2654435761) >>> 24;
  for (let i = 0; i < count; i++) labels[i] = i % 10;
  return { images, labels, count, rows: 28, cols: 28 };
}

/** Median images/s of `reps` timed runs after one warm-up. */
async function measure(images: number, once: () => Promise<unknown>, reps: number): Promise<number> {
  await once();
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    await once();
    rates.push(images / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[rates.length >> 1];
}

async function run(reps: number): Promise<ChromiumBench> {
  const shared = typeof SharedArrayBuffer === 'function' && crossOriginIsolated;
  const train = randomDataset(4096, shared);
  const bench = randomDataset(2048, shared);
  const options: BackendOptions = {
    model: 'lenet5', seed: 1, maxBatch: INFER_BATCH, optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, train, evalSets: { bench },
  };
  const order = Uint32Array.from({ length: train.count }, (_, i) => i);
  let start = 0;
  const steps = async (backend: TrainingBackend): Promise<void> => {
    for (let s = 0; s < STEPS; s++) {
      if (start + TRAIN_BATCH > order.length) start = 0;
      await backend.step(order, start, TRAIN_BATCH);
      start += TRAIN_BATCH;
    }
  };
  const rows: ChromiumRow[] = [];
  for (const kind of ['js', 'simd', 'relaxed'] as const) {
    const engine = await loadTiledEngine(kind);
    const backends: [number, TrainingBackend][] = [[1, createLocalBackend(engine, options)]];
    if (shared) backends.push([2, await createParallelBackend(engine, webReplicaSpawner(), 2, options)]);
    for (const [workers, backend] of backends) {
      try {
        rows.push({
          kind, workers,
          trainImagesPerSecond: await measure(STEPS * TRAIN_BATCH, () => steps(backend), reps),
          inferImagesPerSecond: await measure(bench.count, () => backend.predict('bench'), reps),
        });
      } finally {
        await backend.dispose();
      }
    }
  }
  const epochs = new URLSearchParams(location.search).has('epoch') && shared ? await mnistEpochs() : [];
  return { userAgent: navigator.userAgent, crossOriginIsolated, auto: kernelBackendInfo(), rows, epochs };
}

/** One epoch of MNIST with lenet5's recipe (seed 1) on 2 workers per kind: training seconds as the loop measures them, test accuracy. */
async function mnistEpochs(): Promise<ChromiumEpoch[]> {
  const mnist = await fetchMnist({ shared: true });
  const recipe = RECIPES.lenet5;
  const config: TrainConfig = {
    model: 'lenet5', epochs: 1, batchSize: recipe.batchSize, optimizer: recipe.optimizer, lrSchedule: recipe.lrSchedule, lrDecay: recipe.lrDecay,
    seed: 1, workers: 2, valSplit: 0, evalBatch: 256,
  };
  const results: ChromiumEpoch[] = [];
  for (const kind of ['js', 'relaxed'] as const) {
    const backend = await createParallelBackend(await loadTiledEngine(kind), webReplicaSpawner(), 2, {
      model: 'lenet5', seed: 1, maxBatch: maxBatchOf(config), optimizer: config.optimizer, train: mnist.train!, evalSets: { test: mnist.test! },
    });
    try {
      const [report] = await trainLoop(backend, config, { trainCount: mnist.train!.count, testLabels: mnist.test!.labels });
      results.push({ kind, seconds: report.seconds, testAccuracy: report.test.accuracy });
    } finally {
      await backend.dispose();
    }
  }
  return results;
}

const reps = Number(new URLSearchParams(location.search).get('reps') ?? 5);
const target = window as unknown as { __bench?: ChromiumBench };
run(reps).then(
  (result) => {
    target.__bench = result;
  },
  (error: unknown) => {
    target.__bench = { userAgent: navigator.userAgent, crossOriginIsolated, auto: kernelBackendInfo(), rows: [], epochs: [], error: String(error) };
  },
);
