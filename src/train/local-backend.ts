import { fillBatch, fillRange } from '../data';
import type { BackendOptions, StepResult, TrainingBackend } from './backend';
import type { EngineFactory, TrainableModel } from './engine-types';
import { argmaxRows, countCorrect } from './metrics';
import { canReseed, dropoutSeed } from './replica';

/** Trains in the calling thread: one model, one optimizer, preallocated batch buffers. */
export function createLocalBackend<M extends TrainableModel>(engine: EngineFactory<M>, options: BackendOptions): TrainingBackend<M> {
  const model = engine.buildModel(options.model, { seed: options.seed, maxBatch: options.maxBatch });
  const optimizer = engine.createOptimizer(model.parameters(), options.optimizer);
  const pixels = options.train.rows * options.train.cols;
  const x = new Float32Array(options.maxBatch * pixels);
  const y = new Uint8Array(options.maxBatch);
  let steps = 0;

  return {
    model,
    async step(order, start, count): Promise<StepResult> {
      if (count > options.maxBatch) throw new RangeError(`batch of ${count} exceeds maxBatch ${options.maxBatch}`);
      // Same dropout seeds as a single replica, so 1 worker and the local backend agree.
      if (canReseed(model)) model.setSeed(dropoutSeed(options.seed, steps, 0));
      steps++;
      fillBatch(options.train, order, start, count, x, y);
      const logits = model.forward(x, count, 'train');
      const correct = countCorrect(logits, y, count, model.outputSize);
      const loss = model.backward(y, count);
      optimizer.step();
      return { loss, correct, count };
    },
    async predict(set): Promise<Int32Array> {
      const data = options.evalSets[set];
      if (!data) throw new Error(`no evaluation set named "${set}"`);
      const predictions = new Int32Array(data.count);
      for (let done = 0; done < data.count; done += options.maxBatch) {
        const n = Math.min(options.maxBatch, data.count - done);
        fillRange(data, done, n, x);
        argmaxRows(model.forward(x, n, 'infer'), n, model.outputSize, predictions.subarray(done, done + n));
      }
      return predictions;
    },
    setLearningRate: (lr) => optimizer.setLearningRate(lr),
    async dispose() {},
  };
}
