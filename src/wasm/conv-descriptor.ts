/**
 * The descriptors the WebAssembly conv kernels read (layout in assembly/conv.ts): i32 fields,
 * then the tap table, written once per layer at build time.
 */
import type { WindowGeometry } from '../tiled/conv-geometry';

const CIN = 0, PH = 1, PW = 2, KH = 3, KW = 4, DH = 5, DW = 6, SH = 7, OUT_H = 8, OUT_W = 9, FILTERS = 10, K = 11;
const DZ_TOP = 12, DZ_LEFT = 13, DZ_H = 14, DZ_W = 15, START = 16;
const TAPS = 20;

/** Descriptor length for a convolution with `taps` taps. */
export const descriptorLength = (taps: number): number => TAPS + taps;

/** Tap t = (c·Kh + ky)·Kw + kx at c·Ph·Pw + ky·dh·Pw + kx·dw. */
function writeTaps(d: Int32Array, channels: number, ph: number, pw: number, g: WindowGeometry): void {
  for (let c = 0, t = TAPS; c < channels; c++) {
    for (let ky = 0; ky < g.kh; ky++) for (let kx = 0; kx < g.kw; kx++, t++) d[t] = c * ph * pw + ky * g.dilationH * pw + kx * g.dilationW;
  }
}

/** The forward pass (and weight gradient) over padded input samples [C][Ph][Pw]. */
export function writeForwardDescriptor(d: Int32Array, g: WindowGeometry, filters: number): void {
  d[CIN] = g.channels; d[PH] = g.paddedH; d[PW] = g.paddedW; d[KH] = g.kh; d[KW] = g.kw;
  d[DH] = g.dilationH; d[DW] = g.dilationW; d[SH] = g.strideH; d[OUT_H] = g.outH; d[OUT_W] = g.outW;
  d[FILTERS] = filters; d[K] = g.channels * g.kh * g.kw;
  writeTaps(d, g.channels, g.paddedH, g.paddedW, g);
}

/** Size [filters][Ph′][Pw′] of the zero-bordered dz sample the input gradient convolves. */
export function paddedGradientShape(g: WindowGeometry, filters: number): [number, number, number] {
  return [filters, g.outH + 2 * (g.kh - 1) * g.dilationH, g.outW + 2 * (g.kw - 1) * g.dilationW];
}

/**
 * The input gradient of a stride-1 layer as a forward convolution: channels in = the layer's
 * filters over dz bordered by (K−1)·d zeros, filters = the layer's channels, output = the
 * unpadded input (whose cell (i, j) sits at (i + padTop, j + padLeft) of the padded input).
 */
export function writeInputGradDescriptor(d: Int32Array, g: WindowGeometry, filters: number): void {
  const [, ph, pw] = paddedGradientShape(g, filters);
  d[CIN] = filters; d[PH] = ph; d[PW] = pw; d[KH] = g.kh; d[KW] = g.kw;
  d[DH] = g.dilationH; d[DW] = g.dilationW; d[SH] = 1; d[OUT_H] = g.inH; d[OUT_W] = g.inW;
  d[FILTERS] = g.channels; d[K] = filters * g.kh * g.kw;
  d[DZ_TOP] = (g.kh - 1) * g.dilationH; d[DZ_LEFT] = (g.kw - 1) * g.dilationW; d[DZ_H] = g.outH; d[DZ_W] = g.outW;
  d[START] = g.padTop * pw + g.padLeft;
  writeTaps(d, filters, ph, pw, g);
}
