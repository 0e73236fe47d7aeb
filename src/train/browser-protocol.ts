/**
 * Messages between the page and the browser trainer's coordinator worker (a second
 * protocol above protocol.ts, which the coordinator speaks to its gradient replicas).
 * Discriminated by `type`. Bulk data travels as fresh typed arrays whose buffers are
 * transferred, not copied: weights files, per-batch curves, misclassified images.
 */
import type { ImageDataset } from '../data';
import type { KernelBackendInfo, KernelKind } from '../tiled/kernels';
import { isKernelChoice, type KernelChoice } from '../wasm/features';
import type { TrainerSettings } from './browser-settings';

/** The coordinator's starting point when a run resumes from a checkpoint. */
export interface ResumePoint {
  /** Epochs already done; training continues with this 0-based epoch. */
  epoch: number;
  /** Weights after that epoch (a .cnnw file). */
  weights: Uint8Array;
  /** The best checkpoint so far, so early stopping and "best" carry on. */
  best: BestCheckpoint | null;
  epochsWithoutImprovement: number;
}

export interface BestCheckpoint {
  epoch: number;
  /** Validation loss when there is a validation set, else training loss. */
  loss: number;
  weights: Uint8Array;
}

export type ToTrainer =
  /** Fetch the MNIST assets (answered by loadProgress …, then dataReady or error). */
  | { type: 'load'; baseUrl?: string }
  /** Use these images instead of the assets (tests, small demos); their buffers are transferred. */
  | { type: 'useData'; train: ImageDataset; test: ImageDataset }
  /**
   * Train; `initialWeights` (a .cnnw file) starts from given weights, `resume` continues a run;
   * `kernels` picks the tiled engine's kernels (absent: 'auto', the fastest this browser runs).
   */
  | { type: 'start'; runId: string; settings: TrainerSettings; initialWeights?: Uint8Array; resume?: ResumePoint; kernels?: KernelChoice }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  /** Score a weights file on the test set (answered by results or error). */
  | { type: 'evaluate'; weights: Uint8Array };

/** One epoch's numbers, as the page charts and stores them. */
export interface EpochSummary {
  /** 0-based. */
  epoch: number;
  learningRate: number;
  trainLoss: number;
  trainAccuracy: number;
  validationLoss: number | null;
  validationAccuracy: number | null;
  testAccuracy: number;
  seconds: number;
  imagesPerSecond: number;
}

export interface Mistake {
  /** Index in the test set. */
  index: number;
  label: number;
  predicted: number;
  /** Softmax probability of the predicted class. */
  confidence: number;
}

export interface TestResults {
  accuracy: number;
  loss: number;
  /** counts[true][predicted]. */
  confusion: number[][];
  /** The most confident mistakes first. */
  mistakes: Mistake[];
  /** rows·cols pixels per mistake, in the same order (transferred). */
  mistakeImages: Uint8Array;
  rows: number;
  cols: number;
  /** The epoch (1-based count) whose weights were scored; 0 for a loaded file or a run stopped in its first epoch. */
  epochs: number;
}

export type ErrorCode = 'data' | 'settings' | 'weights' | 'busy' | 'worker' | 'training';
export type StopReason = 'completed' | 'early-stopped' | 'stopped';

export type FromTrainer =
  | { type: 'loadProgress'; loadedBytes: number; totalBytes: number }
  | { type: 'dataReady'; trainCount: number; testCount: number; rows: number; cols: number }
  /** `kernels`: what the run's models compute with and why (absent from a worker that predates the choice). */
  | { type: 'started'; runId: string; workers: number; trainCount: number; validationCount: number; parameterCount: number; startEpoch: number; kernels?: KernelBackendInfo }
  /**
   * Batches since the last progress message: `losses[i]` and `accuracies[i]` are batch
   * firstBatch + i of the run's epoch `epoch` (per batch, not running means).
   */
  | {
      type: 'progress';
      runId: string;
      epoch: number;
      firstBatch: number;
      batchesPerEpoch: number;
      losses: Float32Array;
      accuracies: Float32Array;
      imagesDone: number;
      imagesTotal: number;
      imagesPerSecond: number;
    }
  | { type: 'paused'; runId: string }
  | { type: 'resumed'; runId: string }
  /** After every epoch: the numbers and the weights (transferred); `improved` marks a new best checkpoint. */
  | { type: 'epoch'; runId: string; summary: EpochSummary; weights: Uint8Array; improved: boolean; epochsWithoutImprovement: number }
  /** Scoring started: the epoch `epoch` (0-based) on validation and test images, or (no epoch) the final weights. */
  | { type: 'evaluating'; runId: string | null; epoch?: number }
  | { type: 'done'; runId: string; reason: StopReason; results: TestResults }
  | { type: 'results'; results: TestResults }
  | { type: 'error'; runId: string | null; code: ErrorCode; message: string };

