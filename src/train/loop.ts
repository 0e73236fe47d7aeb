import { epochOrder } from '../data';
import type { TrainingBackend } from './backend';
import { learningRateAt, type TrainConfig } from './config';
import { accuracyOf, confusionMatrix, type ConfusionMatrix } from './metrics';

/** Reported after every step; the caller decides how often to draw. */
export interface StepProgress {
  epoch: number;
  epochs: number;
  /** Images done in this epoch, and in the epoch in total. */
  imagesDone: number;
  imagesTotal: number;
  /** Running mean loss and accuracy over this epoch's images so far. */
  loss: number;
  accuracy: number;
  /** Images per second over this epoch so far. */
  imagesPerSecond: number;
  learningRate: number;
}

export interface Evaluation {
  accuracy: number;
  confusion: ConfusionMatrix;
}

export interface EpochReport {
  epoch: number;
  learningRate: number;
  trainLoss: number;
  trainAccuracy: number;
  validation?: Evaluation;
  test: Evaluation;
  /** Training time of the epoch, without evaluation. */
  seconds: number;
  imagesPerSecond: number;
}

export interface TrainCallbacks {
  onStep?: (progress: StepProgress) => void;
  onEpoch?: (report: EpochReport) => void;
}

/** Thrown by train() when its signal aborts (Ctrl-C, a Stop button). */
export class TrainingAborted extends Error {
  constructor() {
    super('training stopped');
    this.name = 'TrainingAborted';
  }
}

/** Predicts a whole evaluation set and scores it against its labels. */
export async function evaluate(backend: TrainingBackend, set: string, labels: ArrayLike<number>, classes = 10): Promise<Evaluation> {
  const confusion = confusionMatrix(labels, await backend.predict(set), classes);
  return { accuracy: accuracyOf(confusion), confusion };
}

type LoopConfig = Pick<TrainConfig, 'epochs' | 'batchSize' | 'seed' | 'optimizer' | 'lrDecay' | 'lrSchedule'>;

/**
 * The epoch loop: each epoch visits the training images in a seeded order, batch by
 * batch (the last batch may be smaller), then evaluates on the validation set (when
 * there is one) and the test set. Platform-free: time from performance.now(), no I/O.
 */
export async function train(
  backend: TrainingBackend,
  config: LoopConfig,
  data: {
    trainCount: number;
    testLabels: ArrayLike<number>;
    validationLabels?: ArrayLike<number>;
    /** First epoch to run (0-based), to resume a run from a checkpoint; epoch orders and rates do not depend on earlier epochs. */
    startEpoch?: number;
  },
  callbacks: TrainCallbacks = {},
  signal?: AbortSignal,
): Promise<EpochReport[]> {
  const reports: EpochReport[] = [];
  for (let epoch = data.startEpoch ?? 0; epoch < config.epochs; epoch++) {
    const learningRate = learningRateAt(config, epoch);
    backend.setLearningRate(learningRate);
    const order = epochOrder(data.trainCount, config.seed, epoch);
    const started = performance.now();
    let lossSum = 0;
    let correct = 0;
    let done = 0;
    for (let start = 0; start < data.trainCount; start += config.batchSize) {
      if (signal?.aborted) throw new TrainingAborted();
      const count = Math.min(config.batchSize, data.trainCount - start);
      const rate = learningRateAt(config, epoch, start / data.trainCount);
      if (config.lrSchedule === 'cosine') backend.setLearningRate(rate);
      const step = await backend.step(order, start, count);
      if (!Number.isFinite(step.loss)) {
        throw new Error(`loss became ${step.loss} in epoch ${epoch + 1} after ${done} images — learning rate ${rate} too high?`);
      }
      lossSum += step.loss * step.count;
      correct += step.correct;
      done += step.count;
      const seconds = (performance.now() - started) / 1000;
      callbacks.onStep?.({
        epoch, epochs: config.epochs, imagesDone: done, imagesTotal: data.trainCount,
        loss: lossSum / done, accuracy: correct / done, imagesPerSecond: done / Math.max(seconds, 1e-9),
        learningRate: rate,
      });
    }
    const seconds = (performance.now() - started) / 1000;
    if (signal?.aborted) throw new TrainingAborted();
    const validation = data.validationLabels ? await evaluate(backend, 'validation', data.validationLabels) : undefined;
    const test = await evaluate(backend, 'test', data.testLabels);
    const report: EpochReport = {
      epoch, learningRate, trainLoss: lossSum / done, trainAccuracy: correct / done,
      validation, test, seconds, imagesPerSecond: done / seconds,
    };
    reports.push(report);
    callbacks.onEpoch?.(report);
  }
  return reports;
}
