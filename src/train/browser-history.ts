/**
 * The curves of a run as the page keeps and draws them: per-batch loss and accuracy
 * (recovered from the loop's running means), smoothed, thinned for drawing, and the
 * per-epoch summaries. Pure functions over plain arrays.
 */
import type { EpochSummary } from './browser-protocol';

/** A point of a curve; x is in epochs (1.5 = halfway through the second epoch). */
export interface CurvePoint {
  x: number;
  y: number;
}

/** Everything drawn about one run, serialisable as is (stored with the checkpoint). */
export interface RunHistory {
  batchesPerEpoch: number;
  /** Per-batch training loss and accuracy, batch after batch over all epochs. */
  batchLoss: number[];
  batchAccuracy: number[];
  epochs: EpochSummary[];
}

export const emptyHistory = (): RunHistory => ({ batchesPerEpoch: 0, batchLoss: [], batchAccuracy: [], epochs: [] });

/**
 * The mean of the newest batch from two running means of an epoch:
 * (mean·n − previousMean·previousN) / (n − previousN).
 */
export function batchMean(previousMean: number, previousCount: number, mean: number, count: number): number {
  const added = count - previousCount;
  if (added <= 0) throw new RangeError(`batchMean: count must grow (from ${previousCount} to ${count})`);
  return (mean * count - previousMean * previousCount) / added;
}

/**
 * Adds a progress message's batches to the history. Batches are placed by their index
 * (epoch · batchesPerEpoch + batch), so a message repeated or arriving after a resume
 * lands where it belongs instead of shifting the curve.
 */
export function appendBatches(
  history: RunHistory,
  epoch: number,
  firstBatch: number,
  batchesPerEpoch: number,
  losses: ArrayLike<number>,
  accuracies: ArrayLike<number>,
): void {
  history.batchesPerEpoch = batchesPerEpoch;
  const start = epoch * batchesPerEpoch + firstBatch;
  for (let i = 0; i < losses.length; i++) {
    history.batchLoss[start + i] = losses[i];
    history.batchAccuracy[start + i] = accuracies[i];
  }
}

/** Keeps the epoch summaries in epoch order, one per epoch (a repeated epoch replaces the old one). */
export function appendEpoch(history: RunHistory, summary: EpochSummary): void {
  history.epochs = [...history.epochs.filter((e) => e.epoch !== summary.epoch), summary].sort((a, b) => a.epoch - b.epoch);
  // A resumed run redoes the batches after its checkpoint: forget any drawn beyond it.
  history.batchLoss.length = Math.min(history.batchLoss.length, (summary.epoch + 1) * history.batchesPerEpoch);
  history.batchAccuracy.length = history.batchLoss.length;
}

/** The history as of the end of `epochs` epochs (what a checkpoint after that epoch resumes from). */
export function historyUpTo(history: RunHistory, epochs: number): RunHistory {
  const batches = epochs * history.batchesPerEpoch;
  return {
    batchesPerEpoch: history.batchesPerEpoch,
    batchLoss: history.batchLoss.slice(0, batches),
    batchAccuracy: history.batchAccuracy.slice(0, batches),
    epochs: history.epochs.filter((e) => e.epoch < epochs),
  };
}

/**
 * Exponential moving average with TensorBoard's debiasing, so the first points are not
 * pulled towards 0: s_t = w·s_{t−1} + (1−w)·v_t, shown as s_t / (1 − w^t). Holes
 * (undefined entries) are skipped.
 */
export function smooth(values: readonly (number | undefined)[], weight: number): (number | undefined)[] {
  if (!(weight >= 0 && weight < 1)) throw new RangeError(`smooth: weight must be in [0, 1), got ${weight}`);
  const out: (number | undefined)[] = new Array(values.length);
  let last = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || !Number.isFinite(v)) continue;
    last = last * weight + (1 - weight) * v;
    count++;
    out[i] = last / (1 - weight ** count);
  }
  return out;
}

/** Batch values as curve points (x in epochs, at the end of each batch), thinned to at most maxPoints. */
export function batchCurve(values: readonly (number | undefined)[], batchesPerEpoch: number, maxPoints: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  if (batchesPerEpoch <= 0) return points;
  const stride = Math.max(1, Math.ceil(values.length / Math.max(1, maxPoints)));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Every stride-th point, and always the newest, so the curve reaches "now".
    if (v === undefined || (i % stride !== stride - 1 && i !== values.length - 1)) continue;
    points.push({ x: (i + 1) / batchesPerEpoch, y: v });
  }
  return points;
}

/** One per-epoch value as points at the end of each epoch (x = epoch count), skipping nulls. */
export function epochCurve(epochs: readonly EpochSummary[], pick: (e: EpochSummary) => number | null): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (const e of epochs) {
    const y = pick(e);
    if (y !== null && Number.isFinite(y)) points.push({ x: e.epoch + 1, y });
  }
  return points;
}
