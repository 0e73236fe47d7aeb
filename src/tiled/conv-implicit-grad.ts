/**
 * Backward passes of the implicit-GEMM convolution (conv-implicit.ts), again without an
 * im2col matrix:
 *   weights  dW[f][t] = Σ_s Σ_p dZ_s[f][p] · X_s[base[p] + tap[t]]
 *   input    dX_s[base[p] + tap[t]] += Σ_f W[f][t] · dZ_s[f][p]
 * The weight gradient keeps a 3-filter × 4-tap tile in locals across the whole batch, so each
 * entry is stored once; the input gradient sums a 3-tap × 4-position tile over the filters,
 * then adds it into the (padded) input gradient. (3×4 rather than 4×4 tiles: see gemm-nn.ts.)
 */
import type { ImplicitConv } from './conv-implicit';

/** dW (overwritten) from the batch's padded inputs x (sample s at s·xStride) and dZ (sample s at s·dzStride). */
export function convWeightGradImplicit(
  plan: ImplicitConv, x: Float32Array, xStride: number, dz: Float32Array, dzStride: number,
  dw: Float32Array, filters: number, batch: number,
): void {
  const k = plan.tap.length, pixels = plan.base.length;
  let f = 0;
  for (; f + 3 <= filters; f += 3) weightRows3(plan, x, xStride, dz, dzStride, f * pixels, dw, f * k, batch);
  for (; f < filters; f++) weightRows1(plan, x, xStride, dz, dzStride, f * pixels, dw, f * k, batch);
}

/** Three filters' rows of dW, four taps at a time (3×4 rather than 4×4 tiles, as in gemm-nn.ts). */
function weightRows3(plan: ImplicitConv, x: Float32Array, xStride: number, dz: Float32Array, dzStride: number, d0: number,
  dw: Float32Array, q0: number, batch: number): void {
  const { tap, base } = plan;
  const k = tap.length, pixels = base.length;
  const d1 = d0 + pixels, d2 = d1 + pixels;
  let t = 0;
  for (; t + 4 <= k; t += 4) {
    const o0 = tap[t], o1 = tap[t + 1], o2 = tap[t + 2], o3 = tap[t + 3];
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    for (let s = 0; s < batch; s++) {
      const xs = s * xStride, ds = s * dzStride;
      for (let p = 0; p < pixels; p++) {
        const b = xs + base[p];
        const x0 = x[b + o0], x1 = x[b + o1], x2 = x[b + o2], x3 = x[b + o3];
        let g = dz[ds + d0 + p]; c00 += g * x0; c01 += g * x1; c02 += g * x2; c03 += g * x3;
        g = dz[ds + d1 + p]; c10 += g * x0; c11 += g * x1; c12 += g * x2; c13 += g * x3;
        g = dz[ds + d2 + p]; c20 += g * x0; c21 += g * x1; c22 += g * x2; c23 += g * x3;
      }
    }
    let q = q0 + t;
    dw[q] = c00; dw[q + 1] = c01; dw[q + 2] = c02; dw[q + 3] = c03; q += k;
    dw[q] = c10; dw[q + 1] = c11; dw[q + 2] = c12; dw[q + 3] = c13; q += k;
    dw[q] = c20; dw[q + 1] = c21; dw[q + 2] = c22; dw[q + 3] = c23;
  }
  for (; t < k; t++) {
    for (let r = 0; r < 3; r++) dw[q0 + r * k + t] = weightEntry(plan, x, xStride, dz, dzStride, d0 + r * pixels, t, batch);
  }
}

/**
 * One filter's row of dW, eight taps at a time: with a single dZ value per step, a wider
 * tile keeps the ratio of loads to multiply-adds low (conv1 of LeNet-5 has 6 filters).
 */
