/**
 * The JavaScript, WebAssembly SIMD and relaxed SIMD kernels side by side on LeNet-5's shapes
 * (batch 64), through the same kernel seam the layers use, plus each WebAssembly build's
 * practical peak (peakMadd: 12 independent vector multiply-add chains fed from L1). The
 * machine's peak is the faster of the two loops: the hardware retires two vector multiply-adds
 * per cycle either way (fused in the relaxed build, a multiply and an add on separate pipes in
 * the plain one), and a well-fed plain-SIMD GEMM gets past its own loop's figure. Figures are
 * the best of several rounds of process CPU time (cpuBestTime), GFLOP/s = 2·MACs / time.
 * `npx tsx src/bench/kernels.ts simd` prints this part alone.
 */
import { buildModel, createOptimizer } from '../tiled';
import { windowGeometry, type WindowGeometry } from '../tiled/conv-geometry';
import { JS_BACKEND } from '../tiled/js-kernels';
import type { KernelBackend, Workspace } from '../tiled/kernels';
import { loadKernels, WasmKernelBackend } from '../wasm';
import { cpuBestTime } from './stats';

const BATCH = 64;
/** Buffers of the kernel measurements: generous, every backend gets the same. */
const WORKSPACE_BYTES = 48 << 20;

interface Row {
  what: string;
  /** Multiply-adds per call (0: a data-movement kernel). */
  macs: number;
  /** CPU milliseconds per call, per backend kind. */
  ms: Record<string, number>;
}

function randomIn(ws: Workspace, n: number): Float32Array {
  const view = ws.alloc.f32(n);
  for (let i = 0; i < n; i++) view[i] = Math.random() - 0.5;
  return view;
}

type Case = { what: string; macs: number; prepare: (ws: Workspace) => () => void };

function convCases(name: string, g: WindowGeometry, filters: number, inputGrad: boolean): Case[] {
  const k = g.channels * g.kh * g.kw, pixels = g.outH * g.outW;
  const inSize = g.channels * g.inH * g.inW, outSize = filters * pixels;
  const macs = BATCH * filters * k * pixels;
  const setUp = (ws: Workspace) => {
    const conv = ws.kernels.conv(g, filters, ws.alloc, BATCH);
    const x = randomIn(ws, BATCH * inSize), w = randomIn(ws, filters * k), bias = randomIn(ws, filters);
    const y = ws.alloc.f32(BATCH * outSize), dz = randomIn(ws, BATCH * outSize), dw = ws.alloc.f32(filters * k), dx = ws.alloc.f32(BATCH * inSize);
    conv.forward(x, BATCH, w, bias, true, y, true);
    return { conv, x, w, bias, y, dz, dw, dx };
  };
  const cases: Case[] = [
    { what: `${name} forward (+ bias, ReLU)`, macs, prepare: (ws) => { const s = setUp(ws); return () => s.conv.forward(s.x, BATCH, s.w, s.bias, true, s.y, true); } },
    { what: `${name} weight gradient`, macs, prepare: (ws) => { const s = setUp(ws); return () => s.conv.weightGrad(s.dz, s.dw, BATCH); } },
  ];
  if (inputGrad) {
    cases.push({ what: `${name} input gradient`, macs, prepare: (ws) => { const s = setUp(ws); return () => s.conv.inputGrad(s.w, s.dz, s.dx, BATCH); } });
  }
  return cases;
}

function denseCases(inputs: number, units: number): Case[] {
  const macs = BATCH * inputs * units;
  const setUp = (ws: Workspace) => ({
    x: randomIn(ws, BATCH * inputs), w: randomIn(ws, units * inputs), bias: randomIn(ws, units), y: ws.alloc.f32(BATCH * units),
    dz: randomIn(ws, BATCH * units), dw: ws.alloc.f32(units * inputs), dx: ws.alloc.f32(BATCH * inputs),
  });
  const name = `dense ${inputs}→${units}`;
  return [
    { what: `${name} forward (gemmNT + bias, ReLU)`, macs, prepare: (ws) => { const s = setUp(ws); return () => ws.kernels.denseForward(s.x, s.w, s.bias, s.y, BATCH, units, inputs, 'relu', 0); } },
    { what: `${name} dW (gemmTN)`, macs, prepare: (ws) => { const s = setUp(ws); return () => ws.kernels.gemmTN(s.dz, 0, s.x, 0, s.dw, 0, units, inputs, BATCH, false); } },
    { what: `${name} dx (gemmNN)`, macs, prepare: (ws) => { const s = setUp(ws); return () => ws.kernels.gemmNN(s.dz, 0, s.w, 0, s.dx, 0, BATCH, inputs, units, false); } },
  ];
}

function poolCases(): Case[] {
  const planes = BATCH * 6;
  const setUp = (ws: Workspace) => ({ x: randomIn(ws, planes * 784), y: ws.alloc.f32(planes * 196), winners: ws.alloc.i32(planes * 196), dy: randomIn(ws, planes * 196), dx: ws.alloc.f32(planes * 784) });
  return [
    { what: 'max pool 2×2 forward, 6×28×28', macs: 0, prepare: (ws) => { const s = setUp(ws); return () => ws.kernels.maxPool2x2(s.x, s.y, s.winners, planes, 28, 28, 14, 14); } },
    { what: 'max pool 2×2 backward, 6×28×28', macs: 0, prepare: (ws) => {
      const s = setUp(ws);
      ws.kernels.maxPool2x2(s.x, s.y, s.winners, planes, 28, 28, 14, 14);
      return () => ws.kernels.maxPoolBackward(s.dy, s.winners, s.dx, planes * 196, planes * 784);
    } },
    { what: 'ReLU backward + bias gradient, 6×28×28', macs: 0, prepare: (ws) => {
      const s = setUp(ws);
      const db = ws.alloc.f32(6);
      return () => ws.kernels.activationGrad('relu', 0, s.x, s.x, s.dx, BATCH, 6, 784, db);
    } },
  ];
}

