// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Convolution on zero-padded NCHW samples, vectorised along output rows: four neighbouring
 * outputs of a row read four neighbouring inputs for every tap when the horizontal stride
 * is 1, so one unaligned v128.load feeds four multiply-adds and no im2col matrix is built.
 *
 * A layer describes itself once, at build time, in a descriptor: i32 fields (below) followed
 * by the tap table, tap t = (c·Kh + ky)·Kw + kx at float offset c·Ph·Pw + ky·dh·Pw + kx·dw
 * of a padded sample. The JavaScript side (src/wasm/conv-descriptor.ts) writes the same layout.
 *
 *   forward       y[f][oy][ox] = act(b[f] + Σ_t W[f][t] · x[oy·sh·Pw + ox + tap[t]])
 *   weight grad   dW[f][t] = Σ_s Σ_(oy,ox) dz_s[f][oy][ox] · x_s[oy·sh·Pw + ox + tap[t]]
 *   input grad    dcol = Wᵀ·dz (a GEMM), then col2im adds each tap's row of dcol into dx
 */
import { gemmSplat } from './gemm';
import { at, hsum, imin, laneMask, madd, relu4, storeLanes } from './simd';

// Descriptor fields (i32 index). The JavaScript writer uses the same numbers.
const CIN = 0, PH = 1, PW = 2, KH = 3, KW = 4, DH = 5, DW = 6, SH = 7, OUT_H = 8, OUT_W = 9, FILTERS = 10, K = 11;
const TAPS = 20;
/**
 * Samples whose inputs and output gradients the weight gradient visits together: about 25 kB
 * for LeNet-5's conv2, so the 300 passes over them (one per 2-filter × 4-tap tile) hit L1/L2.
 */
const SAMPLE_BLOCK = 4;

@inline function field(d: usize, index: i32): i32 {
  return load<i32>(d + ((<usize>index) << 2));
}

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
 * dW (overwritten) from the batch's padded inputs and output gradients dz (sample s at
 * dz + s·dzStride floats). Register tile: 2 filters × 4 taps, each a vector of partial sums
 * along the output rows, reduced (hsum) once per block of samples; per step two dz loads and
 * four input loads feed 8 multiply-adds. The last, partial vector of a row is masked to zero.
 */
export function convWeightGrad(d: usize, x: usize, xStride: i32, dz: usize, dzStride: i32, dw: usize, batch: i32): void {
  const pw = field(d, PW), sh = field(d, SH), outH = field(d, OUT_H), outW = field(d, OUT_W);
  const filters = field(d, FILTERS), k = field(d, K);
  const taps = d + (TAPS << 2);
  const plane = outH * outW;
  const rowStep = (<usize>(sh * pw)) << 2, outRow = (<usize>outW) << 2;
  const full = outW & ~3;
  const tail = laneMask(outW - full);
  memory.fill(dw, 0, (<usize>(filters * k)) << 2);
  for (let s0 = 0; s0 < batch; s0 += SAMPLE_BLOCK) {
    const s1 = imin(batch, s0 + SAMPLE_BLOCK);
    for (let f = 0; f < filters; f += 2) {
      const second = f + 1 < filters;
      const d0 = f * plane, d1 = second ? d0 + plane : d0;
      for (let t = 0; t < k; t += 4) {
        const nt = imin(4, k - t);
        const o0 = (<usize>load<i32>(at(taps, t))) << 2;
        const o1 = (<usize>load<i32>(at(taps, t + imin(1, nt - 1)))) << 2;
        const o2 = (<usize>load<i32>(at(taps, t + imin(2, nt - 1)))) << 2;
        const o3 = (<usize>load<i32>(at(taps, t + imin(3, nt - 1)))) << 2;
        let c00 = f32x4.splat(0), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        for (let s = s0; s < s1; s++) {
          const xs = at(x, s * xStride);
          let g0p = at(dz, s * dzStride + d0), g1p = at(dz, s * dzStride + d1);
          for (let oy = 0; oy < outH; oy++, g0p += outRow, g1p += outRow) {
            const xr = xs + (<usize>oy) * rowStep;
            let ox = 0;
            for (; ox < full; ox += 4) {
              const off = (<usize>ox) << 2;
              const g0 = v128.load(g0p + off), g1 = v128.load(g1p + off);
              const xp = xr + off;
              let v = v128.load(xp + o0); c00 = madd(g0, v, c00); c10 = madd(g1, v, c10);
              v = v128.load(xp + o1); c01 = madd(g0, v, c01); c11 = madd(g1, v, c11);
              v = v128.load(xp + o2); c02 = madd(g0, v, c02); c12 = madd(g1, v, c12);
              v = v128.load(xp + o3); c03 = madd(g0, v, c03); c13 = madd(g1, v, c13);
            }
            if (ox < outW) {
              // Lanes past the row's end hold other data (maybe not even finite): zero both factors.
              const off = (<usize>ox) << 2;
              const g0 = v128.and(v128.load(g0p + off), tail), g1 = v128.and(v128.load(g1p + off), tail);
              const xp = xr + off;
              let v = v128.and(v128.load(xp + o0), tail); c00 = madd(g0, v, c00); c10 = madd(g1, v, c10);
              v = v128.and(v128.load(xp + o1), tail); c01 = madd(g0, v, c01); c11 = madd(g1, v, c11);
              v = v128.and(v128.load(xp + o2), tail); c02 = madd(g0, v, c02); c12 = madd(g1, v, c12);
              v = v128.and(v128.load(xp + o3), tail); c03 = madd(g0, v, c03); c13 = madd(g1, v, c13);
            }
          }
        }
        const r0 = at(dw, f * k + t), r1 = r0 + ((<usize>k) << 2);
        addEntry(r0, c00);
        if (nt > 1) addEntry(r0 + 4, c01);
        if (nt > 2) addEntry(r0 + 8, c02);
        if (nt > 3) addEntry(r0 + 12, c03);
        if (second) {
          addEntry(r1, c10);
          if (nt > 1) addEntry(r1 + 4, c11);
          if (nt > 2) addEntry(r1 + 8, c12);
          if (nt > 3) addEntry(r1 + 12, c13);
        }
      }
    }
  }
}

