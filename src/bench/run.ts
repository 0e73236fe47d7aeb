/**
 * `npm run bench`: LeNet-5 (modern) training and inference throughput, side by side — the
 * scalar reference engine, the tiled engine on the JavaScript, WebAssembly SIMD and relaxed
 * SIMD kernels, each on 1 thread and on 2 worker threads, and TensorFlow.js (wasm backend) as
 * a peer for inference. Training is forward + backward + SGD update at batch 64; inference is
 * batch 256. Each figure is the median of several timed repetitions after a warm-up, in
 * wall-clock time and in this process's CPU time (the machine may be shared: wall time then
 * also counts other people's turns on the cores; see stats.ts).
 *   --reps N        timed repetitions (default 5)
 *   --kernels K     only the tiled engine on K (js, simd, relaxed; default: all three)
 */
import { epochOrder, fillRange, sliceDataset } from '../data';
import { loadMnist } from '../data/node';
import { createLocalBackend, createParallelBackend, loadTiledEngine, type BackendOptions, type TrainingBackend } from '../train';
import { nodeReplicaSpawner } from '../train/node';
import type { KernelKind } from '../tiled/kernels';
import { kernelBackendInfo, loadKernels } from '../wasm';
import { imageTensor, referencePredict, referenceTrainStep, referenceWeights } from './reference-lenet';
import { measure, type Throughput } from './stats';
import { createTfjsLenet } from './tfjs-lenet';
import { machinePeak, measurePeak } from './wasm-kernels';

/** Multiply-adds ×2 of LeNet-5 modern per image: forward 0.833 MFLOP, training ≈ 3× forward. */
const TRAIN_MFLOP = 2.5;
const INFER_MFLOP = 0.833;
const TRAIN_BATCH = 64;
const INFER_BATCH = 256;
/** The JavaScript kernels' targets, and the WebAssembly kernels' (the fastest kind that runs here). */
const JS_TARGETS = { train1: 1600, train2Speedup: 1.7, infer: 5000 };
const WASM_TARGETS = { train1: 6000, train2: 11000, infer: 15000 };
const KINDS: KernelKind[] = ['js', 'simd', 'relaxed'];

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const reps = Number(flag('reps') ?? 5);
const only = flag('kernels');
if (!(Number.isInteger(reps) && reps >= 1) || (only !== undefined && !(KINDS as string[]).includes(only))) {
  console.error('usage: npm run bench -- [--reps N] [--kernels js|simd|relaxed]   (N ≥ 1 timed repetitions, default 5; default all kernels)');
  process.exit(2);
}
const kinds = only === undefined ? KINDS : [only as KernelKind];

interface Row {
  engine: string;
  kind?: KernelKind;
  workers?: number;
  train?: Throughput;
  infer?: Throughput;
  note?: string;
}

const log = (text: string): void => void process.stderr.write(`${text}\n`);

async function main(): Promise<void> {
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
  const auto = kernelBackendInfo('auto');

  // Reference engine: a few images, one at a time, float64 nested arrays.
  log('reference engine…');
  const js = await loadTiledEngine('js');
  const refModel = js.buildModel('lenet5', { seed: 1, maxBatch: INFER_BATCH });
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

  let start = 0;
  const trainSteps = async (backend: TrainingBackend): Promise<void> => {
    for (let s = 0; s < stepsPerRep; s++) {
      if (start + TRAIN_BATCH > order.length) start = 0;
      await backend.step(order, start, TRAIN_BATCH);
      start += TRAIN_BATCH;
    }
  };
  let tiledPredictions: Int32Array | undefined;
  let jsLocal: TrainingBackend | undefined;
  for (const kind of kinds) {
    const engine = await loadTiledEngine(kind);
    log(`tiled engine, ${kind} kernels, 1 thread…`);
    const local = createLocalBackend(engine, options);
    rows.push({
      engine: `tiled ${kind}, 1 thread`, kind, workers: 1,
      train: await measure(stepsPerRep * TRAIN_BATCH, () => trainSteps(local), reps),
      infer: await measure(inferSet.count, () => local.predict('bench'), reps),
    });
    tiledPredictions ??= await local.predict('bench');
    jsLocal ??= local;
    log(`tiled engine, ${kind} kernels, 2 workers…`);
    const parallel = await createParallelBackend(engine, nodeReplicaSpawner(), 2, options);
    try {
      rows.push({
        engine: `tiled ${kind}, 2 workers`, kind, workers: 2,
        train: await measure(stepsPerRep * TRAIN_BATCH, () => trainSteps(parallel), reps),
        infer: await measure(inferSet.count, () => parallel.predict('bench'), reps),
        note: 'slices of 32 per worker; one optimizer step per batch',
      });
    } finally {
      await parallel.dispose();
    }
  }

  // TensorFlow.js as a peer, inference only, with the first tiled model's current weights.
  log('tensorflow.js…');
  const tfModel = await createTfjsLenet(jsLocal!.model as Parameters<typeof createTfjsLenet>[0]);
  const tfPredictions = new Int32Array(inferSet.count);
  const tfInfer = async (): Promise<void> => {
    for (let b = 0; b < inferSet.count; b += INFER_BATCH) {
      fillRange(inferSet, b, INFER_BATCH, x);
      tfPredictions.set(await tfModel.predict(x, INFER_BATCH), b);
    }
  };
  const tfThroughput = await measure(inferSet.count, tfInfer, reps);
  const agree = tfPredictions.filter((p, i) => p === tiledPredictions![i]).length;
  rows.push({
    engine: `tfjs ${tfModel.backend.startsWith('wasm') ? 'wasm' : 'cpu'}`,
    infer: tfThroughput,
    note: `backend ${tfModel.backend}; agrees with tiled on ${agree}/${inferSet.count} predictions`,
  });
  tfModel.dispose();

  const peaks: Partial<Record<KernelKind, number>> = {};
  for (const kind of ['simd', 'relaxed'] as const) peaks[kind] = measurePeak(await loadKernels(kind));
  printTable(rows, peaks, auto);
}

