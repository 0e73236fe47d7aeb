import { describe, expect, it } from 'vitest';
import { limitDataset, sliceDataset } from '../../../src/data';
import { loadMnist } from '../../../src/data/node';
import {
  accuracyOf,
  argmaxRows,
  checkTrainConfig,
  confusionMatrix,
  countCorrect,
  createLocalBackend,
  learningRateAt,
  train,
  TrainingAborted,
  type StepProgress,
  type TrainConfig,
} from '../../../src/train';
import { linearEngine } from './fixtures/linear-engine';

describe('metrics', () => {
  it('argmax per row, first index on ties, and the count of correct rows', () => {
    const logits = Float32Array.from([0.1, 0.7, 0.2, /**/ 5, -1, 5, /**/ -3, -2, -1]);
    expect(Array.from(argmaxRows(logits, 3, 3))).toEqual([1, 0, 2]);
    expect(countCorrect(logits, [1, 2, 2], 3, 3)).toBe(2);
  });

  it('confusion matrix rows are true classes, columns predictions', () => {
    const m = confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3);
    expect(m).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
    expect(accuracyOf(m)).toBeCloseTo(4 / 6, 12);
    expect(() => confusionMatrix([1], [1, 2])).toThrow(RangeError);
  });
});

const config: TrainConfig = {
  model: 'linear', epochs: 2, batchSize: 32, optimizer: { type: 'sgd', lr: 0.1 }, lrSchedule: 'step', lrDecay: 0.5,
  seed: 1, workers: 1, valSplit: 0, evalBatch: 100,
};

describe('configuration', () => {
  it('decays the learning rate per epoch', () => {
    expect(learningRateAt(config, 0)).toBe(0.1);
    expect(learningRateAt(config, 2)).toBeCloseTo(0.025, 12);
  });

  it('cosine anneals from lr through lr/2 at mid-run to 0 at the end', () => {
    const cosine = { ...config, lrSchedule: 'cosine' as const, epochs: 4 };
    expect(learningRateAt(cosine, 0, 0)).toBeCloseTo(0.1, 12);
    expect(learningRateAt(cosine, 2, 0)).toBeCloseTo(0.05, 12);
    expect(learningRateAt(cosine, 3, 0)).toBeCloseTo(0.1 * (0.5 + 0.5 * Math.cos((3 * Math.PI) / 4)), 12);
    expect(learningRateAt(cosine, 3, 1)).toBeCloseTo(0, 12);
  });

  it('names the impossible setting', () => {
    expect(() => checkTrainConfig({ ...config, workers: 0 })).toThrow('workers must be a whole number ≥ 1, got 0');
    expect(() => checkTrainConfig({ ...config, optimizer: { type: 'sgd', lr: -1 } })).toThrow(/learning rate/);
    expect(() => checkTrainConfig({ ...config, valSplit: 1 })).toThrow(/validation split/);
    expect(() => checkTrainConfig(config)).not.toThrow();
  });
});

describe('the epoch loop', () => {
  const trainSet = limitDataset(loadMnist('train'), 2000);
  const test = sliceDataset(loadMnist('test'), 0, 1000);

  it('learns MNIST with softmax regression: 2,000 images, 2 epochs → ≥ 80% on 1,000 test images', async () => {
    const backend = createLocalBackend(linearEngine, { model: 'linear', seed: 1, maxBatch: 100, optimizer: config.optimizer, train: trainSet, evalSets: { test } });
    const steps: StepProgress[] = [];
    const reports = await train(backend, config, { trainCount: 2000, testLabels: test.labels }, { onStep: (p) => steps.push(p) });
    expect(reports).toHaveLength(2);
    expect(reports[1].learningRate).toBeCloseTo(0.05, 12);
    expect(steps).toHaveLength(2 * Math.ceil(2000 / 32));
    expect(steps[62]).toMatchObject({ epoch: 0, imagesDone: 2000, imagesTotal: 2000 });
    expect(reports[0].trainLoss).toBeLessThan(Math.log(10));
    expect(reports[1].trainLoss).toBeLessThan(reports[0].trainLoss);
    expect(reports[1].test.accuracy).toBeGreaterThanOrEqual(0.8);
    // The confusion matrix covers the 1,000 test images and agrees with the accuracy.
    const total = reports[1].test.confusion.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(1000);
    expect(accuracyOf(reports[1].test.confusion)).toBe(reports[1].test.accuracy);
  });

  it('stops between steps when its signal aborts', async () => {
    const backend = createLocalBackend(linearEngine, { model: 'linear', seed: 1, maxBatch: 100, optimizer: config.optimizer, train: trainSet, evalSets: { test } });
    const controller = new AbortController();
    let seen = 0;
    const run = train(backend, config, { trainCount: 2000, testLabels: test.labels }, {
      onStep: () => {
        if (++seen === 3) controller.abort();
      },
    }, controller.signal);
    await expect(run).rejects.toBeInstanceOf(TrainingAborted);
    expect(seen).toBe(3);
  });
});
