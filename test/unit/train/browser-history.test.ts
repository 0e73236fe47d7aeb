import { describe, expect, it } from 'vitest';
import { appendBatches, appendEpoch, batchCurve, batchMean, emptyHistory, epochCurve, historyUpTo, smooth } from '../../../src/train/browser-history';
import type { EpochSummary } from '../../../src/train/browser-protocol';
import { blendRate, etaSeconds, formatDuration, imagesLeft, transferEta } from '../../../src/train/browser-eta';

const epoch = (n: number, validationLoss: number | null = null): EpochSummary => ({
  epoch: n, learningRate: 0.1, trainLoss: 1 / (n + 1), trainAccuracy: 0.9, validationLoss, validationAccuracy: null,
  testAccuracy: 0.95, seconds: 1, imagesPerSecond: 100,
});

describe('per-batch values from running means', () => {
  it('recovers each batch mean', () => {
    // Batches of 4, 4, 2 images with mean losses 1, 3, 6: running means 1, 2, 3.
    expect(batchMean(0, 0, 1, 4)).toBe(1);
    expect(batchMean(1, 4, 2, 8)).toBe(3);
    expect(batchMean(2, 8, 3, 10)).toBe(7);
    expect(() => batchMean(1, 4, 1, 4)).toThrow(RangeError);
  });
});

describe('history', () => {
  it('places batches by epoch and index, and an epoch summary trims redone batches', () => {
    const h = emptyHistory();
    appendBatches(h, 0, 0, 3, [3, 2], [0.1, 0.2]);
    appendBatches(h, 0, 2, 3, [1], [0.3]);
    appendBatches(h, 1, 0, 3, [0.9], [0.5]);
    expect(h.batchLoss).toEqual([3, 2, 1, 0.9]);
    // A resume from the end of epoch 1 redraws epoch 2 from its start.
    appendEpoch(h, epoch(0));
    expect(h.batchLoss).toEqual([3, 2, 1]);
    appendEpoch(h, epoch(0, 0.5));
    expect(h.epochs).toHaveLength(1);
    expect(h.epochs[0].validationLoss).toBe(0.5);
    appendBatches(h, 1, 0, 3, [0.8, 0.7, 0.6], [0.6, 0.7, 0.8]);
    appendEpoch(h, epoch(1));
    expect(historyUpTo(h, 1)).toEqual({ batchesPerEpoch: 3, batchLoss: [3, 2, 1], batchAccuracy: [0.1, 0.2, 0.3], epochs: [h.epochs[0]] });
  });

  it('smooths with a debiased moving average and skips holes', () => {
    // w = 0.5: s1 = 0.5·4 = 2 → 2/0.5 = 4; s2 = 0.5·2 + 0.5·2 = 2 → 2/0.75.
    const s = smooth([4, undefined, 2], 0.5);
    expect(s[0]).toBe(4);
    expect(s[1]).toBeUndefined();
    expect(s[2]).toBeCloseTo(2 / 0.75, 12);
    expect(smooth([5, 5, 5], 0.9).every((v) => Math.abs((v ?? 0) - 5) < 1e-12)).toBe(true);
    expect(() => smooth([1], 1)).toThrow(RangeError);
  });

  it('thins batch curves but always keeps the newest point, x in epochs', () => {
    const values = Array.from({ length: 10 }, (_, i) => i);
    expect(batchCurve(values, 4, 100).map((p) => p.x)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5]);
    const thin = batchCurve(values, 4, 3);
    expect(thin.map((p) => p.y)).toEqual([3, 7, 9]);
    expect(epochCurve([epoch(0, 0.4), epoch(1)], (e) => e.validationLoss)).toEqual([{ x: 1, y: 0.4 }]);
  });
});

describe('ETA', () => {
  it('divides what is left by the rate; unknown without a rate', () => {
    expect(etaSeconds(25, 100, 5)).toBe(15);
    expect(etaSeconds(0, 100, 0)).toBeNull();
    expect(transferEta(10, 40, 2000)).toBe(6);
    expect(transferEta(0, 40, 2000)).toBeNull();
  });

  it('counts the rest of this epoch and all later ones', () => {
    expect(imagesLeft(0, 3, 400, 1000)).toBe(600 + 2000);
    expect(imagesLeft(2, 3, 1000, 1000)).toBe(0);
  });

  it('formats m:ss and h:mm:ss', () => {
    expect(formatDuration(42.4)).toBe('0:42');
    expect(formatDuration(725)).toBe('12:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(null)).toBe('—');
  });

  it('blends rates by the time they cover (half weight after one half-life)', () => {
    expect(blendRate(null, 50, 1)).toBe(50);
    expect(blendRate(100, 200, 2, 2)).toBe(150);
  });
});
