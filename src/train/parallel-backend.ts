import { shareDataset, type ImageDataset } from '../data';
import type { BackendOptions, StepResult, TrainingBackend } from './backend';
import type { EngineFactory, TrainableModel } from './engine-types';
import { packValues, parameterCount, sumGradSegments } from './parameter-layout';
import type { ReplicaPort, SpawnReplica } from './ports';
import type { FromReplica, ToReplica } from './protocol';

/** Sizes of `workers` slices of a batch of `count`: as equal as possible, larger ones first. */
export function sliceSizes(count: number, workers: number): number[] {
  const base = Math.floor(count / workers);
  return Array.from({ length: workers }, (_, w) => base + (w < count % workers ? 1 : 0));
}

const isShared = (d: ImageDataset): boolean => d.images.buffer instanceof SharedArrayBuffer && d.labels.buffer instanceof SharedArrayBuffer;

/**
 * Batch normalization keeps running statistics that each replica would update on its
 * own slice and the coordinator would never see, so saved weights would be wrong:
 * refuse instead of training silently into a broken checkpoint.
 */
function refuseRunningState(model: TrainableModel): void {
  const withState = model as TrainableModel & { stateTensors?: () => unknown[] };
  if (typeof withState.stateTensors === 'function' && withState.stateTensors().length > 0) {
    throw new Error('models with batch normalization train with 1 worker only (their running statistics are per replica)');
  }
}

interface Pending {
  replies: FromReplica[];
  expected: number;
  resolve: (replies: FromReplica[]) => void;
  reject: (error: Error) => void;
}

/**
 * Data-parallel training over N replicas: each computes the gradient of its slice of
 * every batch into shared memory, the coordinator sums the slices (weighted by size,
 * in replica order) into its own model, takes ONE optimizer step and publishes the new
 * weights, which every replica loads before its next slice. So all replicas always use
 * identical weights, and the run is deterministic for a seed and worker count.
 */
export async function createParallelBackend<M extends TrainableModel>(
  engine: EngineFactory<M>,
  spawn: SpawnReplica,
  workers: number,
  options: BackendOptions,
): Promise<TrainingBackend<M>> {
  // The coordinator's model only holds weights and summed gradients: no batch buffers needed.
  const model = engine.buildModel(options.model, { seed: options.seed, maxBatch: 1 });
  refuseRunningState(model);
  const params = model.parameters();
  const optimizer = engine.createOptimizer(params, options.optimizer);
  const size = parameterCount(params);
  const weightsBuffer = new SharedArrayBuffer(size * 4);
  const gradsBuffer = new SharedArrayBuffer(size * 4 * workers);
  const weights = new Float32Array(weightsBuffer);
  const grads = new Float32Array(gradsBuffer);
  packValues(params, weights);

  const share = (d: ImageDataset): ImageDataset => (isShared(d) ? d : shareDataset(d));
  const train = share(options.train);
  const evalSets = Object.fromEntries(Object.entries(options.evalSets).map(([k, d]) => [k, share(d)]));

  const pending = new Map<number, Pending>();
  let nextId = 0;
  let steps = 0;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const onMessage = (message: FromReplica): void => {
    if (message.type === 'error') {
      const error = new Error(`replica ${message.replica}: ${message.message}`);
      if (message.stack) error.stack = message.stack;
      fail(error);
      return;
    }
    const key = message.type === 'ready' ? -1 - message.replica : message.id;
    const p = pending.get(key);
    if (!p) return;
    p.replies.push(message);
    if (p.replies.length === p.expected) {
      pending.delete(key);
      p.resolve(p.replies);
    }
  };
  const request = (key: number, expected: number): Promise<FromReplica[]> =>
    failure
      ? Promise.reject(failure)
      : new Promise((resolve, reject) => pending.set(key, { replies: [], expected, resolve, reject }));

  const ports: ReplicaPort[] = [];
  const dispose = async (): Promise<void> => {
    fail(new Error('training backend disposed'));
    for (const port of ports) {
      try {
        port.post({ type: 'shutdown' });
      } catch {
        // the thread may already be gone; terminate below either way
      }
    }
    await Promise.all(ports.map((port) => port.terminate()));
  };

  try {
    const ready: Promise<FromReplica[]>[] = [];
    for (let w = 0; w < workers; w++) {
      const port = spawn(w);
      ports.push(port);
      port.listen(onMessage, fail);
      const isReady = request(-1 - w, 1);
      isReady.catch(() => undefined); // rejections are seen through Promise.all below
      ready.push(isReady);
      const init: ToReplica = {
        type: 'init', replica: w, model: options.model, seed: options.seed, maxBatch: options.maxBatch,
        train, evalSets, weights: weightsBuffer, grads: gradsBuffer, kernels: engine.kernels,
      };
      port.post(init);
    }
    await Promise.all(ready);
  } catch (error) {
    await dispose();
    throw error;
  }

  return {
    model,
    async step(order, start, count): Promise<StepResult> {
      const sizes = sliceSizes(count, workers);
      const active: number[] = [];
      const id = nextId++;
      const replies = request(id, sizes.filter((n) => n > 0).length);
      let offset = start;
      sizes.forEach((n, w) => {
        if (n === 0) return;
        active.push(w * size);
        ports[w].post({ type: 'step', id, step: steps, indices: order.slice(offset, offset + n), batchSize: count });
        offset += n;
      });
      steps++;
      let loss = 0;
      let correct = 0;
      for (const r of await replies) {
        if (r.type !== 'stepDone') continue;
        loss += (r.loss * r.count) / count;
        correct += r.correct;
      }
      sumGradSegments(grads, active, params);
      optimizer.step();
      packValues(params, weights);
      return { loss, correct, count };
    },
    async predict(set): Promise<Int32Array> {
      const data = evalSets[set];
      if (!data) throw new Error(`no evaluation set named "${set}"`);
      const id = nextId++;
      const sizes = sliceSizes(data.count, workers);
      const starts = sizes.map((_, w) => sizes.slice(0, w).reduce((a, b) => a + b, 0));
      const replies = request(id, sizes.filter((n) => n > 0).length);
      sizes.forEach((n, w) => n > 0 && ports[w].post({ type: 'predict', id, set, start: starts[w], count: n }));
      const predictions = new Int32Array(data.count);
      for (const r of await replies) if (r.type === 'predictDone') predictions.set(r.predictions, starts[r.replica]);
      return predictions;
    },
    setLearningRate: (lr) => optimizer.setLearningRate(lr),
    dispose,
  };
}
