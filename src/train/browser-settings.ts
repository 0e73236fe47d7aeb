/**
 * What the browser trainer lets a student choose, and how a choice becomes the loop's
 * TrainConfig and a layer list. Pure: the page, the worker and the tests share it.
 */
import { MODELS, summary, type LayerConfig } from '../geometry';
import { Sequential } from '../tiled';
import { RECIPES } from './recipes';
import type { OptimizerSettings } from './engine-types';
import type { TrainConfig } from './config';

export const TRAINER_MODELS = ['lenet5', 'lenet5-classic', 'mlp', 'custom'] as const;
export type TrainerModel = (typeof TRAINER_MODELS)[number];
export const TRAINER_OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adam'] as const;
export type TrainerOptimizer = (typeof TRAINER_OPTIMIZERS)[number];

export interface TrainerSettings {
  model: TrainerModel;
  /** The layers trained when model is 'custom' (28×28×1 input). */
  customLayers: LayerConfig[];
  optimizer: TrainerOptimizer;
  learningRate: number;
  /** 'step': the rate of epoch e is learningRate · lrDecay^e; 'cosine': annealed batch by batch to 0 at the end of the run. */
  lrSchedule: 'step' | 'cosine';
  /** Step schedule's factor per epoch. */
  lrDecay: number;
  batchSize: number;
  epochs: number;
  /** Rate of a dropout layer just before the last dense layer; 0 = none (an existing one is removed). */
  dropout: number;
  /** L2 weight decay λ on kernels. */
  weightDecay: number;
  /** Random shifts (±2 px) and rotations (±10°) of the training images, drawn anew each epoch. */
  augment: boolean;
  earlyStopping: boolean;
  /** Epochs without a better validation loss before early stopping ends the run. */
  patience: number;
  /** Fraction of the 60,000 training images held out for validation (the last ones, like Keras). */
  validationSplit: number;
  seed: number;
  /** Gradient workers; more than 1 needs cross-origin isolation (SharedArrayBuffer). */
  workers: number;
  /** Train on the first `limit` training images only; null = all. */
  limit: number | null;
}

export const MOMENTUM = 0.9;
/** The rate each optimizer starts from when chosen by hand (SGD's as in the step-decay recipes). */
export const DEFAULT_RATES: Record<TrainerOptimizer, number> = { sgd: 0.05, momentum: 0.05, nesterov: 0.05, adam: 0.001 };

export const LR_SCHEDULES = ['cosine', 'step'] as const;

/**
 * The tested recipe of src/train/recipes.ts for a course model (optimizer, rate, schedule,
 * batch size); custom layers get LeNet-5's. Epochs are the recipe's too.
 */
export function recipeSettings(model: TrainerModel): Pick<TrainerSettings, 'optimizer' | 'learningRate' | 'lrSchedule' | 'lrDecay' | 'batchSize' | 'epochs'> {
  const recipe = RECIPES[model === 'custom' ? 'lenet5' : model];
  const { optimizer } = recipe;
  const choice: TrainerOptimizer =
    optimizer.type === 'adam' ? 'adam' : optimizer.nesterov ? 'nesterov' : (optimizer.momentum ?? 0) > 0 ? 'momentum' : 'sgd';
  return {
    optimizer: choice, learningRate: optimizer.lr, lrSchedule: recipe.lrSchedule, lrDecay: recipe.lrDecay,
    batchSize: recipe.batchSize, epochs: recipe.epochs,
  };
}

/** LeNet-5 with its recipe, a tenth of the images for validation, early stopping after 2 epochs without progress. */
export function defaultSettings(): TrainerSettings {
  return {
    model: 'lenet5',
    customLayers: structuredClone(MODELS.lenet5.layers),
    ...recipeSettings('lenet5'),
    dropout: 0,
    weightDecay: 0,
    augment: false,
    earlyStopping: true,
    patience: 2,
    validationSplit: 0.1,
    seed: 1,
    workers: 1,
    limit: null,
  };
}

/** The chosen model's layers with the dropout setting applied before the last dense layer. */
export function trainerLayers(settings: Pick<TrainerSettings, 'model' | 'customLayers' | 'dropout'>): LayerConfig[] {
  const base = settings.model === 'custom' ? settings.customLayers : MODELS[settings.model].layers;
  const layers = structuredClone(base);
  const last = layers.map((l) => l.type).lastIndexOf('dense');
  if (last < 0) return layers;
  const before = layers[last - 1];
  if (before?.type === 'dropout') {
    if (settings.dropout > 0) layers[last - 1] = { ...before, rate: settings.dropout };
    else layers.splice(last - 1, 1);
  } else if (settings.dropout > 0) {
    layers.splice(last, 0, { type: 'dropout', rate: settings.dropout });
  }
  return layers;
}

