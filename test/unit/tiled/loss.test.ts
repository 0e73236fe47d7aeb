/**
 * Softmax cross-entropy over a batch against the reference engine's per-sample loss, including
 * huge logits, on every kernel backend.
 */
import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropy as referenceLoss } from '../../../src/reference';
import { argmaxRows } from '../../../src/tiled';
import { createRng, expectAllClose, randomArray } from './helpers';
import { copyInto, KERNEL_BACKENDS, testWorkspace } from './kernel-backends';

describe.each(KERNEL_BACKENDS.map((b) => [b.info.kind, b] as const))('softmax cross-entropy (%s kernels)', (_, backend) => {
  const ws = testWorkspace(backend, 1 << 16);
  const scratch = ws.alloc.i32(8);
  const softmaxCrossEntropy = (logits: Float32Array, labels: Int32Array, batch: number, classes: number, dlogits: Float32Array): number =>
    ws.kernels.softmaxCrossEntropy(copyInto(ws, logits), labels, batch, classes, dlogits, scratch);

  it('is the batch mean of the reference loss, with gradients divided by the batch size', () => {
    const rng = createRng(3);
    const batch = 3, classes = 7;
    const logits = randomArray(rng, batch * classes, 4);
    const labels = Int32Array.from([6, 0, 3]);
    const dlogits = ws.alloc.f32(batch * classes);
    const loss = softmaxCrossEntropy(logits, labels, batch, classes, dlogits);
    let expected = 0;
    for (let s = 0; s < batch; s++) {
      const r = referenceLoss(Array.from(logits.subarray(s * classes, (s + 1) * classes)), labels[s]);
      expected += r.loss / batch;
      expectAllClose(dlogits.subarray(s * classes, (s + 1) * classes), r.dlogits.map((g) => g / batch), 1e-6, `dlogits ${s}`);
    }
    expect(loss).toBeCloseTo(expected, 5);
  });

  it('stays finite for logits far beyond exp’s range (log-sum-exp)', () => {
    const logits = Float32Array.from([1000, 1001, -1000, 2000, 2000, 0]);
    const dlogits = ws.alloc.f32(6);
    const loss = softmaxCrossEntropy(logits, Int32Array.from([0, 2]), 2, 3, dlogits);
    // sample 1: 1001 + log(1 + e⁻¹) − 1000 ≈ 1.3133 (label 0 is one below the max); sample 2: 2000 + log 2 − 0 ≈ 2000.6931
    expect(loss).toBeCloseTo((1 + Math.log(1 + Math.exp(-1)) + Math.log(2) + 2000) / 2, 3);
    expect(Array.from(dlogits).every(Number.isFinite)).toBe(true);
    expect(dlogits[4]).toBeCloseTo(0.25, 6); // p = 1/2, divided by the batch of 2
  });

  it('refuses a label outside the classes', () => {
    expect(() => softmaxCrossEntropy(Float32Array.from([1, 2, 3, 4]), Int32Array.from([1, 2]), 2, 2, ws.alloc.f32(4))).toThrow(/label 1 is 2/);
  });
});

describe('argmaxRows', () => {
  it('picks the first largest logit of each row', () => {
    const out = new Int32Array(3);
    argmaxRows(Float32Array.from([0, 2, 2, -1, -3, -2, 5, 5, 5]), 3, 3, out);
    expect(Array.from(out)).toEqual([1, 0, 0]);
  });
});
