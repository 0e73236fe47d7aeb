/**
 * The WebAssembly kernels in Chromium: feature detection picks relaxed SIMD (Chromium runs it
 * without flags), models train on it in the page and in a module Web Worker exactly alike, and
 * with the feature probe forced to "no SIMD" loading falls back to the JavaScript kernels.
 */
import { expect } from '@open-wc/testing';
import { buildModel, createOptimizer } from '../../src/tiled';
import type { KernelBackend } from '../../src/tiled/kernels';
import { engineProbe, kernelBackendInfo, loadKernels, type FeatureProbe } from '../../src/wasm';

const BATCH = 8;
const STEPS = 6;

/** Deterministic images and labels (no MNIST download in the browser tests). */
function batchData(): { x: Float32Array; labels: Uint8Array } {
  const x = new Float32Array(BATCH * 784);
  for (let i = 0; i < x.length; i++) x[i] = (Math.sin(i * 0.37) + Math.cos(i * 0.011)) * 0.25 + 0.5;
  return { x, labels: Uint8Array.from({ length: BATCH }, (_, i) => i % 10) };
}

/** Losses of STEPS SGD steps of lenet5 from seed 1 on `kernels` (undefined: the JavaScript kernels). */
function lossCurve(kernels?: KernelBackend): number[] {
  const { x, labels } = batchData();
  const model = buildModel('lenet5', { seed: 1, maxBatch: BATCH, kernels });
  const opt = createOptimizer(model.parameters(), { type: 'sgd', lr: 0.01, momentum: 0.9 });
  const losses: number[] = [];
  for (let s = 0; s < STEPS; s++) {
    model.forward(x, BATCH, 'train');
    losses.push(model.backward(labels, BATCH));
    opt.step();
  }
  return losses;
}

const closeTo = (actual: number[], expected: number[], tolerance: number): void => {
  expect(actual).to.have.length(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]), `step ${i}: ${v} vs ${expected[i]}`).to.be.below(tolerance));
};

const noSimd: FeatureProbe = { webAssembly: () => true, simd: () => false, relaxedSimd: () => false };

describe('WebAssembly kernels in Chromium', () => {
  it('detects relaxed SIMD and takes that path by default', async () => {
    expect(engineProbe.simd()).to.equal(true);
    expect(kernelBackendInfo().kind).to.equal('relaxed');
    const kernels = await loadKernels();
    expect(kernels.info.kind).to.equal('relaxed');
    const model = buildModel('lenet5', { seed: 1, maxBatch: 2, kernels });
    expect(model.kernelInfo.kind).to.equal('relaxed');
    // Every parameter lives in the model's WebAssembly memory (whole 64 KiB pages), not in an ArrayBuffer of its own.
    expect(model.valueBuffer().buffer.byteLength % 65536).to.equal(0);
    expect(model.parameters().every((p) => p.value.buffer === model.valueBuffer().buffer)).to.equal(true);
  });

  it('trains on relaxed and plain SIMD like the JavaScript kernels', async () => {
    const js = lossCurve();
    closeTo(lossCurve(await loadKernels('relaxed')), js, 1e-4);
    closeTo(lossCurve(await loadKernels('simd')), js, 1e-4);
    expect(js[STEPS - 1]).to.be.below(js[0]);
  });

  it('falls back to the JavaScript kernels when WebAssembly SIMD is unavailable', async () => {
    expect(kernelBackendInfo('auto', noSimd).kind).to.equal('js');
    const kernels = await loadKernels('auto', { probe: noSimd });
    expect(kernels.info.kind).to.equal('js');
    expect(kernels.info.reason).to.match(/SIMD is not available/);
    expect(lossCurve(kernels)).to.deep.equal(lossCurve());
    let refused: unknown;
    await loadKernels('simd', { probe: noSimd }).catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/simd kernels requested, but WebAssembly SIMD is not available/);
  });

  it('loads and runs the kernels in a module Web Worker, with the same results as the page', async () => {
    // The worker imports the same module the page does, by URL; it reports its kernels and losses.
    const moduleUrl = new URL('../../src/wasm/index.ts', import.meta.url).href;
    const tiledUrl = new URL('../../src/tiled/index.ts', import.meta.url).href;
    const source = `
      import { loadKernels } from ${JSON.stringify(moduleUrl)};
      import { buildModel, createOptimizer } from ${JSON.stringify(tiledUrl)};
      const kernels = await loadKernels('simd');
      const x = new Float32Array(${BATCH} * 784);
      for (let i = 0; i < x.length; i++) x[i] = (Math.sin(i * 0.37) + Math.cos(i * 0.011)) * 0.25 + 0.5;
      const labels = Uint8Array.from({ length: ${BATCH} }, (_, i) => i % 10);
      const model = buildModel('lenet5', { seed: 1, maxBatch: ${BATCH}, kernels });
      const opt = createOptimizer(model.parameters(), { type: 'sgd', lr: 0.01, momentum: 0.9 });
      const losses = [];
      for (let s = 0; s < ${STEPS}; s++) { model.forward(x, ${BATCH}, 'train'); losses.push(model.backward(labels, ${BATCH})); opt.step(); }
      postMessage({ kind: kernels.info.kind, losses });
    `;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url, { type: 'module' });
    try {
      const reply = await new Promise<{ kind: string; losses: number[] }>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data as { kind: string; losses: number[] });
        worker.onerror = (event) => reject(new Error(event.message));
      });
      expect(reply.kind).to.equal('simd');
      expect(reply.losses).to.deep.equal(lossCurve(await loadKernels('simd')));
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url);
    }
  });
});
