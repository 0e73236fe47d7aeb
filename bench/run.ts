/**
 * `npm run bench`: LeNet-5 (modern) training and inference throughput, side by side —
 * the scalar reference engine, the tiled engine on 1 thread and on 2 worker threads, and
 * TensorFlow.js (wasm backend) as a peer for inference. Training is forward + backward +
 * SGD update at batch 64; inference is batch 256. Each figure is the median of several
 * timed repetitions after a warm-up. `--reps N` changes the number of repetitions.
 */
import { cpus, loadavg } from 'node:os';
import { epochOrder, fillRange, sliceDataset } from '../src/data';
import { loadMnist } from '../src/data/node';
import { createLocalBackend, createParallelBackend, tiledEngine, type BackendOptions } from '../src/train';
import { nodeReplicaSpawner } from '../src/train/node';
import { imageTensor, referencePredict, referenceTrainStep, referenceWeights } from './reference-lenet';
import { measure, measureInterleaved, type Throughput } from './stats';
import { createTfjsLenet } from './tfjs-lenet';

/** Multiply-adds ×2 of LeNet-5 modern per image: forward 0.833 MFLOP, training ≈ 3× forward. */
const TRAIN_MFLOP = 2.5;
const INFER_MFLOP = 0.833;
const TRAIN_BATCH = 64;
const INFER_BATCH = 256;
const TARGETS = { train1: 1600, train2Speedup: 1.7, infer: 5000 };

const repsFlag = process.argv.indexOf('--reps');
const reps = repsFlag >= 0 ? Number(process.argv[repsFlag + 1]) : 5;
if (!(Number.isInteger(reps) && reps >= 1)) {
  console.error('usage: npm run bench -- [--reps N]   (N ≥ 1 timed repetitions, default 5)');
  process.exit(2);
}

interface Row {
  engine: string;
  train?: Throughput;
  infer?: Throughput;
  note?: string;
}

const log = (text: string): void => void process.stderr.write(`${text}\n`);

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const train = loadMnist('train');
  const test = loadMnist('test');
  const inferSet = sliceDataset(test, 0, 8 * INFER_BATCH);
  const options: BackendOptions = {
    model: 'lenet5', seed: 1, maxBatch: INFER_BATCH, optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
    train, evalSets: { bench: inferSet },
  };
  const order = epochOrder(train.count, 1, 0);
  const stepsPerRep = 20;
  const rows: Row[] = [];

  // Reference engine: a few images, one at a time, float64 nested arrays.
  log('reference engine…');
  const refModel = tiledEngine.buildModel('lenet5', { seed: 1, maxBatch: INFER_BATCH });
  const refWeights = referenceWeights(refModel);
  const x = new Float32Array(INFER_BATCH * 784);
  const y = new Uint8Array(INFER_BATCH);
  fillRange(test, 0, INFER_BATCH, x, y);
  const refImages = Array.from({ length: 4 }, (_, i) => imageTensor(x, i));
  const refLabels = Array.from(y.subarray(0, 4));
  const tiledFirst = Array.from(refModel.predict(x, 4));
  const refFirst = referencePredict(refWeights, refImages);
  rows.push({
    engine: 'reference (scalar float64)',
    infer: await measure(4, () => referencePredict(refWeights, refImages), Math.min(reps, 3)),
    train: await measure(4, () => referenceTrainStep(refWeights, refImages, refLabels, 0.01), Math.min(reps, 3)),
    note: `4 images per rep; predictions ${refFirst.join(',') === tiledFirst.join(',') ? 'match' : 'DIFFER from'} the tiled engine's`,
  });

  // Tiled engine on 1 thread (the calling thread) and on 2 worker threads, and TensorFlow.js
  // (inference only, with the same weights), measured in turn within each repetition.
  log('tiled engine (1 thread, 2 workers) and tensorflow.js…');
  const local = createLocalBackend(tiledEngine, options);
  const parallel = await createParallelBackend(tiledEngine, nodeReplicaSpawner(), 2, options);
  const tfModel = await createTfjsLenet(refModel);
  const tfPredictions = new Int32Array(inferSet.count);
  let start = 0;
  const trainSteps = async (backend: typeof local): Promise<void> => {
    for (let s = 0; s < stepsPerRep; s++) {
      if (start + TRAIN_BATCH > order.length) start = 0;
      await backend.step(order, start, TRAIN_BATCH);
      start += TRAIN_BATCH;
    }
  };
  const tfInfer = async (): Promise<void> => {
    for (let b = 0; b < inferSet.count; b += INFER_BATCH) {
      fillRange(inferSet, b, INFER_BATCH, x);
      tfPredictions.set(await tfModel.predict(x, INFER_BATCH), b);
    }
  };
  let results;
  try {
    results = await measureInterleaved([
      { key: 'train1', images: stepsPerRep * TRAIN_BATCH, once: () => trainSteps(local) },
      { key: 'train2', images: stepsPerRep * TRAIN_BATCH, once: () => trainSteps(parallel) },
      { key: 'infer1', images: inferSet.count, once: () => local.predict('bench') },
      { key: 'infer2', images: inferSet.count, once: () => parallel.predict('bench') },
      { key: 'inferTf', images: inferSet.count, once: tfInfer },
    ], reps);
  } finally {
    await parallel.dispose();
    tfModel.dispose();
  }
  // tfjs got refModel's (untrained, seed 1) weights: check it predicts what that model predicts.
  let agree = 0;
  for (let b = 0; b < inferSet.count; b += INFER_BATCH) {
    fillRange(inferSet, b, INFER_BATCH, x);
    const tiled = refModel.predict(x, INFER_BATCH);
    for (let i = 0; i < INFER_BATCH; i++) if (tiled[i] === tfPredictions[b + i]) agree++;
  }
  rows.push(
    { engine: 'tiled, 1 thread', train: results.get('train1'), infer: results.get('infer1') },
    { engine: 'tiled, 2 workers', train: results.get('train2'), infer: results.get('infer2'), note: 'slices of 32 per worker; one optimizer step per batch' },
    {
      engine: `tfjs ${tfModel.backend.startsWith('wasm') ? 'wasm' : 'cpu'}`,
      infer: results.get('inferTf'),
      note: `backend ${tfModel.backend}; agrees with tiled on ${agree}/${inferSet.count} predictions`,
    },
  );

  printTable(rows, reps);
  console.log(`machine: ${cpus().length} cores; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (other processes share these cores)`);
}

