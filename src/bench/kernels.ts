/**
 * Micro-benchmark used to choose the tiled engine's kernels (npx tsx src/bench/kernels.ts).
 * LeNet-5's shapes at batch 64: conv1 1→6 5×5 on 28×28 pad 2, conv2 6→16 5×5 on 14×14,
 * dense 400→120→84→10. Compares im2col + GEMM with a register-blocked direct convolution,
 * times each backward kernel, compares 4×4 and 3×4 register tiles, and ends with whole-model
 * training and inference throughput, then the JavaScript, WebAssembly SIMD and relaxed SIMD
 * kernels side by side (bench/wasm-kernels.ts). `npx tsx src/bench/kernels.ts conv|dense|tiles|model|simd`
 * runs one part.
 * Each figure is the best of several rounds of process CPU time (the machine is shared by
 * several people, so wall time would count their work too), in GFLOP/s = 2·MACs/s.
 */
import { buildModel, createOptimizer, gemmNN, gemmNT, gemmTN } from '../tiled';
import { implicitPlan, padSample, windowGeometry, type WindowGeometry } from '../tiled/conv-geometry';
import { convForwardImplicit } from '../tiled/conv-implicit';
import { convInputGradImplicit, convWeightGradImplicit } from '../tiled/conv-implicit-grad';
import { col2im, im2col, im2colPlan } from '../tiled/im2col';
import { cpuBestTime as bestTime } from './stats';
import { compareKernels, formatKernelTable } from './wasm-kernels';

const BATCH = 64;

/**
 * The direct convolution measured against the GEMM-based ones: stride 1,
 * dilation 1, padding by copying each sample into a zero-bordered buffer; a 4-filter ×
 * 4-column tile of outputs in locals, k-loop over (channel, ky, kx) reading the input in place.
 */
function directConv2d(g: WindowGeometry, filters: number, x: Float32Array, w: Float32Array, y: Float32Array, batch: number): void {
  const { channels, inH, inW, kh, kw, padTop, padLeft, outH, outW } = g;
  const ph = outH + kh - 1, pw = outW + kw - 1; // padded input extent for stride 1
  const padded = new Float32Array(channels * ph * pw);
  const k = channels * kh * kw;
  for (let s = 0; s < batch; s++) {
    for (let c = 0; c < channels; c++) {
      for (let r = 0; r < inH; r++) {
        const dst = c * ph * pw + (r + padTop) * pw + padLeft, src = s * channels * inH * inW + c * inH * inW + r * inW;
        for (let i = 0; i < inW; i++) padded[dst + i] = x[src + i];
      }
    }
    const yOff = s * filters * outH * outW;
    let f = 0;
    for (; f + 4 <= filters; f += 4) {
      const w0 = f * k, w1 = w0 + k, w2 = w1 + k, w3 = w2 + k;
      for (let oy = 0; oy < outH; oy++) {
        let ox = 0;
        for (; ox + 4 <= outW; ox += 4) {
          let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0;
          let a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0;
          let t = 0;
          for (let c = 0; c < channels; c++) {
            for (let ky = 0; ky < kh; ky++) {
              const row = c * ph * pw + (oy + ky) * pw + ox;
              for (let kx = 0; kx < kw; kx++, t++) {
                const x0 = padded[row + kx], x1 = padded[row + kx + 1], x2 = padded[row + kx + 2], x3 = padded[row + kx + 3];
                let v = w[w0 + t]; a00 += v * x0; a01 += v * x1; a02 += v * x2; a03 += v * x3;
                v = w[w1 + t]; a10 += v * x0; a11 += v * x1; a12 += v * x2; a13 += v * x3;
                v = w[w2 + t]; a20 += v * x0; a21 += v * x1; a22 += v * x2; a23 += v * x3;
                v = w[w3 + t]; a30 += v * x0; a31 += v * x1; a32 += v * x2; a33 += v * x3;
              }
            }
          }
          const plane = outH * outW;
          let q = yOff + f * plane + oy * outW + ox;
          y[q] = a00; y[q + 1] = a01; y[q + 2] = a02; y[q + 3] = a03; q += plane;
          y[q] = a10; y[q + 1] = a11; y[q + 2] = a12; y[q + 3] = a13; q += plane;
          y[q] = a20; y[q + 1] = a21; y[q + 2] = a22; y[q + 3] = a23; q += plane;
          y[q] = a30; y[q + 1] = a31; y[q + 2] = a32; y[q + 3] = a33;
        }
        for (; ox < outW; ox++) scalarColumn(g, padded, ph, pw, w, y, yOff, f, 4, oy, ox);
      }
    }
    for (let oy = 0; oy < outH && f < filters; oy++) {
      for (let ox = 0; ox < outW; ox++) scalarColumn(g, padded, ph, pw, w, y, yOff, f, filters - f, oy, ox);
    }
  }
}

