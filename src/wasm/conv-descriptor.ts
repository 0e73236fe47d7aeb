/**
 * The descriptors the WebAssembly conv kernels read (layout in assembly/conv-descriptor.ts): i32 fields,
 * then the tap table, written once per layer at build time.
 */
import type { WindowGeometry } from '../tiled/conv-geometry';

const CIN = 0, PH = 1, PW = 2, KH = 3, KW = 4, DH = 5, DW = 6, SH = 7, OUT_H = 8, OUT_W = 9, FILTERS = 10, K = 11;
const TAPS = 20;

/** Descriptor length for a convolution with `taps` taps. */
export const descriptorLength = (taps: number): number => TAPS + taps;

/**
 * A conv layer over padded input samples [C][Ph][Pw] (forward, weight and input gradients);
 * tap t = (c·Kh + ky)·Kw + kx at c·Ph·Pw + ky·dh·Pw + kx·dw.
 */
export function writeConvDescriptor(d: Int32Array, g: WindowGeometry, filters: number): void {
  const ph = g.paddedH, pw = g.paddedW;
  d[CIN] = g.channels; d[PH] = ph; d[PW] = pw; d[KH] = g.kh; d[KW] = g.kw;
  d[DH] = g.dilationH; d[DW] = g.dilationW; d[SH] = g.strideH; d[OUT_H] = g.outH; d[OUT_W] = g.outW;
  d[FILTERS] = filters; d[K] = g.channels * g.kh * g.kw;
  for (let c = 0, t = TAPS; c < g.channels; c++) {
    for (let ky = 0; ky < g.kh; ky++) for (let kx = 0; kx < g.kw; kx++, t++) d[t] = c * ph * pw + ky * g.dilationH * pw + kx * g.dilationW;
  }
}
