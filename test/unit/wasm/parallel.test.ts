/**
 * Data-parallel training on the WebAssembly kernels: the coordinator's engine names its kernels
 * in the replicas' init message, each replica thread loads the same build, and a seed and
 * worker count give identical runs that follow the 1-thread run to float rounding.
 */
import { describe, expect, it } from 'vitest';
import { epochOrder, limitDataset, sliceDataset } from '../../../src/data';
import { loadMnist } from '../../../src/data/node';
import {
  createLocalBackend, createParallelBackend, loadTiledEngine, serveReplica, tiledEngine, type BackendOptions, type FromReplica,
  type TrainingBackend,
} from '../../../src/train';
import { nodeReplicaSpawner } from '../../../src/train/node';

const trainSet = limitDataset(loadMnist('train'), 600);
const test = sliceDataset(loadMnist('test'), 0, 100);
const options: BackendOptions = {
  model: 'lenet5', seed: 3, maxBatch: 32, optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, train: trainSet, evalSets: { test },
};

async function losses(backend: TrainingBackend, steps = 5, batch = 32): Promise<number[]> {
  const order = epochOrder(trainSet.count, 3, 0);
  const out: number[] = [];
  try {
    for (let s = 0; s < steps; s++) out.push((await backend.step(order, s * batch, batch)).loss);
  } finally {
    await backend.dispose();
  }
  return out;
}

describe('data-parallel training on the WebAssembly kernels', () => {
  it('2 relaxed-SIMD workers: identical runs for a seed, and the 1-thread losses to float rounding', async () => {
    const engine = await loadTiledEngine('relaxed');
    expect(engine.kernels).toBe('relaxed');
    const one = await losses(createLocalBackend(engine, options));
    const two = await losses(await createParallelBackend(engine, nodeReplicaSpawner(), 2, options));
    const again = await losses(await createParallelBackend(engine, nodeReplicaSpawner(), 2, options));
    expect(again).toEqual(two);
    for (let i = 0; i < one.length; i++) expect(two[i]).toBeCloseTo(one[i], 4);
    expect(one[4]).toBeLessThan(one[0]);
  });

  it('a replica builds its model on the kernels the init message names, then says ready', async () => {
    const asked: string[] = [];
    const relaxed = await loadTiledEngine('relaxed');
    const engine = { ...tiledEngine, withKernels: async (kernels: string) => (asked.push(kernels), relaxed) };
    const replies: FromReplica[] = [];
    const handle = serveReplica(engine, (m) => replies.push(m), () => undefined);
    const parameters = 61_706;
    const init = {
      type: 'init' as const, replica: 0, model: 'lenet5', seed: 1, maxBatch: 4, train: trainSet, evalSets: {},
      weights: new SharedArrayBuffer(4 * parameters), grads: new SharedArrayBuffer(4 * parameters),
    };
    handle({ ...init, kernels: 'relaxed' });
    expect(replies).toEqual([]); // loading is asynchronous: no 'ready' before the kernels are there
    await expect.poll(() => replies.length).toBe(1);
    expect(replies[0]).toEqual({ type: 'ready', replica: 0, parameterCount: parameters });
    expect(asked).toEqual(['relaxed']);
    // The coordinator's own kernels ('js' for tiledEngine) or none named: no loading at all.
    handle({ ...init, kernels: 'js' });
    handle(init);
    expect(replies.map((r) => r.type)).toEqual(['ready', 'ready', 'ready']);
    expect(asked).toEqual(['relaxed']);
  });
});