function weightRows1(plan: ImplicitConv, x: Float32Array, xStride: number, dz: Float32Array, dzStride: number, d0: number,
  dw: Float32Array, q0: number, batch: number): void {
  const { tap, base } = plan;
  const k = tap.length, pixels = base.length;
  let t = 0;
  for (; t + 8 <= k; t += 8) {
    const o0 = tap[t], o1 = tap[t + 1], o2 = tap[t + 2], o3 = tap[t + 3];
    const o4 = tap[t + 4], o5 = tap[t + 5], o6 = tap[t + 6], o7 = tap[t + 7];
    let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
    for (let s = 0; s < batch; s++) {
      const xs = s * xStride, ds = s * dzStride + d0;
      for (let p = 0; p < pixels; p++) {
        const b = xs + base[p], g = dz[ds + p];
        c0 += g * x[b + o0]; c1 += g * x[b + o1]; c2 += g * x[b + o2]; c3 += g * x[b + o3];
        c4 += g * x[b + o4]; c5 += g * x[b + o5]; c6 += g * x[b + o6]; c7 += g * x[b + o7];
      }
    }
    const q = q0 + t;
    dw[q] = c0; dw[q + 1] = c1; dw[q + 2] = c2; dw[q + 3] = c3; dw[q + 4] = c4; dw[q + 5] = c5; dw[q + 6] = c6; dw[q + 7] = c7;
  }
  for (; t < k; t++) dw[q0 + t] = weightEntry(plan, x, xStride, dz, dzStride, d0, t, batch);
}

function weightEntry(plan: ImplicitConv, x: Float32Array, xStride: number, dz: Float32Array, dzStride: number, d: number,
  t: number, batch: number): number {
  const { tap, base } = plan;
  const o = tap[t], pixels = base.length;
  let sum = 0;
  for (let s = 0; s < batch; s++) {
    const xs = s * xStride + o, ds = s * dzStride + d;
    for (let p = 0; p < pixels; p++) sum += dz[ds + p] * x[xs + base[p]];
  }
  return sum;
}

/** Adds one sample's input gradient into dx (padded layout, starting at dxOff); dz is that sample's [filters][pixels]. */
export function convInputGradImplicit(
  plan: ImplicitConv, w: Float32Array, dz: Float32Array, dzOff: number, dx: Float32Array, dxOff: number, filters: number,
): void {
  const { tap, base } = plan;
  const k = tap.length, pixels = base.length;
  let t = 0;
  for (; t + 3 <= k; t += 3) {
    const o0 = dxOff + tap[t], o1 = dxOff + tap[t + 1], o2 = dxOff + tap[t + 2];
    let p = 0;
    for (; p + 4 <= pixels; p += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      for (let f = 0, wq = t, dq = dzOff + p; f < filters; f++, wq += k, dq += pixels) {
        const g0 = dz[dq], g1 = dz[dq + 1], g2 = dz[dq + 2], g3 = dz[dq + 3];
        let v = w[wq]; c00 += v * g0; c01 += v * g1; c02 += v * g2; c03 += v * g3;
        v = w[wq + 1]; c10 += v * g0; c11 += v * g1; c12 += v * g2; c13 += v * g3;
        v = w[wq + 2]; c20 += v * g0; c21 += v * g1; c22 += v * g2; c23 += v * g3;
      }
      const b0 = base[p], b1 = base[p + 1], b2 = base[p + 2], b3 = base[p + 3];
      dx[o0 + b0] += c00; dx[o0 + b1] += c01; dx[o0 + b2] += c02; dx[o0 + b3] += c03;
      dx[o1 + b0] += c10; dx[o1 + b1] += c11; dx[o1 + b2] += c12; dx[o1 + b3] += c13;
      dx[o2 + b0] += c20; dx[o2 + b1] += c21; dx[o2 + b2] += c22; dx[o2 + b3] += c23;
    }
    for (; p < pixels; p++) scalarTaps(w, dz, dzOff, dx, dxOff, tap, base, t, 3, p, filters, k, pixels);
  }
  if (t < k) for (let p = 0; p < pixels; p++) scalarTaps(w, dz, dzOff, dx, dxOff, tap, base, t, k - t, p, filters, k, pixels);
}

function scalarTaps(w: Float32Array, dz: Float32Array, dzOff: number, dx: Float32Array, dxOff: number, tap: Int32Array,
  base: Int32Array, t0: number, taps: number, p: number, filters: number, k: number, pixels: number): void {
  for (let t = t0; t < t0 + taps; t++) {
    let sum = 0;
    for (let f = 0; f < filters; f++) sum += w[f * k + t] * dz[dzOff + f * pixels + p];
    dx[dxOff + base[p] + tap[t]] += sum;
  }
}
