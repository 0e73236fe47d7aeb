/**
 * One training run inside the browser trainer's coordinator worker: the loop of loop.ts
 * over the local backend (1 worker) or the data-parallel one (replicas in Web Workers),
 * plus what the page needs on top: per-batch curves, validation loss, the best
 * checkpoint, early stopping, augmentation, pause and stop, and the final test results.
 */
import { limitDataset, shareDataset, splitValidation, type ImageDataset } from '../data';
import type { LayerConfig } from '../geometry';
import { loadWeights, serializeWeights, type Sequential } from '../tiled';
import type { TrainingBackend } from './backend';
import { augmentImages } from './browser-augment';
import { scoreModel, testResults } from './browser-evaluate';
import type { BestCheckpoint, FromTrainer, ResumePoint, StopReason, TestResults } from './browser-protocol';
import { pausableBackend, type PauseGate } from './browser-pause';
import { EVAL_BATCH, trainConfigOf, type TrainerSettings } from './browser-settings';
import { checkTrainConfig, maxBatchOf } from './config';
import type { EngineFactory } from './engine-types';
import { createLocalBackend } from './local-backend';
import { train, TrainingAborted, type EpochReport, type StepProgress } from './loop';
import { createParallelBackend } from './parallel-backend';
import type { SpawnReplica } from './ports';
import { loadTiledEngine } from './tiled-engine';
import type { KernelChoice } from '../wasm/features';

export interface RunRequest {
  runId: string;
  settings: TrainerSettings;
  initialWeights?: Uint8Array;
  resume?: ResumePoint;
  /** The tiled engine's kernels (absent: 'auto'). */
  kernels?: KernelChoice;
}

export interface RunEnvironment {
  post(message: FromTrainer): void;
  /** Starts gradient replicas (needed for more than 1 worker). */
  spawn?: SpawnReplica;
  /** SharedArrayBuffer is usable (cross-origin isolated); otherwise 1 worker. */
  sharedMemory: boolean;
}

export interface RunControl {
  gate: PauseGate;
  abort: AbortController;
}

/** How often per-batch values are sent to the page at most (the page draws less often still). */
const PROGRESS_INTERVAL_MS = 100;

/** `engine`, with every model it builds in this thread starting from `weights` (replicas get them from the coordinator). */
function startingFrom(engine: EngineFactory<Sequential>, weights: Uint8Array): EngineFactory<Sequential> {
  return {
    ...engine,
    buildModel(spec, options) {
      const model = engine.buildModel(spec, options);
      loadWeights(model, weights);
      return model;
    },
  };
}

/** How a run ended and the test results of its best checkpoint. */
export interface RunOutcome {
  reason: StopReason;
  results: TestResults;
}

