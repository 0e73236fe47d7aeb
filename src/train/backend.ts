import type { ImageDataset } from '../data';
import type { ModelSpec, OptimizerSettings, TrainableModel } from './engine-types';

/** The outcome of one optimisation step over a batch. */
export interface StepResult {
  /** Mean loss over the batch. */
  loss: number;
  /** Images whose training-mode prediction was right. */
  correct: number;
  count: number;
}

/**
 * Where the gradient work happens: in the calling thread (local-backend.ts) or spread
 * over replicas in worker threads (parallel-backend.ts). The loop does not know which.
 */
export interface TrainingBackend<M extends TrainableModel = TrainableModel> {
  /** One forward/backward/update over train images order[start … start+count). */
  step(order: Uint32Array, start: number, count: number): Promise<StepResult>;
  /** The predicted class of every image of an evaluation set given at creation. */
  predict(set: string): Promise<Int32Array>;
  setLearningRate(lr: number): void;
  /** The coordinator's model; its weights are the trained ones after each step (save these). */
  readonly model: M;
  /** Stops any threads; the backend cannot be used afterwards. */
  dispose(): Promise<void>;
}

export interface BackendOptions {
  model: ModelSpec;
  seed: number;
  /** Largest slice or evaluation batch a model must hold. */
  maxBatch: number;
  optimizer: OptimizerSettings;
  train: ImageDataset;
  evalSets: Record<string, ImageDataset>;
}
