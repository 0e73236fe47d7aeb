import { describe, expect, it } from 'vitest';
import { epochOrder, limitDataset, sliceDataset } from '../../../src/data';
import { loadMnist } from '../../../src/data/node';
import type { LayerConfig } from '../../../src/geometry';
import { createLocalBackend, createParallelBackend, tiledEngine, type BackendOptions, type TrainConfig } from '../../../src/train';
import { nodeReplicaSpawner, trainOnMnist } from '../../../src/train/node';

const trainSet = limitDataset(loadMnist('train'), 2000);
const test = sliceDataset(loadMnist('test'), 0, 1000);

describe('training the tiled engine on MNIST', () => {
  // From 2,000 images a dense network generalises to about 85% (softmax regression: about 82%).
  it('mlp, 2,000 images, 3 epochs of Adam, seed 1: ≥ 83% on the first 1,000 test images', async () => {
    const config: TrainConfig = {
      model: 'mlp', epochs: 3, batchSize: 32, optimizer: { type: 'adam', lr: 0.001 }, lrSchedule: 'step', lrDecay: 1,
      seed: 1, workers: 1, valSplit: 0, evalBatch: 250,
    };
    const { reports, model } = await trainOnMnist(tiledEngine, config, { train: trainSet, test });
    expect(reports[2].trainLoss).toBeLessThan(reports[0].trainLoss);
    expect(reports[2].trainAccuracy).toBeGreaterThan(0.9);
    expect(reports[2].test.accuracy).toBeGreaterThanOrEqual(0.83);
    // The returned model holds the trained weights: it predicts as well as the report says.
    const x = new Float32Array(250 * 784);
    for (let i = 0; i < x.length; i++) x[i] = test.images[i] / 255;
    const predictions = model.predict(x, 250);
    const correct = predictions.filter((p, i) => p === test.labels[i]).length;
    expect(correct / 250).toBeGreaterThan(0.8);
  });

  // A small CNN keeps the thread start-up the main cost of this test.
  const small: LayerConfig[] = [
    { type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu' },
    { type: 'maxPooling2d', poolSize: 2 },
    { type: 'flatten' },
    { type: 'dense', units: 10 },
  ];
  const options = (model: BackendOptions['model']): BackendOptions => ({
    model, seed: 3, maxBatch: 32, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, train: trainSet, evalSets: { test },
  });
  const losses = async (backend: Awaited<ReturnType<typeof createParallelBackend>>, batch = 24, steps = 4): Promise<number[]> => {
    const order = epochOrder(trainSet.count, 3, 0);
    const out: number[] = [];
    try {
      for (let s = 0; s < steps; s++) out.push((await backend.step(order, s * batch, batch)).loss);
    } finally {
      await backend.dispose();
    }
    return out;
  };

  it('1 thread and 2 workers give the same losses for the same seed (small CNN, batch 24)', async () => {
    const one = await losses(createLocalBackend(tiledEngine, options(small)));
    const two = await losses(await createParallelBackend(tiledEngine, nodeReplicaSpawner(), 2, options(small)));
    expect(one[0]).toBeGreaterThan(1.5); // untrained: near ln 10 ≈ 2.30
    for (let i = 0; i < one.length; i++) expect(two[i]).toBeCloseTo(one[i], 5);
    expect(one[3]).not.toBe(one[0]);
  });

  it('with dropout (keras-c), a seed and worker count still give identical runs', async () => {
    const a = await losses(await createParallelBackend(tiledEngine, nodeReplicaSpawner(), 2, options('keras-c')), 16, 3);
    const b = await losses(await createParallelBackend(tiledEngine, nodeReplicaSpawner(), 2, options('keras-c')), 16, 3);
    expect(b).toEqual(a);
  });
});
