/**
 * The explicit im2col path that src/bench/kernels.ts measures must compute the same convolution
 * as the engine's implicit GEMM, and col2im must be im2col's adjoint: ⟨im2col(x), c⟩ = ⟨x, col2im(c)⟩.
 */
import { describe, expect, it } from 'vitest';
import { gemmNN } from '../../../src/tiled';
import { implicitPlan, padSample, windowGeometry } from '../../../src/tiled/conv-geometry';
import { convForwardImplicit } from '../../../src/tiled/conv-implicit';
import { col2im, im2col, im2colPlan } from '../../../src/tiled/im2col';
import { createRng, expectAllClose, parseCase, randomArray } from './helpers';

const CASES = [
  'x=[1,28,28] k=5 f=6 p=2',
  'x=[6,14,14] k=5 f=16 p=valid',
  'x=[2,9,7] k=3 f=5 s=2 p=same',
  'x=[3,8,8] k=[2,3] f=3 s=[1,2] d=2 p=full',
];

describe('explicit im2col agrees with the implicit GEMM', () => {
  CASES.forEach((text, i) => it(text, () => {
    const c = parseCase(text);
    const [channels, h, w] = c.x as number[];
    const filters = c.f as number;
    const g = windowGeometry(channels, h, w, {
      kernel: c.k as number | [number, number], stride: (c.s ?? 1) as number | [number, number],
      dilation: (c.d ?? 1) as number | [number, number], padding: c.p as 'valid',
    });
    const rng = createRng(30 + i);
    const k = channels * g.kh * g.kw, pixels = g.outH * g.outW;
    const x = randomArray(rng, channels * h * w), weights = randomArray(rng, filters * k);
    const plan = im2colPlan(g);
    const col = new Float32Array(k * pixels);
    im2col(plan, x, 0, col, 0);
    const viaCol = new Float32Array(filters * pixels);
    gemmNN(weights, 0, col, 0, viaCol, 0, filters, pixels, k, false);
    const [ph, pw] = [g.paddedH, g.paddedW];
    const padded = new Float32Array(channels * ph * pw);
    padSample(g, x, 0, padded, 0);
    const implicit = new Float32Array(filters * pixels);
    convForwardImplicit(implicitPlan(g), padded, 0, weights, implicit, 0, filters, { bias: null, relu: false });
    expectAllClose(implicit, viaCol, 1e-5, text);
    // Adjoint: Σ im2col(x)·c = Σ x·col2im(c)
    const cotangent = randomArray(rng, k * pixels);
    const back = new Float32Array(channels * h * w);
    col2im(plan, cotangent, 0, back, 0);
    const left = col.reduce((sum, v, j) => sum + v * cotangent[j], 0);
    const right = x.reduce((sum, v, j) => sum + v * back[j], 0);
    expect(left).toBeCloseTo(right, 3);
  }));
});