function printTable(rows: Row[], reps: number): void {
  const num = (v: number | undefined, digits = 0): string => (v === undefined ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  const header = ['engine', 'train img/s', 'train GFLOP/s', 'infer img/s', 'infer GFLOP/s'];
  const body = rows.map((r) => [
    r.engine,
    num(r.train?.imagesPerSecond, r.train && r.train.imagesPerSecond < 100 ? 1 : 0),
    num(r.train && (r.train.imagesPerSecond * TRAIN_MFLOP) / 1000, 3),
    num(r.infer?.imagesPerSecond, r.infer && r.infer.imagesPerSecond < 100 ? 1 : 0),
    num(r.infer && (r.infer.imagesPerSecond * INFER_MFLOP) / 1000, 3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\nLeNet-5 (modern) on MNIST — train batch ${TRAIN_BATCH} (fwd+bwd+SGD, ${TRAIN_MFLOP} MFLOP/img), inference batch ${INFER_BATCH} (${INFER_MFLOP} MFLOP/img); median of ${reps} reps\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  body.forEach((b) => console.log(line(b)));
  console.log('');
  rows.filter((r) => r.note).forEach((r) => console.log(`${r.engine}: ${r.note}`));

  const one = rows.find((r) => r.engine === 'tiled, 1 thread');
  const two = rows.find((r) => r.engine === 'tiled, 2 workers');
  if (one?.train && two?.train && one.infer) {
    const speedup = two.train.imagesPerSecond / one.train.imagesPerSecond;
    const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    console.log(
      `\ntargets: train 1 thread ≥ ${TARGETS.train1} img/s: ${mark(one.train.imagesPerSecond >= TARGETS.train1)}` +
        ` | 2 workers ≥ ${TARGETS.train2Speedup}× (got ${speedup.toFixed(2)}×): ${mark(speedup >= TARGETS.train2Speedup)}` +
        ` | inference ≥ ${TARGETS.infer} img/s: ${mark(one.infer.imagesPerSecond >= TARGETS.infer)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