export function optimizerOf(settings: Pick<TrainerSettings, 'optimizer' | 'learningRate' | 'weightDecay'>): OptimizerSettings {
  const weightDecay = settings.weightDecay;
  switch (settings.optimizer) {
    case 'sgd':
      return { type: 'sgd', lr: settings.learningRate, weightDecay };
    case 'momentum':
      return { type: 'sgd', lr: settings.learningRate, momentum: MOMENTUM, weightDecay };
    case 'nesterov':
      return { type: 'sgd', lr: settings.learningRate, momentum: MOMENTUM, nesterov: true, weightDecay };
    case 'adam':
      return { type: 'adam', lr: settings.learningRate, weightDecay };
  }
}

/** Evaluation runs on inference batches this large (larger than training batches is fine). */
export const EVAL_BATCH = 256;

export function trainConfigOf(settings: TrainerSettings): TrainConfig {
  return {
    model: trainerLayers(settings),
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    optimizer: optimizerOf(settings),
    lrSchedule: settings.lrSchedule,
    lrDecay: settings.lrSchedule === 'cosine' ? 1 : settings.lrDecay,
    seed: settings.seed,
    workers: settings.workers,
    limit: settings.limit ?? undefined,
    valSplit: settings.validationSplit,
    evalBatch: EVAL_BATCH,
  };
}

/** A setting that cannot work, as a message key for the page's dictionary and its values. */
export interface SettingProblem {
  field: keyof TrainerSettings;
  key: 'wholeNumber' | 'range' | 'positive' | 'layers' | 'outputs' | 'choice';
  params: Record<string, string | number>;
}

const MNIST_SHAPE = [28, 28, 1];

/**
 * Every impossible setting (empty when the run can start). Layers are checked by
 * geometry (shapes) and by building the tiled model (layers it cannot train), and the
 * model must end in 10 values, one per digit.
 */
export function settingProblems(settings: TrainerSettings, maxWorkers = 64): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const whole = (field: keyof TrainerSettings, value: number, min: number, max: number): void => {
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field, key: 'wholeNumber', params: { min, max } });
  };
  const range = (field: keyof TrainerSettings, value: number, min: number, max: number): void => {
    if (!(value >= min && value <= max)) problems.push({ field, key: 'range', params: { min, max } });
  };
  if (!(settings.learningRate > 0 && settings.learningRate <= 10)) problems.push({ field: 'learningRate', key: 'positive', params: { max: 10 } });
  range('lrDecay', settings.lrDecay, 0.01, 1);
  if (!(LR_SCHEDULES as readonly string[]).includes(settings.lrSchedule)) problems.push({ field: 'lrSchedule', key: 'choice', params: { choices: LR_SCHEDULES.join(', ') } });
  whole('batchSize', settings.batchSize, 1, 1024);
  whole('epochs', settings.epochs, 1, 100);
  range('dropout', settings.dropout, 0, 0.9);
  range('weightDecay', settings.weightDecay, 0, 0.1);
  whole('patience', settings.patience, 1, 20);
  range('validationSplit', settings.validationSplit, 0, 0.5);
  whole('seed', settings.seed, 0, 2 ** 31 - 1);
  whole('workers', settings.workers, 1, maxWorkers);
  if (settings.limit !== null) whole('limit', settings.limit, 10, 60000);
  const layerProblem = layersProblem(trainerLayers(settings));
  if (layerProblem) problems.push(layerProblem);
  return problems;
}

function layersProblem(layers: LayerConfig[]): SettingProblem | null {
  try {
    const rows = summary(layers, MNIST_SHAPE).rows;
    const out = rows[rows.length - 1]?.outputShape ?? [];
    if (out.length !== 1 || out[0] !== 10) return { field: 'customLayers', key: 'outputs', params: { shape: `(${out.join(', ')})` } };
    Sequential.fromConfigs(layers, MNIST_SHAPE, { seed: 0, maxBatch: 1 });
    return null;
  } catch (error) {
    return { field: 'customLayers', key: 'layers', params: { reason: error instanceof Error ? error.message : String(error) } };
  }
}
