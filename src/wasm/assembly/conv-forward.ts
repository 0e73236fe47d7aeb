// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Convolution forward on zero-padded NCHW samples, vectorised along output rows: four
 * neighbouring outputs of a row read four neighbouring inputs for every tap when the
 * horizontal stride is 1, so one unaligned v128.load feeds four multiply-adds and no im2col
 * matrix is built (layer geometry in a descriptor, conv-descriptor.ts):
 *   y[f][oy][ox] = act(b[f] + Σ_t W[f][t] · x[oy·sh·Pw + ox + tap[t]])
 */
import { field, FILTERS, K, OUT_H, OUT_W, PW, SH, TAPS } from './conv-descriptor';
import { at, imin, madd, relu4, storeLanes } from './simd';

/** Forward pass of `batch` samples (sample s at x + s·xStride floats, output at y + s·yStride); bias = 0 means none. */
export function convForward(d: usize, x: usize, xStride: i32, w: usize, bias: usize, relu: bool, y: usize, yStride: i32, batch: i32): void {
  for (let s = 0; s < batch; s++) forwardSample(d, at(x, s * xStride), w, bias, relu, at(y, s * yStride));
}

/**
 * One sample. Register tile: 4 filters × 2 output rows × 4 columns in 8 vectors; per tap,
 * two input loads and four broadcast weights feed 8 multiply-adds. Filters past the last
 * repeat it and a missing second row repeats the first (computed, not stored); columns past
 * the row's end are computed from whatever follows in memory and not stored. One or two
 * filters left over (conv1 of LeNet-5 has 6) take a 2-filter × 4-row tile instead of half
 * an empty 4-filter one.
 */
function forwardSample(d: usize, xs: usize, w: usize, bias: usize, relu: bool, ys: usize): void {
  const pw = field(d, PW), sh = field(d, SH), outH = field(d, OUT_H), outW = field(d, OUT_W);
  const filters = field(d, FILTERS), k = field(d, K);
  const taps = d + (TAPS << 2), tapsEnd = taps + ((<usize>k) << 2);
  const plane = outH * outW;
  const rowStep = (<usize>(sh * pw)) << 2, outRow = (<usize>outW) << 2, outPlane = (<usize>plane) << 2;
  for (let f = 0; f < filters; f += 4) {
    const nf = imin(4, filters - f);
    if (nf <= 2) {
      forwardTwoFilters(d, xs, w, bias, relu, ys, f, nf);
      return;
    }
    const f1 = f + imin(1, nf - 1), f2 = f + imin(2, nf - 1), f3 = f + imin(3, nf - 1);
    const w0 = at(w, f * k), w1 = at(w, f1 * k), w2 = at(w, f2 * k), w3 = at(w, f3 * k);
    const z0 = bias == 0 ? f32x4.splat(0) : v128.load32_splat(at(bias, f));
    const z1 = bias == 0 ? z0 : v128.load32_splat(at(bias, f1));
    const z2 = bias == 0 ? z0 : v128.load32_splat(at(bias, f2));
    const z3 = bias == 0 ? z0 : v128.load32_splat(at(bias, f3));
    for (let oy = 0; oy < outH; oy += 2) {
      const two = oy + 1 < outH;
      const rowA = xs + (<usize>oy) * rowStep, rowB = two ? rowA + rowStep : rowA;
      for (let ox = 0; ox < outW; ox += 4) {
        const cols = imin(4, outW - ox);
        let a0 = z0, a1 = z1, a2 = z2, a3 = z3, b0 = z0, b1 = z1, b2 = z2, b3 = z3;
        const pa = rowA + ((<usize>ox) << 2), pb = rowB + ((<usize>ox) << 2);
        let tw: usize = 0;
        for (let tp = taps; tp < tapsEnd; tp += 4, tw += 4) {
          const o = (<usize>load<i32>(tp)) << 2;
          const xa = v128.load(pa + o), xb = v128.load(pb + o);
          let v = v128.load32_splat(w0 + tw); a0 = madd(v, xa, a0); b0 = madd(v, xb, b0);
          v = v128.load32_splat(w1 + tw); a1 = madd(v, xa, a1); b1 = madd(v, xb, b1);
          v = v128.load32_splat(w2 + tw); a2 = madd(v, xa, a2); b2 = madd(v, xb, b2);
          v = v128.load32_splat(w3 + tw); a3 = madd(v, xa, a3); b3 = madd(v, xb, b3);
        }
        if (relu) {
          a0 = relu4(a0); a1 = relu4(a1); a2 = relu4(a2); a3 = relu4(a3);
          b0 = relu4(b0); b1 = relu4(b1); b2 = relu4(b2); b3 = relu4(b3);
        }
        const q = at(ys, f * plane + oy * outW + ox);
        storeLanes(q, a0, cols);
        if (two) storeLanes(q + outRow, b0, cols);
        if (nf > 1) { storeLanes(q + outPlane, a1, cols); if (two) storeLanes(q + outPlane + outRow, b1, cols); }
        if (nf > 2) { storeLanes(q + 2 * outPlane, a2, cols); if (two) storeLanes(q + 2 * outPlane + outRow, b2, cols); }
        if (nf > 3) { storeLanes(q + 3 * outPlane, a3, cols); if (two) storeLanes(q + 3 * outPlane + outRow, b3, cols); }
      }
    }
  }
}

