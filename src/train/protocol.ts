import type { ImageDataset } from '../data';
import type { ModelSpec } from './engine-types';

/**
 * Messages between the coordinator (main thread or page) and the gradient replicas
 * (Node worker_threads or Web Workers). Discriminated by `type`; the same shapes serve
 * both platforms. Bulk data never travels in messages: images, weights and gradients
 * live in SharedArrayBuffers set up once by `init`; steps carry only a few indices.
 *
 * Shared memory layout (P = total parameter count, all float32):
 *   weights  [P]        the current weights, written by the coordinator after each
 *                       optimizer step, copied into the replica before each step;
 *   grads    [N × P]    replica w writes its slice's gradient, already scaled by
 *                       sliceSize / batchSize, at offset w·P; the coordinator sums the
 *                       N segments in replica order (so the result is deterministic).
 * Parameters are laid out in model.parameters() order, each value array in turn.
 */

export interface InitMessage {
  type: 'init';
  replica: number;
  model: ModelSpec;
  seed: number;
  maxBatch: number;
  /** Images shared with every replica (SharedArrayBuffer-backed). */
  train: ImageDataset;
  /** Evaluation sets by name ('test', 'validation'), also shared. */
  evalSets: Record<string, ImageDataset>;
  weights: SharedArrayBuffer;
  grads: SharedArrayBuffer;
  /** The coordinator engine's kernels (EngineFactory.kernels), so every replica computes alike. */
  kernels?: string;
}

/** Compute the gradient of one slice of a batch: train images `indices`, of a batch of `batchSize`. */
export interface StepMessage {
  type: 'step';
  id: number;
  /** Steps since training began (seeds dropout masks). */
  step: number;
  indices: Uint32Array;
  batchSize: number;
}

/** Predict images start … start+count−1 of an evaluation set, in batches of at most maxBatch. */
export interface PredictMessage {
  type: 'predict';
  id: number;
  set: string;
  start: number;
  count: number;
}

export interface ShutdownMessage {
  type: 'shutdown';
}

export type ToReplica = InitMessage | StepMessage | PredictMessage | ShutdownMessage;

export interface ReadyMessage {
  type: 'ready';
  replica: number;
  parameterCount: number;
}

export interface StepDoneMessage {
  type: 'stepDone';
  id: number;
  replica: number;
  /** Mean loss over the slice. */
  loss: number;
  /** Slice images whose training-mode argmax equals the label. */
  correct: number;
  count: number;
}

export interface PredictDoneMessage {
  type: 'predictDone';
  id: number;
  replica: number;
  /** Predicted class per image of the range (its buffer is transferred). */
  predictions: Int32Array;
}

export interface ReplicaErrorMessage {
  type: 'error';
  replica: number;
  message: string;
  stack?: string;
}

export type FromReplica = ReadyMessage | StepDoneMessage | PredictDoneMessage | ReplicaErrorMessage;
