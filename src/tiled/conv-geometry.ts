import { outputSize, pair, resolvePadding2d } from '../geometry';
import type { Padding } from '../reference/types';

/** Everything the conv/pool kernels need about one sliding-window layer, resolved once at build time. */
export interface WindowGeometry {
  channels: number;
  inH: number; inW: number;
  kh: number; kw: number;
  strideH: number; strideW: number;
  dilationH: number; dilationW: number;
  padTop: number; padLeft: number;
  outH: number; outW: number;
  /**
   * Extent of a zero-padded input plane holding every cell a window reads: the input after
   * padTop/padLeft, or the last window's far edge if that lies beyond it.
   */
  paddedH: number; paddedW: number;
}

export interface WindowOptions {
  kernel: number | [number, number];
  stride?: number | [number, number];
  dilation?: number | [number, number];
  padding?: Padding;
}

/** Resolves padding and output size through src/geometry so both engines agree on every number. */
export function windowGeometry(channels: number, inH: number, inW: number, opts: WindowOptions): WindowGeometry {
  const [kh, kw] = pair(opts.kernel);
  const [strideH, strideW] = pair(opts.stride ?? 1);
  const [dilationH, dilationW] = pair(opts.dilation ?? 1);
  const pads = resolvePadding2d([inH, inW], [kh, kw], [strideH, strideW], [dilationH, dilationW], opts.padding ?? 'valid');
  const outH = outputSize({ input: inH, kernel: kh, stride: strideH, dilation: dilationH, padding: [pads.top, pads.bottom] }).size;
  const outW = outputSize({ input: inW, kernel: kw, stride: strideW, dilation: dilationW, padding: [pads.left, pads.right] }).size;
  const paddedH = Math.max(inH + pads.top, (outH - 1) * strideH + (kh - 1) * dilationH + 1);
  const paddedW = Math.max(inW + pads.left, (outW - 1) * strideW + (kw - 1) * dilationW + 1);
  return {
    channels, inH, inW, kh, kw, strideH, strideW, dilationH, dilationW,
    padTop: pads.top, padLeft: pads.left, outH, outW, paddedH, paddedW,
  };
}

/** The tap and window tables of an implicit-GEMM convolution over padded samples (see conv-implicit.ts). */
export function implicitPlan(g: WindowGeometry): { tap: Int32Array; base: Int32Array } {
  const pw = g.paddedW, ph = g.paddedH;
  const tap = new Int32Array(g.channels * g.kh * g.kw);
  for (let c = 0, t = 0; c < g.channels; c++) {
    for (let ky = 0; ky < g.kh; ky++) for (let kx = 0; kx < g.kw; kx++, t++) tap[t] = c * ph * pw + ky * g.dilationH * pw + kx * g.dilationW;
  }
  const base = new Int32Array(g.outH * g.outW);
  for (let oy = 0, p = 0; oy < g.outH; oy++) for (let ox = 0; ox < g.outW; ox++, p++) base[p] = oy * g.strideH * pw + ox * g.strideW;
  return { tap, base };
}

/**
 * Copies one sample x[C][H][W] into the interior of a zero-bordered [C][Hp][Wp] buffer
 * (the border is never written, so it stays 0).
 */
export function padSample(g: WindowGeometry, x: Float32Array, xOff: number, out: Float32Array, outOff: number): void {
  const { channels, inH, inW, padTop, padLeft, paddedH: ph, paddedW: pw } = g;
  for (let c = 0; c < channels; c++) {
    for (let r = 0; r < inH; r++) {
      const src = xOff + (c * inH + r) * inW, dst = outOff + c * ph * pw + (r + padTop) * pw + padLeft;
      for (let i = 0; i < inW; i++) out[dst + i] = x[src + i];
    }
  }
}
