import type { ModelName } from '../geometry';
import type { OptimizerSettings } from './engine-types';

/** A tested default for one model: what `npm run train -- --model X` uses unless flags override it. */
export interface Recipe {
  epochs: number;
  batchSize: number;
  optimizer: OptimizerSettings;
  lrSchedule: 'step' | 'cosine';
  lrDecay: number;
  /** What this recipe measured on the full MNIST test set (seed 1), for --help and the docs. */
  measured: string;
}

/** Models with 28×28×1 input and 10 classes, which the MNIST trainer accepts. */
export const MNIST_MODELS = ['lenet5', 'lenet5-classic', 'mlp', 'keras-a', 'keras-b', 'keras-c'] as const satisfies readonly ModelName[];
export type MnistModelName = (typeof MNIST_MODELS)[number];

export const RECIPES: Record<MnistModelName, Recipe> = {
  lenet5: {
    epochs: 5, batchSize: 64, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, lrSchedule: 'step', lrDecay: 0.6,
    measured: 'not measured yet',
  },
  'lenet5-classic': {
    epochs: 5, batchSize: 64, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, lrSchedule: 'step', lrDecay: 0.6,
    measured: 'not measured yet',
  },
  mlp: {
    epochs: 5, batchSize: 64, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, lrSchedule: 'step', lrDecay: 0.6,
    measured: 'not measured yet',
  },
  'keras-a': {
    epochs: 5, batchSize: 64, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, lrSchedule: 'step', lrDecay: 0.6,
    measured: 'not measured yet',
  },
  'keras-b': {
    epochs: 5, batchSize: 64, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, lrSchedule: 'step', lrDecay: 0.6,
    measured: 'not measured yet',
  },
  'keras-c': {
    epochs: 5, batchSize: 64, optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, lrSchedule: 'step', lrDecay: 0.6,
    measured: 'not measured yet',
  },
};

export const isMnistModel = (name: string): name is MnistModelName => (MNIST_MODELS as readonly string[]).includes(name);