/** Practical peak of a WebAssembly build in GFLOP/s (CPU time), from its peakMadd loop. */
export function measurePeak(backend: KernelBackend): number | undefined {
  if (!(backend instanceof WasmKernelBackend)) return undefined;
  const { exports } = backend.instantiate(0);
  const iterations = 2_000_000;
  const ms = cpuBestTime(() => exports.peakMadd(iterations, 1), 5, 200);
  return (iterations * 96) / ms / 1e6;
}

export interface KernelTable {
  backends: KernelBackend[];
  rows: Row[];
  /** Peak GFLOP/s per WebAssembly kind. */
  peaks: Record<string, number>;
}

export async function compareKernels(): Promise<KernelTable> {
  const backends = [JS_BACKEND, await loadKernels('simd'), await loadKernels('relaxed')];
  const cases: Case[] = [
    ...convCases('conv1 1→6 5×5, 28×28 pad 2', windowGeometry(1, 28, 28, { kernel: 5, padding: 'same' }), 6, false),
    ...convCases('conv2 6→16 5×5, 14×14', windowGeometry(6, 14, 14, { kernel: 5 }), 16, true),
    ...denseCases(400, 120), ...denseCases(120, 84), ...denseCases(84, 10),
    ...poolCases(),
  ];
  const rows: Row[] = cases.map((c) => ({ what: c.what, macs: c.macs, ms: {} }));
  for (const backend of backends) {
    cases.forEach((c, i) => {
      const run = c.prepare(backend.workspace(WORKSPACE_BYTES));
      rows[i].ms[backend.info.kind] = cpuBestTime(run);
    });
  }
  rows.push(...wholeModel(backends));
  const peaks: Record<string, number> = {};
  for (const backend of backends) {
    const peak = measurePeak(backend);
    if (peak !== undefined) peaks[backend.info.kind] = peak;
  }
  return { backends, rows, peaks };
}

/** LeNet-5 training step (batch 64) and inference (batch 256), per backend: MACs per call from the layer shapes. */
function wholeModel(backends: KernelBackend[]): Row[] {
  const forwardMacs = 117_600 + 240_000 + 48_000 + 10_080 + 840;
  // Backward: both gradients of every layer except conv1's input gradient.
  const trainMacs = BATCH * (forwardMacs + (forwardMacs - 117_600) + forwardMacs);
  const train: Row = { what: 'lenet5 training step, batch 64', macs: trainMacs, ms: {} };
  const infer: Row = { what: 'lenet5 inference, batch 256', macs: 256 * forwardMacs, ms: {} };
  for (const kernels of backends) {
    const model = buildModel('lenet5', { seed: 1, maxBatch: 256, kernels });
    const x = Float32Array.from({ length: 256 * 784 }, () => Math.random());
    const labels = Uint8Array.from({ length: 256 }, (_, i) => i % 10);
    const opt = createOptimizer(model.parameters(), { type: 'sgd', lr: 0.01, momentum: 0.9 });
    train.ms[kernels.info.kind] = cpuBestTime(() => {
      model.forward(x, BATCH, 'train');
      model.backward(labels, BATCH);
      opt.step();
    }, 7, 400);
    infer.ms[kernels.info.kind] = cpuBestTime(() => model.forward(x, 256, 'infer'), 7, 400);
  }
  return [train, infer];
}

/** The machine's vector multiply-add peak: the faster build's loop (see the file comment). */
export const machinePeak = (peaks: Record<string, number | undefined>): number | undefined => {
  const values = Object.values(peaks).filter((p): p is number => p !== undefined);
  return values.length > 0 ? Math.max(...values) : undefined;
};

/** The table as text: time and GFLOP/s per backend, and each as a fraction of the machine's peak. */
export function formatKernelTable({ backends, rows, peaks }: KernelTable): string {
  const kinds = backends.map((b) => b.info.kind);
  const peak = machinePeak(peaks) ?? NaN;
  const header = ['kernel (batch 64)', ...kinds.flatMap((k) => [`${k} ms`, `${k} GFLOP/s`]), ...kinds.map((k) => `${k} % peak`)];
  const body = rows.map((r) => [
    r.what,
    ...kinds.flatMap((k) => [r.ms[k].toFixed(3), r.macs > 0 ? ((2 * r.macs) / r.ms[k] / 1e6).toFixed(2) : '']),
    ...kinds.map((k) => (r.macs > 0 ? `${((100 * (2 * r.macs)) / r.ms[k] / 1e6 / peak).toFixed(0)} %` : '')),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const peakText = Object.entries(peaks).map(([k, p]) => `${k} ${p.toFixed(1)} GFLOP/s`).join(', ');
  return [
    `vector multiply-add loop, one thread, CPU time: ${peakText}; machine peak ${peak.toFixed(1)} GFLOP/s`,
    line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line),
  ].join('\n');
}
