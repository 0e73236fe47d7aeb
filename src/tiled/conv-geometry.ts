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
  /** For kernel row ky: output rows [rowLo[ky], rowHi[ky]) read a real input row (not padding). */
  rowLo: Int32Array; rowHi: Int32Array;
  /** For kernel column kx: output columns [colLo[kx], colHi[kx]) read a real input column. */
  colLo: Int32Array; colHi: Int32Array;
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
  const rowLo = new Int32Array(kh), rowHi = new Int32Array(kh), colLo = new Int32Array(kw), colHi = new Int32Array(kw);
  for (let ky = 0; ky < kh; ky++) [rowLo[ky], rowHi[ky]] = validRange(ky * dilationH - pads.top, strideH, inH, outH);
  for (let kx = 0; kx < kw; kx++) [colLo[kx], colHi[kx]] = validRange(kx * dilationW - pads.left, strideW, inW, outW);
  return {
    channels, inH, inW, kh, kw, strideH, strideW, dilationH, dilationW,
    padTop: pads.top, padLeft: pads.left, outH, outW, rowLo, rowHi, colLo, colHi,
  };
}

/** First and one-past-last output index whose window tap `offset` (= k·dilation − padBefore) lands inside [0, size). */
export function validRange(offset: number, stride: number, size: number, outSize: number): [number, number] {
  // o·stride + offset ≥ 0  ⇔  o ≥ ⌈−offset / stride⌉;  o·stride + offset < size  ⇔  o ≤ ⌊(size − 1 − offset) / stride⌋
  const lo = Math.min(outSize, Math.max(0, Math.ceil(-offset / stride)));
  const hi = Math.min(outSize, Math.max(lo, Math.floor((size - 1 - offset) / stride) + 1));
  return [lo, hi];
}