/** Filters f (and f + 1 when nf = 2) of one sample: 2 filters × 4 output rows × 4 columns in 8 vectors. */
function forwardTwoFilters(d: usize, xs: usize, w: usize, bias: usize, relu: bool, ys: usize, f: i32, nf: i32): void {
  const pw = field(d, PW), sh = field(d, SH), outH = field(d, OUT_H), outW = field(d, OUT_W);
  const k = field(d, K);
  const taps = d + (TAPS << 2), tapsEnd = taps + ((<usize>k) << 2);
  const plane = outH * outW;
  const rowStep = (<usize>(sh * pw)) << 2, outRow = (<usize>outW) << 2, outPlane = (<usize>plane) << 2;
  const f1 = f + nf - 1;
  const w0 = at(w, f * k), w1 = at(w, f1 * k);
  const z0 = bias == 0 ? f32x4.splat(0) : v128.load32_splat(at(bias, f));
  const z1 = bias == 0 ? z0 : v128.load32_splat(at(bias, f1));
  for (let oy = 0; oy < outH; oy += 4) {
    const rows = imin(4, outH - oy);
    const r0 = xs + (<usize>oy) * rowStep;
    const r1 = rows > 1 ? r0 + rowStep : r0, r2 = rows > 2 ? r0 + 2 * rowStep : r0, r3 = rows > 3 ? r0 + 3 * rowStep : r0;
    for (let ox = 0; ox < outW; ox += 4) {
      const cols = imin(4, outW - ox);
      let a0 = z0, a1 = z0, a2 = z0, a3 = z0, b0 = z1, b1 = z1, b2 = z1, b3 = z1;
      const off = (<usize>ox) << 2;
      let tw: usize = 0;
      for (let tp = taps; tp < tapsEnd; tp += 4, tw += 4) {
        const o = ((<usize>load<i32>(tp)) << 2) + off;
        const x0 = v128.load(r0 + o), x1 = v128.load(r1 + o), x2 = v128.load(r2 + o), x3 = v128.load(r3 + o);
        let v = v128.load32_splat(w0 + tw); a0 = madd(v, x0, a0); a1 = madd(v, x1, a1); a2 = madd(v, x2, a2); a3 = madd(v, x3, a3);
        v = v128.load32_splat(w1 + tw); b0 = madd(v, x0, b0); b1 = madd(v, x1, b1); b2 = madd(v, x2, b2); b3 = madd(v, x3, b3);
      }
      if (relu) {
        a0 = relu4(a0); a1 = relu4(a1); a2 = relu4(a2); a3 = relu4(a3);
        b0 = relu4(b0); b1 = relu4(b1); b2 = relu4(b2); b3 = relu4(b3);
      }
      const q = at(ys, f * plane + oy * outW + ox);
      storeLanes(q, a0, cols);
      if (rows > 1) storeLanes(q + outRow, a1, cols);
      if (rows > 2) storeLanes(q + 2 * outRow, a2, cols);
      if (rows > 3) storeLanes(q + 3 * outRow, a3, cols);
      if (nf > 1) {
        const q1 = q + outPlane;
        storeLanes(q1, b0, cols);
        if (rows > 1) storeLanes(q1 + outRow, b1, cols);
        if (rows > 2) storeLanes(q1 + 2 * outRow, b2, cols);
        if (rows > 3) storeLanes(q1 + 3 * outRow, b3, cols);
      }
    }
  }
}

/**
 * Copies `batch` samples [C][H][W] into the interiors of zero-bordered [C][Ph][Pw] samples
 * (row by row; the border is never written, so it stays 0).
 */
export function padSamples(src: usize, srcStride: i32, dst: usize, dstStride: i32, batch: i32, channels: i32, h: i32, w: i32,
  ph: i32, pw: i32, top: i32, left: i32): void {
  const rowBytes = (<usize>w) << 2;
  for (let s = 0; s < batch; s++) {
    for (let c = 0; c < channels; c++) {
      for (let r = 0; r < h; r++) {
        memory.copy(at(dst, s * dstStride + (c * ph + top + r) * pw + left), at(src, s * srcStride + (c * h + r) * w), rowBytes);
      }
    }
  }
}
