import { describe, expect, it } from 'vitest';
import { isFromTrainer, isToTrainer, transferablesOf, type FromTrainer } from '../../../src/train/browser-protocol';
import { defaultSettings } from '../../../src/train/browser-settings';

const dataset = (count: number) => ({ images: new Uint8Array(count * 4), labels: new Uint8Array(count), count, rows: 2, cols: 2 });

describe('page → worker guards', () => {
  it('accepts each well-formed message', () => {
    expect(isToTrainer({ type: 'load' })).toBe(true);
    expect(isToTrainer({ type: 'load', baseUrl: '/x/' })).toBe(true);
    expect(isToTrainer({ type: 'useData', train: dataset(3), test: dataset(2) })).toBe(true);
    expect(isToTrainer({ type: 'start', runId: 'r', settings: defaultSettings() })).toBe(true);
    expect(isToTrainer({ type: 'start', runId: 'r', settings: defaultSettings(), resume: { epoch: 1, weights: new Uint8Array(4), best: null, epochsWithoutImprovement: 0 } })).toBe(true);
    for (const type of ['pause', 'resume', 'stop']) expect(isToTrainer({ type })).toBe(true);
    expect(isToTrainer({ type: 'evaluate', weights: new Uint8Array(8) })).toBe(true);
    for (const kernels of ['auto', 'js', 'simd', 'relaxed']) expect(isToTrainer({ type: 'start', runId: 'r', settings: defaultSettings(), kernels })).toBe(true);
  });

  it('refuses unknown types, missing payloads and inconsistent datasets', () => {
    expect(isToTrainer(null)).toBe(false);
    expect(isToTrainer('start')).toBe(false);
    expect(isToTrainer({ type: 'train' })).toBe(false);
    expect(isToTrainer({ type: 'load', baseUrl: 3 })).toBe(false);
    expect(isToTrainer({ type: 'start', settings: defaultSettings() })).toBe(false);
    expect(isToTrainer({ type: 'start', runId: 'r', settings: defaultSettings(), initialWeights: [1, 2] })).toBe(false);
    expect(isToTrainer({ type: 'evaluate', weights: new ArrayBuffer(8) })).toBe(false);
    expect(isToTrainer({ type: 'start', runId: 'r', settings: defaultSettings(), kernels: 'gpu' })).toBe(false);
    expect(isToTrainer({ type: 'start', runId: 'r', settings: defaultSettings(), kernels: 2 })).toBe(false);
    // 3 labels but images for 2.
    expect(isToTrainer({ type: 'useData', train: { ...dataset(2), labels: new Uint8Array(3), count: 3 }, test: dataset(2) })).toBe(false);
  });
});

describe('worker → page guards', () => {
  const results = { accuracy: 1, loss: 0, confusion: [[1]], mistakes: [], mistakeImages: new Uint8Array(0), rows: 2, cols: 2, epochs: 1 };

  it('accepts progress with matching curves and refuses mismatched or plain arrays', () => {
    const progress = { type: 'progress', runId: 'r', epoch: 0, firstBatch: 0, batchesPerEpoch: 3, losses: new Float32Array(2), accuracies: new Float32Array(2), imagesDone: 2, imagesTotal: 3, imagesPerSecond: 1 };
    expect(isFromTrainer(progress)).toBe(true);
    expect(isFromTrainer({ ...progress, accuracies: new Float32Array(1) })).toBe(false);
    expect(isFromTrainer({ ...progress, losses: [1, 2] })).toBe(false);
  });

  it('accepts started with or without the kernels in use, and refuses an unknown kind or a missing reason', () => {
    const started = { type: 'started', runId: 'r', workers: 2, trainCount: 10, validationCount: 0, parameterCount: 5, startEpoch: 0 };
    expect(isFromTrainer(started)).toBe(true);
    for (const kind of ['js', 'simd', 'relaxed']) expect(isFromTrainer({ ...started, kernels: { kind, reason: 'why' } })).toBe(true);
    expect(isFromTrainer({ ...started, kernels: { kind: 'auto', reason: 'why' } })).toBe(false);
    expect(isFromTrainer({ ...started, kernels: { kind: 'simd' } })).toBe(false);
    expect(isFromTrainer({ ...started, kernels: 'simd' })).toBe(false);
    expect(isFromTrainer({ ...started, workers: '2' })).toBe(false);
  });

  it('needs weights on an epoch, images on results and a message on an error', () => {
    expect(isFromTrainer({ type: 'epoch', runId: 'r', summary: {}, weights: new Uint8Array(1), improved: true, epochsWithoutImprovement: 0 })).toBe(true);
    expect(isFromTrainer({ type: 'epoch', runId: 'r', summary: {}, improved: true })).toBe(false);
    expect(isFromTrainer({ type: 'done', runId: 'r', reason: 'completed', results })).toBe(true);
    expect(isFromTrainer({ type: 'results', results: { ...results, mistakeImages: [] } })).toBe(false);
    expect(isFromTrainer({ type: 'error', runId: null, code: 'data', message: 'x' })).toBe(true);
    expect(isFromTrainer({ type: 'error', runId: null })).toBe(false);
    expect(isFromTrainer({ type: 'stepDone' })).toBe(false);
  });
});

describe('transferables', () => {
  it('lists each buffer once and never a shared one', () => {
    const weights = new Uint8Array(16);
    const start = {
      type: 'start' as const, runId: 'r', settings: defaultSettings(),
      resume: { epoch: 1, weights, best: { epoch: 0, loss: 1, weights: weights.subarray(0, 8) }, epochsWithoutImprovement: 0 },
    };
    expect(transferablesOf(start)).toEqual([weights.buffer]);
    const shared = { ...dataset(1), images: new Uint8Array(new SharedArrayBuffer(4)) };
    const transfers = transferablesOf({ type: 'useData', train: shared, test: dataset(1) });
    expect(transfers).toHaveLength(3);
    expect(transfers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    const progress: FromTrainer = { type: 'progress', runId: 'r', epoch: 0, firstBatch: 0, batchesPerEpoch: 1, losses: new Float32Array(1), accuracies: new Float32Array(1), imagesDone: 1, imagesTotal: 1, imagesPerSecond: 1 };
    expect(transferablesOf(progress)).toHaveLength(2);
    expect(transferablesOf({ type: 'pause' })).toEqual([]);
  });

  it('copies a view that fills only part of its buffer (such as a view into a WebAssembly memory) instead of transferring it', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const weights = new Uint8Array(memory.buffer, 64, 32);
    const epoch: FromTrainer = { type: 'epoch', runId: 'r', summary: {} as never, weights, improved: true, epochsWithoutImprovement: 0 };
    expect(transferablesOf(epoch)).toEqual([]);
    const fresh = weights.slice();
    expect(transferablesOf({ ...epoch, weights: fresh })).toEqual([fresh.buffer]);
  });
});
