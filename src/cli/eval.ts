/**
 * `npm run eval -- --weights FILE`: the test accuracy and confusion matrix of a saved
 * model on the MNIST test set. Exit codes: 0 done, 1 unreadable or corrupt weights, 2 bad
 * command line.
 */
import { readFileSync } from 'node:fs';
import { fillRange, limitDataset } from '../data';
import { loadMnist } from '../data/node';
import { modelFromWeights, readWeightsHeader, WeightsFormatError } from '../tiled';
import { accuracyOf, confusionMatrix } from '../train';
import { formatConfusion } from './confusion-table';
import { formatUsage, parseFlags, UsageError, type FlagTable } from './flags';

const EVAL_FLAGS: FlagTable = {
  weights: { kind: 'string', help: 'weights file written by npm run train (required)', meta: 'FILE' },
  limit: { kind: 'int', help: 'evaluate on the first N test images only', min: 1, defaultText: 'all 10,000' },
  'batch-size': { kind: 'int', help: 'images per inference batch', min: 1, defaultText: '256' },
};
export const EVAL_USAGE = formatUsage(
  'Usage: npm run eval -- --weights FILE [options]\n\nPrints the test accuracy on MNIST and the 10×10 confusion matrix (rows: true digit, columns: predicted).',
  EVAL_FLAGS,
);

function main(argv: string[]): number {
  let flags;
  try {
    flags = parseFlags(argv, EVAL_FLAGS);
    if (!flags.help && flags.weights === undefined) throw new UsageError('--weights is required');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(EVAL_USAGE);
    return 0;
  }
  const path = flags.weights as string;
  const batch = (flags['batch-size'] as number | undefined) ?? 256;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let model;
  let metadata: Record<string, unknown>;
  try {
    metadata = readWeightsHeader(bytes).metadata;
    model = modelFromWeights(bytes, { maxBatch: batch });
  } catch (error) {
    if (!(error instanceof WeightsFormatError)) throw error;
    process.stderr.write(`${path}: ${error.message}\n`);
    return 1;
  }
  if (model.inputSize !== 28 * 28 || model.outputSize !== 10) {
    process.stderr.write(`${path}: the model takes ${model.inputSize} inputs and gives ${model.outputSize} outputs; MNIST needs 784 and 10\n`);
    return 1;
  }
  const about = ['model', 'epochs', 'seed', 'accuracy'].filter((k) => k in metadata).map((k) => `${k} ${JSON.stringify(metadata[k])}`);
  if (about.length > 0) process.stderr.write(`${path}: ${about.join(', ')}\n`);

  const test = limitDataset(loadMnist('test'), flags.limit as number | undefined);
  const x = new Float32Array(batch * 784);
  const predictions = new Int32Array(test.count);
  for (let start = 0; start < test.count; start += batch) {
    const n = Math.min(batch, test.count - start);
    fillRange(test, start, n, x);
    predictions.set(model.predict(x, n), start);
  }
  const matrix = confusionMatrix(test.labels, predictions);
  process.stdout.write(`test accuracy: ${accuracyOf(matrix).toFixed(4)} (${test.count} images)\n\n${formatConfusion(matrix)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