function scalarColumn(g: WindowGeometry, padded: Float32Array, ph: number, pw: number, w: Float32Array, y: Float32Array,
  yOff: number, f0: number, count: number, oy: number, ox: number): void {
  const { channels, kh, kw, outH, outW } = g;
  const k = channels * kh * kw;
  for (let f = f0; f < f0 + count; f++) {
    let sum = 0, t = 0;
    for (let c = 0; c < channels; c++) for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++, t++) {
      sum += w[f * k + t] * padded[c * ph * pw + (oy + ky) * pw + ox + kx];
    }
    y[yOff + f * outH * outW + oy * outW + ox] = sum;
  }
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
  const unfold = im2colPlan(g);
  report(`${name} im2col only`, 0, bestTime(() => {
    for (let s = 0; s < BATCH; s++) im2col(unfold, x, s * inSize, col, s * k * pixels);
  }));
  report(`${name} forward im2col + gemmNN`, macs, bestTime(() => {
    for (let s = 0; s < BATCH; s++) {
      im2col(unfold, x, s * inSize, col, s * k * pixels);
      gemmNN(w, 0, col, s * k * pixels, y, s * outSize, filters, pixels, k, false);
    }
  }));
  const plan = implicitPlan(g);
  const [ph, pw] = [g.paddedH, g.paddedW];
  const padded = new Float32Array(g.channels * ph * pw);
  report(`${name} forward implicit GEMM`, macs, bestTime(() => {
    for (let s = 0; s < BATCH; s++) {
      padSample(g, x, s * inSize, padded, 0);
      convForwardImplicit(plan, padded, 0, w, y, s * outSize, filters, { bias: null, relu: false });
    }
  }));
  report(`${name} forward direct (blocked)`, macs, bestTime(() => directConv2d(g, filters, x, w, y, BATCH)));
  report(`${name} dW gemmNT`, macs, bestTime(() => {
    for (let s = 0; s < BATCH; s++) gemmNT(dz, s * outSize, col, s * k * pixels, dw, 0, filters, k, pixels, s > 0);
  }));
  const paddedBatch = new Float32Array(BATCH * g.channels * ph * pw);
  for (let s = 0; s < BATCH; s++) padSample(g, x, s * inSize, paddedBatch, s * g.channels * ph * pw);
  report(`${name} dW implicit`, macs, bestTime(() => {
    convWeightGradImplicit(plan, paddedBatch, g.channels * ph * pw, dz, outSize, dw, filters, BATCH);
  }));
  report(`${name} dx implicit`, macs, bestTime(() => {
    paddedBatch.fill(0);
    for (let s = 0; s < BATCH; s++) convInputGradImplicit(plan, w, dz, s * outSize, paddedBatch, s * g.channels * ph * pw, filters);
  }));
  report(`${name} dx gemmTN + col2im`, macs, bestTime(() => {
    dx.fill(0);
    for (let s = 0; s < BATCH; s++) {
      gemmTN(w, 0, dz, s * outSize, dcol, 0, k, pixels, filters, false);
      col2im(unfold, dcol, 0, dx, s * inSize);
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

/**
 * The tile-shape question, on a plain A·B (m a multiple of 12 so both tiles fit exactly):
 * 4×4 holds 16 accumulators plus 5 operands, more than x86-64's 16 floating-point registers;
 * 3×4 holds 12 plus 5. The engine uses 3×4.
 */
function tile4x4(m: number, n: number, k: number, a: Float32Array, b: Float32Array, c: Float32Array): void {
  for (let i = 0; i < m; i += 4) {
    const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
    for (let j = 0; j < n; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0, bp = j; p < k; p++, bp += n) {
        const b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
        let x = a[a0 + p]; c00 += x * b0; c01 += x * b1; c02 += x * b2; c03 += x * b3;
        x = a[a1 + p]; c10 += x * b0; c11 += x * b1; c12 += x * b2; c13 += x * b3;
        x = a[a2 + p]; c20 += x * b0; c21 += x * b1; c22 += x * b2; c23 += x * b3;
        x = a[a3 + p]; c30 += x * b0; c31 += x * b1; c32 += x * b2; c33 += x * b3;
      }
      let q = i * n + j;
      c[q] = c00; c[q + 1] = c01; c[q + 2] = c02; c[q + 3] = c03; q += n;
      c[q] = c10; c[q + 1] = c11; c[q + 2] = c12; c[q + 3] = c13; q += n;
      c[q] = c20; c[q + 1] = c21; c[q + 2] = c22; c[q + 3] = c23; q += n;
      c[q] = c30; c[q + 1] = c31; c[q + 2] = c32; c[q + 3] = c33;
    }
  }
}

function tileShapes(): void {
  const m = 96, n = 120, k = 400;
  const a = random(m * k), b = random(k * n), c = new Float32Array(m * n);
  report(`tile 4×4, A·B ${m}×${n}×${k}`, m * n * k, bestTime(() => tile4x4(m, n, k, a, b, c)));
  report(`tile 3×4 (gemmNN), A·B ${m}×${n}×${k}`, m * n * k, bestTime(() => gemmNN(a, 0, b, 0, c, 0, m, n, k, false)));
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
if (only === undefined || only === 'tiles') tileShapes();
if (only === undefined || only === 'model') wholeModel();
const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, time, rate] of rows) console.log(`${what.padEnd(width)}  ${time.padStart(10)}  ${rate}`);
if (only === undefined || only === 'simd') console.log(`\n${formatKernelTable(await compareKernels())}`);
