// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Convolution gradients on zero-padded NCHW samples (layer geometry in a descriptor,
 * conv-descriptor.ts; horizontal stride 1):
 *   weight grad   dW[f][t] = Σ_s Σ_(oy,ox) dz_s[f][oy][ox] · x_s[oy·sh·Pw + ox + tap[t]]
 *   input grad    dcol = Wᵀ·dz (a GEMM), then col2im adds each tap's row of dcol into dx
 */
import { CIN, DH, DW, field, FILTERS, K, KH, KW, OUT_H, OUT_W, PW, SH, TAPS } from './conv-descriptor';
import { gemmSplat } from './gemm';
import { at, hsum, imin, laneMask, madd, storeLanes } from './simd';

/**
 * Samples whose inputs and output gradients the weight gradient visits together: about 25 kB
 * for LeNet-5's conv2, so the 300 passes over them (one per 2-filter × 4-tap tile) hit L1/L2.
 */
const SAMPLE_BLOCK = 4;

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
