/**
 * `npm run train -- [options]`: trains a model on MNIST with the tiled engine (see
 * --help). Exit codes: 0 done, 1 failure, 2 bad command line, 130 stopped by Ctrl-C.
 */
import { serializeWeights } from '../tiled';
import { writeFileAtomic } from '../data/node';
import { loadTiledEngine, TrainingAborted } from '../train';
import { prepareMnist, trainOnMnist } from '../train/node';
import { UsageError } from './flags';
import { createProgressReporter } from './progress';
import { parseTrainCommand, TRAIN_USAGE } from './train-options';

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseTrainCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${TRAIN_USAGE}`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(TRAIN_USAGE);
    return 0;
  }
  const { config, out } = command;
  const engine = await loadTiledEngine(command.kernels);
  const data = prepareMnist(config, command.testLimit);
  const opt = config.optimizer;
  const optText = opt.type === 'sgd'
    ? `sgd lr ${opt.lr} momentum ${opt.momentum}${opt.nesterov ? ' nesterov' : ''}`
    : `adam lr ${opt.lr} β₁ ${opt.beta1} β₂ ${opt.beta2}`;
  process.stderr.write(
    `training ${String(config.model)} on ${data.train.count} images` +
      `${data.validation ? ` (validation ${data.validation.count})` : ''}, test ${data.test.count}: ` +
      `${config.epochs} epoch(s), batch ${config.batchSize}, ${optText}` +
      `${opt.weightDecay ? `, weight decay ${opt.weightDecay}` : ''}` +
      `${config.lrSchedule === 'cosine' ? ', cosine schedule' : config.lrDecay !== 1 ? `, lr ×${config.lrDecay}/epoch` : ''}` +
      `, seed ${config.seed}, ${config.workers} worker(s)\n` +
      `kernels: ${engine.kernelInfo.kind} (${engine.kernelInfo.reason})\n`,
  );

  const progress = createProgressReporter(process.stderr);
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130); // a second Ctrl-C: leave now
    progress.interrupt();
    process.stderr.write('stopping after this batch (Ctrl-C again to quit at once)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const { reports, model } = await trainOnMnist(engine, config, data, {
      onStep: (p) => progress.step(p),
      onEpoch: (r) => {
        if (r.validation) process.stdout.write(`validation accuracy: ${r.validation.accuracy.toFixed(4)}\n`);
        process.stdout.write(`test accuracy: ${r.test.accuracy.toFixed(4)}\n`);
        process.stderr.write(`epoch ${r.epoch + 1}: train loss ${r.trainLoss.toFixed(4)}, train accuracy ${r.trainAccuracy.toFixed(4)}, ${Math.round(r.imagesPerSecond)} img/s (${r.seconds.toFixed(1)} s)\n`);
      },
    }, controller.signal);
    const last = reports[reports.length - 1];
    const metadata = {
      model: config.model, seed: config.seed, epochs: config.epochs, batchSize: config.batchSize,
      optimizer: config.optimizer, lrSchedule: config.lrSchedule, lrDecay: config.lrDecay, workers: config.workers, kernels: engine.kernelInfo.kind,
      trainImages: data.train.count, testImages: data.test.count, accuracy: last.test.accuracy,
      validationAccuracy: last.validation?.accuracy, normalisation: 'pixel/255', savedAt: new Date().toISOString(),
    };
    writeFileAtomic(out, serializeWeights(model, metadata));
    process.stderr.write(`weights written to ${out}\n`);
    return 0;
  } catch (error) {
    progress.interrupt();
    if (error instanceof TrainingAborted) {
      process.stderr.write('training stopped; no weights written\n');
      return 130;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

// exitCode rather than exit(): output to a pipe is written asynchronously and exit() could cut it.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`train failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