/** Trains until done, stopped or stopped early; every worker it started has ended when it resolves. */
export async function runTraining(
  request: RunRequest,
  data: { train: ImageDataset; test: ImageDataset },
  env: RunEnvironment,
  control: RunControl,
): Promise<RunOutcome> {
  const { runId, settings } = request;
  const workers = env.sharedMemory && env.spawn ? settings.workers : 1;
  const config = trainConfigOf({ ...settings, workers });
  checkTrainConfig(config);
  const layers = config.model as LayerConfig[];
  const split = splitValidation(data.train, settings.validationSplit);
  const trainSet = limitDataset(split.train, settings.limit ?? undefined);
  const validation = split.validation;
  const startEpoch = request.resume?.epoch ?? 0;
  // 'auto' never throws (it falls back to JavaScript and says why); replicas load the same build.
  const kernelEngine = await loadTiledEngine(request.kernels ?? 'auto');

  // One inference model for validation and test scores; loading the start weights here
  // first refuses a mismatched file before any worker starts.
  const evalModel = kernelEngine.buildModel(layers, { seed: settings.seed, maxBatch: EVAL_BATCH });
  const startWeights = request.resume?.weights ?? request.initialWeights;
  if (startWeights) loadWeights(evalModel, startWeights);

  // Augmented images go into a copy the backend reads, rewritten before every epoch.
  const images = settings.augment ? (workers > 1 ? shareDataset(trainSet) : { ...trainSet, images: new Uint8Array(trainSet.images.length) }) : trainSet;
  if (settings.augment) augmentImages(trainSet, images.images, settings.seed, startEpoch);

  const engine = startWeights ? startingFrom(kernelEngine, startWeights) : kernelEngine;
  const options = { model: layers, seed: settings.seed, maxBatch: maxBatchOf(config), optimizer: config.optimizer, train: images, evalSets: { test: data.test } };
  const backend: TrainingBackend<Sequential> =
    workers > 1 && env.spawn ? await createParallelBackend(engine, env.spawn, workers, options) : createLocalBackend(engine, options);

  let best: BestCheckpoint | null = request.resume?.best ?? null;
  let sinceBest = request.resume?.epochsWithoutImprovement ?? 0;
  let earlyStopped = false;
  let epochsDone = startEpoch;
  const batchesPerEpoch = Math.ceil(trainSet.count / config.batchSize);
  const curve = { epoch: startEpoch, batch: 0, firstBatch: 0, done: 0, loss: 0, correct: 0, losses: [] as number[], accuracies: [] as number[], lastSent: 0, last: null as StepProgress | null };

  const flush = (): void => {
    const p = curve.last;
    if (!p || curve.losses.length === 0) return;
    env.post({
      type: 'progress', runId, epoch: curve.epoch, firstBatch: curve.firstBatch, batchesPerEpoch,
      losses: Float32Array.from(curve.losses), accuracies: Float32Array.from(curve.accuracies),
      imagesDone: p.imagesDone, imagesTotal: p.imagesTotal, imagesPerSecond: p.imagesPerSecond,
    });
    curve.firstBatch = curve.batch;
    curve.losses = [];
    curve.accuracies = [];
    curve.lastSent = performance.now();
  };

  const onStep = (p: StepProgress): void => {
    if (p.epoch !== curve.epoch) Object.assign(curve, { epoch: p.epoch, batch: 0, firstBatch: 0, done: 0, loss: 0, correct: 0 });
    // The loop reports running means over the epoch; the newest batch's own values follow from two of them.
    const count = p.imagesDone - curve.done;
    const correct = p.accuracy * p.imagesDone - curve.correct;
    curve.losses.push((p.loss * p.imagesDone - curve.loss) / count);
    curve.accuracies.push(correct / count);
    Object.assign(curve, { batch: curve.batch + 1, done: p.imagesDone, loss: p.loss * p.imagesDone, correct: p.accuracy * p.imagesDone, last: p });
    if (p.imagesDone === p.imagesTotal) {
      // The loop now scores the epoch on the test set (and this run on the validation set): say so.
      flush();
      env.post({ type: 'evaluating', runId, epoch: p.epoch });
    } else if (performance.now() - curve.lastSent >= PROGRESS_INTERVAL_MS) flush();
  };

  const onEpoch = (report: EpochReport): void => {
    flush();
    epochsDone = report.epoch + 1;
    const weights = serializeWeights(backend.model, {
      model: settings.model, epochs: epochsDone, normalisation: 'pixel/255', trainedIn: 'browser', testAccuracy: report.test.accuracy,
    });
    loadWeights(evalModel, weights);
    const scores = validation ? scoreModel(evalModel, validation, EVAL_BATCH) : null;
    const monitored = scores ? scores.loss : report.trainLoss;
    const improved = best === null || monitored < best.loss;
    if (improved) best = { epoch: report.epoch, loss: monitored, weights: weights.slice() };
    sinceBest = improved ? 0 : sinceBest + 1;
    env.post({
      type: 'epoch', runId, weights, improved, epochsWithoutImprovement: sinceBest,
      summary: {
        epoch: report.epoch, learningRate: report.learningRate, trainLoss: report.trainLoss, trainAccuracy: report.trainAccuracy,
        validationLoss: scores?.loss ?? null, validationAccuracy: scores?.accuracy ?? null, testAccuracy: report.test.accuracy,
        seconds: report.seconds, imagesPerSecond: report.imagesPerSecond,
      },
    });
    const more = epochsDone < config.epochs;
    if (more && settings.earlyStopping && scores && sinceBest >= settings.patience) {
      earlyStopped = true;
      control.abort.abort();
    } else if (more && settings.augment) {
      augmentImages(trainSet, images.images, settings.seed, epochsDone);
    }
  };

  try {
    env.post({
      type: 'started', runId, workers, trainCount: trainSet.count, validationCount: validation?.count ?? 0,
      parameterCount: backend.model.parameterCount, startEpoch, kernels: { ...kernelEngine.kernelInfo },
    });
    let reason: StopReason = 'completed';
    try {
      await train(pausableBackend(backend, control.gate, control.abort.signal), config,
        { trainCount: trainSet.count, testLabels: data.test.labels, startEpoch }, { onStep, onEpoch }, control.abort.signal);
    } catch (error) {
      if (!(error instanceof TrainingAborted)) throw error;
      reason = earlyStopped ? 'early-stopped' : 'stopped';
    }
    flush();
    env.post({ type: 'evaluating', runId });
    // The results are those of the best checkpoint, which is what is saved and downloaded.
    loadWeights(evalModel, best?.weights ?? serializeWeights(backend.model));
    return { reason, results: testResults(evalModel, data.test, EVAL_BATCH, best ? best.epoch + 1 : epochsDone) };
  } finally {
    await backend.dispose();
  }
}
