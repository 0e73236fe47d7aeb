/**
 * Choosing and loading the kernels (src/wasm): feature detection with an injected probe, the
 * fallbacks and their reasons, and whole models on the WebAssembly kernels — the shipped
 * LeNet-5 weights classify MNIST test images exactly as on the JavaScript kernels.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fillRange } from '../../../src/data';
import { loadMnist } from '../../../src/data/node';
import { buildModel, loadWeights, modelFromWeights, serializeWeights } from '../../../src/tiled';
import {
  engineProbe, kernelBackendInfo, KernelUnavailableError, loadKernels, type FeatureProbe,
} from '../../../src/wasm';
import { createRng, expectAllClose, randomArray } from '../tiled/helpers';

const probe = (simd: boolean, relaxed: boolean, webAssembly = true): FeatureProbe => ({
  webAssembly: () => webAssembly, simd: () => simd, relaxedSimd: () => relaxed,
});

describe('kernelBackendInfo', () => {
  it('auto picks relaxed SIMD, else SIMD, else JavaScript, and says why', () => {
    expect(kernelBackendInfo('auto', probe(true, true))).toEqual({ kind: 'relaxed', reason: expect.stringMatching(/relaxed SIMD/) });
    expect(kernelBackendInfo('auto', probe(true, false))).toEqual({ kind: 'simd', reason: expect.stringMatching(/relaxed SIMD is not/) });
    expect(kernelBackendInfo('auto', probe(false, false))).toEqual({ kind: 'js', reason: expect.stringMatching(/SIMD is not available/) });
    expect(kernelBackendInfo('auto', probe(false, false, false)).reason).toMatch(/WebAssembly is not available/);
  });

  it('honours an explicit choice, and refuses one the engine cannot run', () => {
    expect(kernelBackendInfo('js', probe(true, true)).kind).toBe('js');
    expect(kernelBackendInfo('simd', probe(true, true)).kind).toBe('simd');
    expect(() => kernelBackendInfo('simd', probe(false, false))).toThrow(KernelUnavailableError);
    expect(() => kernelBackendInfo('relaxed', probe(true, false))).toThrow(/no relaxed SIMD/);
  });

  it('finds WebAssembly SIMD in this Node', () => {
    expect(engineProbe.webAssembly()).toBe(true);
    expect(engineProbe.simd()).toBe(true);
  });
});

describe('loadKernels', () => {
  it('falls back to the JavaScript kernels when the probe finds no SIMD', async () => {
    const backend = await loadKernels('auto', { probe: probe(false, false) });
    expect(backend.info.kind).toBe('js');
    expect(backend.needsSize).toBe(false);
    expect(buildModel('mlp', { seed: 1, maxBatch: 2, kernels: backend }).kernelInfo.reason).toMatch(/JavaScript kernels/);
  });

  it('falls back with the reason when the module cannot be read (auto), and throws when it was asked for by name', async () => {
    const readModule = async (): Promise<BufferSource> => {
      throw new Error('no such file');
    };
    const backend = await loadKernels('auto', { probe: probe(true, false), readModule });
    expect(backend.info).toEqual({ kind: 'js', reason: expect.stringMatching(/could not load the simd kernels \(no such file\)/) });
    await expect(loadKernels('simd', { probe: probe(true, false), readModule })).rejects.toThrow(/no such file/);
    await expect(loadKernels('simd', { probe: probe(false, false) })).rejects.toThrow(KernelUnavailableError);
  });

  it('loads the plain and relaxed SIMD builds', async () => {
    expect((await loadKernels('simd')).info.kind).toBe('simd');
    expect((await loadKernels('relaxed')).info.kind).toBe('relaxed');
  });
});

describe('models on the WebAssembly kernels', () => {
  it('keep every parameter in their memory, refuse a caller buffer, and round-trip weights', async () => {
    const kernels = await loadKernels('simd');
    const model = buildModel('lenet5', { seed: 4, maxBatch: 5, kernels });
    expect(model.kernelInfo.kind).toBe('simd');
    const memory = model.valueBuffer().buffer;
    expect(model.parameters().every((p) => p.value.buffer === memory && p.grad.buffer === memory)).toBe(true);
    expect(model.valueBuffer().byteOffset % 16).toBe(0);
    expect(() => buildModel('lenet5', { seed: 1, maxBatch: 1, kernels, buffer: new ArrayBuffer(1 << 20) })).toThrow(/JavaScript kernels only/);
    const input = randomArray(createRng(3), 5 * 784);
    const js = buildModel('lenet5', { seed: 9, maxBatch: 5 });
    loadWeights(js, serializeWeights(model));
    expectAllClose(js.forward(input, 5, 'infer'), model.forward(input, 5, 'infer'), 1e-5, 'logits');
    const copy = modelFromWeights(serializeWeights(js), { maxBatch: 2, kernels });
    expect(Array.from(copy.predict(input, 5))).toEqual(Array.from(js.predict(input, 5)));
  });

  it('classify 1,000 MNIST test images with the shipped LeNet-5 weights exactly as the JavaScript kernels', async () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../public/pretrained/lenet5.cnnw', import.meta.url))));
    const test = loadMnist('test');
    const x = new Float32Array(1000 * 784);
    const labels = new Uint8Array(1000);
    fillRange(test, 0, 1000, x, labels);
    const js = modelFromWeights(bytes, { maxBatch: 256 }).predict(x, 1000);
    for (const kind of ['simd', 'relaxed'] as const) {
      const wasm = modelFromWeights(bytes, { maxBatch: 256, kernels: await loadKernels(kind) }).predict(x, 1000);
      expect(Array.from(wasm), kind).toEqual(Array.from(js));
    }
    const correct = js.reduce((n, p, i) => n + (p === labels[i] ? 1 : 0), 0);
    expect(correct).toBeGreaterThan(980);
  });
});