@inline function addEntry(ptr: usize, partial: v128): void {
  store<f32>(ptr, load<f32>(ptr) + hsum(partial));
}

/**
 * dx (overwritten, unpadded [C][H][W] per sample; horizontal stride 1) in two steps per sample:
 *   1. dcol[t][p] = Σ_f W[f][t] · dz[f][p], a GEMM Wᵀ·dz (K×F by F×P) on the SIMD tiles of
 *      gemm.ts, so only useful multiply-adds are done (a transposed convolution over dz
 *      zero-padded by the kernel's extent spends half of them on zeros);
 *   2. col2im: each row of dcol is added, four lanes at a time, into the input row its tap
 *      reads (row oy·sh + ky·dh − padTop, columns ox + kx·dw − padLeft), clipped to the input.
 * Consecutive additions go to different rows, so no load waits on an overlapping store.
 */
export function convInputGrad(d: usize, w: usize, dcol: usize, dz: usize, dzStride: i32, dx: usize, dxStride: i32, batch: i32,
  inH: i32, inW: i32, padTop: i32, padLeft: i32): void {
  const cin = field(d, CIN), kh = field(d, KH), kw = field(d, KW);
  const dh = field(d, DH), dw = field(d, DW), sh = field(d, SH), outH = field(d, OUT_H), outW = field(d, OUT_W);
  const filters = field(d, FILTERS), k = field(d, K);
  const pixels = outH * outW, inPlane = inH * inW;
  for (let s = 0; s < batch; s++) {
    gemmSplat(w, 1, k, at(dz, s * dzStride), dcol, k, pixels, filters, false);
    const dxs = at(dx, s * dxStride);
    memory.fill(dxs, 0, (<usize>(cin * inPlane)) << 2);
    let t = 0;
    for (let c = 0; c < cin; c++) {
      for (let ky = 0; ky < kh; ky++) {
        for (let kx = 0; kx < kw; kx++, t++) {
          // Output columns whose input column ox + kx·dw − padLeft lies inside the input.
          const shift = kx * dw - padLeft;
          const first = shift < 0 ? -shift : 0;
          const last = imin(outW, inW - shift);
          if (first >= last) continue;
          const lanes = last - first;
          const full = first + (lanes & ~3);
          const tail = laneMask(lanes & 3);
          for (let oy = 0; oy < outH; oy++) {
            const r = oy * sh + ky * dh - padTop;
            if (r < 0 || r >= inH) continue;
            const src = at(dcol, t * pixels + oy * outW), dst = at(dxs, c * inPlane + r * inW + shift);
            let ox = first;
            for (; ox < full; ox += 4) {
              const q = dst + ((<usize>ox) << 2);
              v128.store(q, f32x4.add(v128.load(q), v128.load(src + ((<usize>ox) << 2))));
            }
            if (ox < last) {
              const q = dst + ((<usize>ox) << 2);
              storeLanes(q, f32x4.add(v128.load(q), v128.and(v128.load(src + ((<usize>ox) << 2)), tail)), last - ox);
            }
          }
        }
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
