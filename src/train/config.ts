import type { ModelSpec, OptimizerSettings } from './engine-types';

/** Everything that decides a training run; with the same config the run is reproducible. */
export interface TrainConfig {
  model: ModelSpec;
  epochs: number;
  batchSize: number;
  optimizer: OptimizerSettings;
  /**
   * 'step': the rate of epoch e (0-based) is lr · lrDecay^e (lrDecay 1 keeps it constant).
   * 'cosine': annealed batch by batch from lr to 0 over the whole run,
   * lr · ½(1 + cos(π·t/T)) with t images seen of T; lrDecay is not used.
   */
  lrSchedule: 'step' | 'cosine';
  lrDecay: number;
  /** Seeds weight initialisation and every epoch's shuffle. */
  seed: number;
  /** Replicas computing gradients in parallel; 1 trains in the calling thread. */
  workers: number;
  /** Train on the first `limit` training images only (after the validation split is taken). */
  limit?: number;
  /** Fraction of the training images held out for validation (the last ones, like Keras). */
  valSplit: number;
  /** Batch size for evaluation (inference only, so it can be larger than batchSize). */
  evalBatch: number;
}

/** Learning rate at a 0-based epoch, `fraction` (0 … 1) of the way through it. */
export function learningRateAt(
  config: Pick<TrainConfig, 'optimizer' | 'lrDecay' | 'lrSchedule' | 'epochs'>,
  epoch: number,
  fraction = 0,
): number {
  if (config.lrSchedule === 'cosine') {
    const progress = (epoch + fraction) / config.epochs;
    return config.optimizer.lr * 0.5 * (1 + Math.cos(Math.PI * progress));
  }
  return config.optimizer.lr * config.lrDecay ** epoch;
}

/** The largest batch any replica must hold: a training slice or an evaluation batch. */
export function maxBatchOf(config: Pick<TrainConfig, 'batchSize' | 'evalBatch'>): number {
  return Math.max(config.batchSize, config.evalBatch);
}

/** Throws a RangeError naming the first impossible setting. */
export function checkTrainConfig(config: TrainConfig): void {
  const positiveInt = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a whole number ≥ 1, got ${v}`);
  };
  positiveInt('epochs', config.epochs);
  positiveInt('batch size', config.batchSize);
  positiveInt('workers', config.workers);
  positiveInt('eval batch', config.evalBatch);
  if (config.limit !== undefined) positiveInt('limit', config.limit);
  if (!(config.optimizer.lr > 0) || !Number.isFinite(config.optimizer.lr)) throw new RangeError(`learning rate must be > 0, got ${config.optimizer.lr}`);
  if (!(config.lrDecay > 0 && config.lrDecay <= 1)) throw new RangeError(`lr decay must be in (0, 1], got ${config.lrDecay}`);
  if (!(config.valSplit >= 0 && config.valSplit < 1)) throw new RangeError(`validation split must be in [0, 1), got ${config.valSplit}`);
  if (config.optimizer.type === 'sgd') {
    const m = config.optimizer.momentum ?? 0;
    if (!(m >= 0 && m < 1)) throw new RangeError(`momentum must be in [0, 1), got ${m}`);
  }
  if ((config.optimizer.weightDecay ?? 0) < 0) throw new RangeError(`weight decay must be ≥ 0, got ${config.optimizer.weightDecay}`);
}
