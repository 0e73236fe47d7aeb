import { afterEach, describe, expect, it } from 'vitest';
import { limitDataset, sliceDataset, epochOrder, type ImageDataset } from '../../../src/data';
import { loadMnist } from '../../../src/data/node';
import { createLocalBackend, createParallelBackend, sliceSizes, type BackendOptions, type TrainingBackend } from '../../../src/train';
import { nodeReplicaSpawner } from '../../../src/train/node';
import { linearEngine } from './fixtures/linear-engine';

const linearWorker = new URL('./fixtures/linear-replica-worker.ts', import.meta.url).href;
const failingWorker = new URL('./fixtures/failing-replica-worker.ts', import.meta.url).href;

const mnist = loadMnist('test');
const options = (train: ImageDataset): BackendOptions => ({
  model: 'linear', seed: 5, maxBatch: 64, optimizer: { type: 'sgd', lr: 0.1 },
  train, evalSets: { test: sliceDataset(mnist, 9000, 200) },
});

const opened: TrainingBackend[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((b) => b.dispose()));
});

/** Losses of `steps` batches of sizes from `batches`, in a fixed seeded order. */
async function lossesOf(backend: TrainingBackend, batches: number[]): Promise<number[]> {
  opened.push(backend);
  const order = epochOrder(600, 3, 0);
  const losses: number[] = [];
  let start = 0;
  for (const n of batches) {
    losses.push((await backend.step(order, start, n)).loss);
    start += n;
  }
  return losses;
}

describe('sliceSizes', () => {
  it('splits a batch as evenly as possible, larger slices first', () => {
    expect(sliceSizes(64, 2)).toEqual([32, 32]);
    expect(sliceSizes(23, 3)).toEqual([8, 8, 7]);
    expect(sliceSizes(1, 3)).toEqual([1, 0, 0]);
  });
});

describe('data-parallel training over worker threads', () => {
  const train = limitDataset(mnist, 600);
  // Uneven batch sizes check that slices are weighted by their size; 1 image leaves replicas idle.
  const batches = [32, 23, 47, 1, 40];

  it('1 local thread, 2 and 3 replicas give the same losses and predictions for one seed', async () => {
    const local = await lossesOf(createLocalBackend(linearEngine, options(train)), batches);
    const two = createParallelBackend(linearEngine, nodeReplicaSpawner(linearWorker), 2, options(train));
    const twoLosses = await lossesOf(await two, batches);
    const three = await createParallelBackend(linearEngine, nodeReplicaSpawner(linearWorker), 3, options(train));
    const threeLosses = await lossesOf(three, batches);

    expect(local[0]).toBeGreaterThan(2); // ≈ ln 10 before learning
    for (let i = 0; i < batches.length; i++) {
      expect(twoLosses[i]).toBeCloseTo(local[i], 5);
      expect(threeLosses[i]).toBeCloseTo(local[i], 5);
    }
    // The coordinator's weights equal the single-thread model's to float tolerance.
    const [wLocal] = opened[0].model.parameters();
    const [wThree] = three.model.parameters();
    let maxDiff = 0;
    for (let i = 0; i < wLocal.value.length; i++) maxDiff = Math.max(maxDiff, Math.abs(wLocal.value[i] - wThree.value[i]));
    expect(maxDiff).toBeLessThan(1e-6);
    // …and those weights did move away from the initial ones: the steps were applied.
    const initial = linearEngine.buildModel('linear', { seed: 5, maxBatch: 1 }).parameters()[0].value;
    let moved = 0;
    for (let i = 0; i < initial.length; i++) moved = Math.max(moved, Math.abs(initial[i] - wThree.value[i]));
    expect(moved).toBeGreaterThan(1e-3);
    // Replicas predict with the shared weights: the same classes as the local model.
    expect(Array.from(await three.predict('test'))).toEqual(Array.from(await opened[0].predict('test')));
  });

  it('is deterministic: the same seed and worker count give identical losses', async () => {
    const a = await lossesOf(await createParallelBackend(linearEngine, nodeReplicaSpawner(linearWorker), 2, options(train)), batches);
    const b = await lossesOf(await createParallelBackend(linearEngine, nodeReplicaSpawner(linearWorker), 2, options(train)), batches);
    expect(b).toEqual(a);
  });

  it('reports a replica error to the caller and still shuts down', async () => {
    const backend = await createParallelBackend(linearEngine, nodeReplicaSpawner(failingWorker), 2, options(train));
    opened.push(backend);
    await expect(backend.step(epochOrder(600, 1, 0), 0, 8)).rejects.toThrow(/replica [01]: backward exploded/);
    await expect(backend.step(epochOrder(600, 1, 0), 0, 8)).rejects.toThrow(/backward exploded/);
  });
});