const TO_TYPES = ['load', 'useData', 'start', 'pause', 'resume', 'stop', 'evaluate'] as const;
const FROM_TYPES = ['loadProgress', 'dataReady', 'started', 'progress', 'paused', 'resumed', 'epoch', 'evaluating', 'done', 'results', 'error'] as const;

const KERNEL_KINDS: readonly KernelKind[] = ['js', 'simd', 'relaxed'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKernelInfo = (v: unknown): boolean =>
  isRecord(v) && (KERNEL_KINDS as readonly unknown[]).includes(v.kind) && typeof v.reason === 'string';
const isDataset = (v: unknown): boolean =>
  isRecord(v) && v.images instanceof Uint8Array && v.labels instanceof Uint8Array && typeof v.count === 'number' &&
  typeof v.rows === 'number' && typeof v.cols === 'number' && v.images.length === v.count * v.rows * v.cols && v.labels.length === v.count;

/** True for a well-formed page → worker message (the worker ignores anything else with an error reply). */
export function isToTrainer(value: unknown): value is ToTrainer {
  if (!isRecord(value) || !(TO_TYPES as readonly unknown[]).includes(value.type)) return false;
  switch (value.type) {
    case 'useData':
      return isDataset(value.train) && isDataset(value.test);
    case 'start':
      return typeof value.runId === 'string' && isRecord(value.settings) &&
        (value.initialWeights === undefined || value.initialWeights instanceof Uint8Array) &&
        (value.resume === undefined || (isRecord(value.resume) && value.resume.weights instanceof Uint8Array && Number.isInteger(value.resume.epoch))) &&
        (value.kernels === undefined || (typeof value.kernels === 'string' && isKernelChoice(value.kernels)));
    case 'evaluate':
      return value.weights instanceof Uint8Array;
    case 'load':
      return value.baseUrl === undefined || typeof value.baseUrl === 'string';
    default:
      return true;
  }
}

/** True for a well-formed worker → page message. */
export function isFromTrainer(value: unknown): value is FromTrainer {
  if (!isRecord(value) || !(FROM_TYPES as readonly unknown[]).includes(value.type)) return false;
  switch (value.type) {
    case 'progress':
      return value.losses instanceof Float32Array && value.accuracies instanceof Float32Array &&
        value.losses.length === value.accuracies.length && typeof value.epoch === 'number' && typeof value.firstBatch === 'number';
    case 'epoch':
      return isRecord(value.summary) && value.weights instanceof Uint8Array && typeof value.improved === 'boolean';
    case 'done':
    case 'results':
      return isRecord(value.results) && value.results.mistakeImages instanceof Uint8Array && Array.isArray(value.results.confusion);
    case 'error':
      return typeof value.message === 'string' && typeof value.code === 'string';
    case 'loadProgress':
      return typeof value.loadedBytes === 'number' && typeof value.totalBytes === 'number';
    case 'started':
      return typeof value.runId === 'string' && typeof value.workers === 'number' && (value.kernels === undefined || isKernelInfo(value.kernels));
    default:
      return true;
  }
}

/** The buffers of a message to transfer rather than copy (each buffer once, never a shared one or one a view fills only in part). */
export function transferablesOf(message: ToTrainer | FromTrainer): ArrayBuffer[] {
  const views: ArrayBufferView[] = [];
  switch (message.type) {
    case 'useData':
      views.push(message.train.images, message.train.labels, message.test.images, message.test.labels);
      break;
    case 'start':
      if (message.initialWeights) views.push(message.initialWeights);
      if (message.resume) views.push(message.resume.weights);
      if (message.resume?.best) views.push(message.resume.best.weights);
      break;
    case 'evaluate':
    case 'epoch':
      views.push(message.weights);
      break;
    case 'progress':
      views.push(message.losses, message.accuracies);
      break;
    case 'done':
    case 'results':
      views.push(message.results.mistakeImages);
      break;
    default:
      break;
  }
  // Only buffers a view fills whole: part of a buffer may belong to something still in use —
  // above all a WebAssembly model's memory (the wasm kernels), which cannot be transferred at
  // all. Such views are copied by postMessage instead.
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) {
    if (view.buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) buffers.add(view.buffer);
  }
  return [...buffers];
}