function printTable(rows: Row[], peaks: Partial<Record<KernelKind, number>>, auto: { kind: KernelKind; reason: string }): void {
  const num = (v: number | undefined, digits = 0): string =>
    v === undefined ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rate = (t: Throughput | undefined, cpu = false): string => {
    const v = cpu ? t?.cpuImagesPerSecond : t?.imagesPerSecond;
    return num(v, v !== undefined && v < 100 ? 1 : 0);
  };
  /** GFLOP/s of one thread's CPU time as a fraction of the machine's peak (1-thread rows only). */
  const peak = machinePeak(peaks);
  const ofPeak = (r: Row, t: Throughput | undefined, mflop: number): string => {
    if (t === undefined || peak === undefined || r.workers !== 1) return '';
    return `${((100 * t.cpuImagesPerSecond * mflop) / 1000 / peak).toFixed(0)} %`;
  };
  const header = ['engine', 'train img/s', 'train img/s CPU', 'train GFLOP/s CPU', 'of peak', 'infer img/s', 'infer img/s CPU', 'infer GFLOP/s CPU', 'of peak'];
  const body = rows.map((r) => [
    r.engine,
    rate(r.train), rate(r.train, true), num(r.train && (r.train.cpuImagesPerSecond * TRAIN_MFLOP) / 1000, 2), ofPeak(r, r.train, TRAIN_MFLOP),
    rate(r.infer), rate(r.infer, true), num(r.infer && (r.infer.cpuImagesPerSecond * INFER_MFLOP) / 1000, 2), ofPeak(r, r.infer, INFER_MFLOP),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\nLeNet-5 (modern) on MNIST — train batch ${TRAIN_BATCH} (fwd+bwd+SGD, ${TRAIN_MFLOP} MFLOP/img), inference batch ${INFER_BATCH} (${INFER_MFLOP} MFLOP/img); median of ${rows[1]?.train?.samples.length ?? '?'} reps`);
  console.log('img/s: wall clock; img/s CPU: per second of this process\'s CPU time (all threads: with 2 workers it is work per image, not speed)');
  const peakText = Object.entries(peaks).map(([k, p]) => `${k} ${p?.toFixed(1)}`).join(', ');
  console.log(`vector multiply-add loop of one thread: ${peakText} GFLOP/s (machine peak ${peak?.toFixed(1) ?? '—'}); 'auto' picks ${auto.kind} here: ${auto.reason}\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  body.forEach((b) => console.log(line(b)));
  console.log('');
  const notes = new Map<string, string[]>();
  rows.filter((r) => r.note).forEach((r) => notes.set(r.note!, [...(notes.get(r.note!) ?? []), r.engine]));
  notes.forEach((engines, note) => console.log(`${engines.join(', ')}: ${note}`));

  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const find = (kind: KernelKind, workers: number): Row | undefined => rows.find((r) => r.kind === kind && r.workers === workers);
  const jsOne = find('js', 1), jsTwo = find('js', 2);
  if (jsOne?.train && jsTwo?.train && jsOne.infer) {
    const speedup = jsTwo.train.imagesPerSecond / jsOne.train.imagesPerSecond;
    console.log(
      `\nJS kernels, wall clock: train 1 thread ≥ ${JS_TARGETS.train1} img/s: ${mark(jsOne.train.imagesPerSecond >= JS_TARGETS.train1)}` +
        ` | 2 workers ≥ ${JS_TARGETS.train2Speedup}× (got ${speedup.toFixed(2)}×): ${mark(speedup >= JS_TARGETS.train2Speedup)}` +
        ` | inference ≥ ${JS_TARGETS.infer} img/s: ${mark(jsOne.infer.imagesPerSecond >= JS_TARGETS.infer)}`,
    );
  }
  const best = (['relaxed', 'simd'] as const).find((k) => find(k, 1) && find(k, 2));
  const one = best && find(best, 1), two = best && find(best, 2);
  if (best && one?.train && two?.train && one.infer) {
    console.log(
      `${best} kernels, wall clock (CPU time in brackets): train 1 thread ≥ ${WASM_TARGETS.train1} img/s: ${mark(one.train.imagesPerSecond >= WASM_TARGETS.train1)}` +
        ` (${mark(one.train.cpuImagesPerSecond >= WASM_TARGETS.train1)})` +
        ` | 2 workers ≥ ${WASM_TARGETS.train2} img/s: ${mark(two.train.imagesPerSecond >= WASM_TARGETS.train2)}` +
        ` | inference ≥ ${WASM_TARGETS.infer} img/s: ${mark(one.infer.imagesPerSecond >= WASM_TARGETS.infer)} (${mark(one.infer.cpuImagesPerSecond >= WASM_TARGETS.infer)})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
