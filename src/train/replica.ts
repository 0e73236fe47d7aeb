import { fillBatch, fillRange, type ImageDataset } from '../data';
import { seedFrom } from '../random';
import type { EngineFactory, TrainableModel, TrainableParameter } from './engine-types';
import { argmaxRows, countCorrect } from './metrics';
import { packScaledGrads, parameterCount, unpackValues } from './parameter-layout';
import type { FromReplica, InitMessage, PredictMessage, StepMessage, ToReplica } from './protocol';

/** A model that can reseed its dropout masks (the tiled Sequential can). */
interface Reseedable {
  setSeed(seed: number): void;
}
export const canReseed = (m: TrainableModel): m is TrainableModel & Reseedable =>
  typeof (m as Partial<Reseedable>).setSeed === 'function';

/**
 * The dropout seed of one slice: derived from (run seed, step, replica), so masks are
 * reproducible for a given worker count. They differ between worker counts (a sample
 * meets a different stream position), which only matters for models with dropout;
 * the MNIST recipes have none, so 1 and N workers give the same losses for them.
 */
export function dropoutSeed(seed: number, step: number, replica: number): number {
  return seedFrom(`${seed}:${step}:${replica}`);
}

/**
 * One gradient replica: a model copy that, per step, loads the shared weights, runs
 * forward and backward on its slice of the batch and writes the scaled gradient into
 * its segment of the shared gradient buffer. Platform-free: the Node worker entry and
 * the browser's Web Worker only wire `handle` to their message channel.
 */
export class GradientReplica {
  private readonly model: TrainableModel;
  private readonly params: readonly TrainableParameter[];
  private readonly weights: Float32Array;
  private readonly grads: Float32Array;
  private readonly x: Float32Array;
  private readonly y: Uint8Array;
  private readonly pixels: number;

  constructor(
    engine: EngineFactory,
    private readonly init: InitMessage,
  ) {
    this.model = engine.buildModel(init.model, { seed: init.seed, maxBatch: init.maxBatch });
    this.params = this.model.parameters();
    this.weights = new Float32Array(init.weights);
    this.grads = new Float32Array(init.grads);
    const count = parameterCount(this.params);
    if (count !== this.weights.length) {
      throw new Error(`replica ${init.replica}: model has ${count} parameters but the shared weights hold ${this.weights.length}`);
    }
    this.pixels = init.train.rows * init.train.cols;
    this.x = new Float32Array(init.maxBatch * this.pixels);
    this.y = new Uint8Array(init.maxBatch);
  }

  get parameterCount(): number {
    return this.weights.length;
  }

  step({ id, step, indices, batchSize }: StepMessage): FromReplica {
    const count = indices.length;
    unpackValues(this.weights, this.params);
    if (canReseed(this.model)) {
      this.model.setSeed(dropoutSeed(this.init.seed, step, this.init.replica));
    }
    fillBatch(this.init.train, indices, 0, count, this.x, this.y);
    const logits = this.model.forward(this.x, count, 'train');
    const correct = countCorrect(logits, this.y, count, this.model.outputSize);
    const loss = this.model.backward(this.y, count);
    packScaledGrads(this.params, this.grads, this.init.replica * this.weights.length, count / batchSize);
    return { type: 'stepDone', id, replica: this.init.replica, loss, correct, count };
  }

  predict({ id, set, start, count }: PredictMessage): FromReplica {
    const data: ImageDataset | undefined = this.init.evalSets[set];
    if (!data) throw new Error(`replica ${this.init.replica}: no evaluation set named "${set}"`);
    unpackValues(this.weights, this.params);
    const predictions = new Int32Array(count);
    for (let done = 0; done < count; done += this.init.maxBatch) {
      const n = Math.min(this.init.maxBatch, count - done);
      fillRange(data, start + done, n, this.x);
      const logits = this.model.forward(this.x, n, 'infer');
      argmaxRows(logits, n, this.model.outputSize, predictions.subarray(done, done + n));
    }
    return { type: 'predictDone', id, replica: this.init.replica, predictions };
  }
}

/**
 * The message loop of a replica thread: builds the replica on `init`, answers steps and
 * predictions, reports any exception as an error message instead of dying silently.
 * `post` sends a reply (with buffers to transfer); `close` ends the thread.
 */
export function serveReplica(
  engine: EngineFactory,
  post: (message: FromReplica, transfer?: ArrayBuffer[]) => void,
  close: () => void,
): (message: ToReplica) => void {
  let replica: GradientReplica | undefined;
  let index = -1;
  return (message) => {
    try {
      switch (message.type) {
        case 'init':
          index = message.replica;
          // Kernels other than the entry's own (WebAssembly ones) load asynchronously; the
          // coordinator sends work only after 'ready'.
          if (message.kernels !== undefined && message.kernels !== engine.kernels && engine.withKernels) {
            engine.withKernels(message.kernels).then((loaded) => {
              replica = new GradientReplica(loaded, message);
              post({ type: 'ready', replica: index, parameterCount: replica.parameterCount });
            }, (error: unknown) => {
              const e = error instanceof Error ? error : new Error(String(error));
              post({ type: 'error', replica: index, message: e.message, stack: e.stack });
            });
            return;
          }
          replica = new GradientReplica(engine, message);
          post({ type: 'ready', replica: index, parameterCount: replica.parameterCount });
          return;
        case 'step':
          post(requireReplica(replica).step(message));
          return;
        case 'predict': {
          const done = requireReplica(replica).predict(message);
          post(done, done.type === 'predictDone' ? [done.predictions.buffer as ArrayBuffer] : []);
          return;
        }
        case 'shutdown':
          close();
          return;
      }
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      post({ type: 'error', replica: index, message: e.message, stack: e.stack });
    }
  };
}

function requireReplica(replica: GradientReplica | undefined): GradientReplica {
  if (!replica) throw new Error('replica received work before init');
  return replica;
}
