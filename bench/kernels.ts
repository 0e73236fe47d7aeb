/**
 * Micro-benchmark used to choose the tiled engine's kernels (npx tsx bench/kernels.ts).
 * LeNet-5's shapes at batch 64: conv1 1→6 5×5 on 28×28 pad 2, conv2 6→16 5×5 on 14×14,
 * dense 400→120→84→10. Compares im2col + GEMM with a register-blocked direct convolution,
 * times each backward GEMM, and ends with whole-model training and inference throughput.
 * Each figure is the best of several rounds (the machine is shared), in GFLOP/s = 2·MACs/s.
 */
import { buildModel, createOptimizer, gemmNN, gemmNT, gemmTN } from '../src/tiled';
import { windowGeometry, type WindowGeometry } from '../src/tiled/conv-geometry';
import { col2im, im2col } from '../src/tiled/im2col';
import { directConv2d } from './direct-conv';

const BATCH = 64;

/** Best milliseconds per call of fn over `rounds` rounds of ~`ms` each. */
function bestTime(fn: () => void, rounds = 7, ms = 150): number {
  for (let i = 0; i < 3; i++) fn();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      fn();
      calls++;
      now = performance.now();
    }
    best = Math.min(best, (now - start) / calls);
  }
  return best;
}

const random = (n: number): Float32Array => Float32Array.from({ length: n }, () => Math.random() - 0.5);
const gflops = (macs: number, ms: number): string => ((2 * macs) / ms / 1e6).toFixed(2);
const rows: string[][] = [];
const report = (what: string, macs: number, ms: number): void => {
  rows.push([what, `${ms.toFixed(3)} ms`, macs > 0 ? `${gflops(macs, ms)} GFLOP/s` : '']);
};

function convShapes(name: string, g: WindowGeometry, filters: number): void {
  const k = g.channels * g.kh * g.kw, pixels = g.outH * g.outW;
  const inSize = g.channels * g.inH * g.inW, outSize = filters * pixels;
  const macs = BATCH * filters * k * pixels;
  const x = random(BATCH * inSize), w = random(filters * k), y = new Float32Array(BATCH * outSize);
  const col = new Float32Array(BATCH * k * pixels);
  const dz = random(BATCH * outSize), dw = new Float32Array(filters * k), dcol = new Float32Array(k * pixels);
  const dx = new Float32Array(BATCH * inSize);
  report(`${name} im2col only`, 0, bestTime(() => {
    for (let s = 0; s < BATCH; s++) im2col(g, x, s * inSize, col, s * k * pixels);
  }));
  report(`${name} forward im2col + gemmNN`, macs, bestTime(() => {
    for (let s = 0; s < BATCH; s++) {
      im2col(g, x, s * inSize, col, s * k * pixels);
      gemmNN(w, 0, col, s * k * pixels, y, s * outSize, filters, pixels, k, false);
    }
  }));
  report(`${name} forward direct (blocked)`, macs, bestTime(() => directConv2d(g, filters, x, w, y, BATCH)));
  report(`${name} dW gemmNT`, macs, bestTime(() => {
    for (let s = 0; s < BATCH; s++) gemmNT(dz, s * outSize, col, s * k * pixels, dw, 0, filters, k, pixels, s > 0);
  }));
  report(`${name} dx gemmTN + col2im`, macs, bestTime(() => {
    dx.fill(0);
    for (let s = 0; s < BATCH; s++) {
      gemmTN(w, 0, dz, s * outSize, dcol, 0, k, pixels, filters, false);
      col2im(g, dcol, 0, dx, s * inSize);
    }
  }));
}

function denseShapes(inputs: number, units: number): void {
  const macs = BATCH * inputs * units;
  const x = random(BATCH * inputs), w = random(units * inputs), y = new Float32Array(BATCH * units);
  const dz = random(BATCH * units), dw = new Float32Array(units * inputs), dx = new Float32Array(BATCH * inputs);
  const name = `dense ${inputs}→${units}`;
  report(`${name} forward gemmNT`, macs, bestTime(() => gemmNT(x, 0, w, 0, y, 0, BATCH, units, inputs, false)));
  report(`${name} dW gemmTN`, macs, bestTime(() => gemmTN(dz, 0, x, 0, dw, 0, units, inputs, BATCH, false)));
  report(`${name} dx gemmNN`, macs, bestTime(() => gemmNN(dz, 0, w, 0, dx, 0, BATCH, inputs, units, false)));
}

function wholeModel(): void {
  const model = buildModel('lenet5', { seed: 1, maxBatch: 256 });
  const x = Float32Array.from({ length: 256 * 784 }, () => Math.random());
  const labels = Uint8Array.from({ length: 256 }, (_, i) => i % 10);
  const opt = createOptimizer(model.parameters(), { type: 'sgd', lr: 0.01, momentum: 0.9 });
  const train = bestTime(() => {
    model.forward(x, BATCH, 'train');
    model.backward(labels, BATCH);
    opt.step();
  }, 7, 400);
  rows.push(['lenet5 training step, batch 64', `${train.toFixed(2)} ms`, `${((BATCH / train) * 1000).toFixed(0)} images/s`]);
  const infer = bestTime(() => model.forward(x, 256, 'infer'), 7, 400);
  rows.push(['lenet5 inference, batch 256', `${infer.toFixed(2)} ms`, `${((256 / infer) * 1000).toFixed(0)} images/s`]);
}

const only = process.argv[2];
if (only === undefined || only === 'conv') {
  convShapes('conv1 1→6 5×5 28×28 pad 2', windowGeometry(1, 28, 28, { kernel: 5, padding: 2 }), 6);
  convShapes('conv2 6→16 5×5 14×14', windowGeometry(6, 14, 14, { kernel: 5 }), 16);
}
if (only === undefined || only === 'dense') {
  denseShapes(400, 120);
  denseShapes(120, 84);
  denseShapes(84, 10);
}
if (only === undefined || only === 'model') wholeModel();
const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, time, rate] of rows) console.log(`${what.padEnd(width)}  ${time.padStart(10)}  ${rate}`);
