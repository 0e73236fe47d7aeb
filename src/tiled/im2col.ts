/**
 * Explicit im2col / col2im: the alternative to the implicit GEMM (conv-implicit.ts) that
 * src/bench/kernels.ts measures; the engine itself no longer writes col matrices.
 */
import type { WindowGeometry } from './conv-geometry';

/** For each kernel row ky (column kx), the output rows (columns) whose tap reads a real input cell. */
export interface Im2colPlan {
  g: WindowGeometry;
  rowLo: Int32Array; rowHi: Int32Array;
  colLo: Int32Array; colHi: Int32Array;
}

export function im2colPlan(g: WindowGeometry): Im2colPlan {
  const rowLo = new Int32Array(g.kh), rowHi = new Int32Array(g.kh), colLo = new Int32Array(g.kw), colHi = new Int32Array(g.kw);
  for (let ky = 0; ky < g.kh; ky++) [rowLo[ky], rowHi[ky]] = validRange(ky * g.dilationH - g.padTop, g.strideH, g.inH, g.outH);
  for (let kx = 0; kx < g.kw; kx++) [colLo[kx], colHi[kx]] = validRange(kx * g.dilationW - g.padLeft, g.strideW, g.inW, g.outW);
  return { g, rowLo, rowHi, colLo, colHi };
}

/** First and one-past-last output index whose tap `offset` (= k·dilation − padBefore) lands inside [0, size). */
function validRange(offset: number, stride: number, size: number, outSize: number): [number, number] {
  // o·stride + offset ≥ 0  ⇔  o ≥ ⌈−offset / stride⌉;  o·stride + offset < size  ⇔  o ≤ ⌊(size − 1 − offset) / stride⌋
  const lo = Math.min(outSize, Math.max(0, Math.ceil(-offset / stride)));
  const hi = Math.min(outSize, Math.max(lo, Math.floor((size - 1 - offset) / stride) + 1));
  return [lo, hi];
}

/**
 * Unfolds one sample x[C][H][W] into col[C·Kh·Kw][outH·outW]: row (c, ky, kx) holds, for every
 * output position, the input value under that kernel tap (0 in the padding). A convolution
 * then becomes one matrix product W[Cout][C·Kh·Kw] · col.
 * The valid range of each tap comes from tables built with the geometry, so the inner loop is a
 * plain copy with no bounds tests and nothing is allocated per call.
 */
export function im2col(plan: Im2colPlan, x: Float32Array, xOff: number, col: Float32Array, colOff: number): void {
  const { channels, inH, inW, kh, kw, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = plan.g;
  const { rowLo, rowHi, colLo, colHi } = plan;
  let row = colOff;
  for (let c = 0; c < channels; c++) {
    const plane = xOff + c * inH * inW;
    for (let ky = 0; ky < kh; ky++) {
      const yOffset = ky * dilationH - padTop;
      const oyLo = rowLo[ky], oyHi = rowHi[ky];
      for (let kx = 0; kx < kw; kx++, row += outH * outW) {
        const xOffset = kx * dilationW - padLeft;
        const oxLo = colLo[kx], oxHi = colHi[kx];
        let out = row;
        for (let oy = 0; oy < outH; oy++, out += outW) {
          if (oy < oyLo || oy >= oyHi || oxLo >= oxHi) {
            col.fill(0, out, out + outW);
            continue;
          }
          const src = plane + (oy * strideH + yOffset) * inW + xOffset;
          for (let ox = 0; ox < oxLo; ox++) col[out + ox] = 0;
          if (strideW === 1) {
            // The common case gets a plain copy loop: no multiply per element.
            for (let i = out + oxLo, j = src + oxLo, end = out + oxHi; i < end; i++, j++) col[i] = x[j];
          } else {
            for (let ox = oxLo; ox < oxHi; ox++) col[out + ox] = x[src + ox * strideW];
          }
          for (let ox = oxHi; ox < outW; ox++) col[out + ox] = 0;
        }
      }
    }
  }
}

/**
 * The adjoint of im2col: adds every entry of dcol[C·Kh·Kw][outH·outW] back onto the input
 * position it was copied from. dx must be zeroed (or hold a sum to add to) beforehand.
 */
export function col2im(plan: Im2colPlan, dcol: Float32Array, colOff: number, dx: Float32Array, dxOff: number): void {
  const { channels, inH, inW, kh, kw, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = plan.g;
  const { rowLo, rowHi, colLo, colHi } = plan;
  let row = colOff;
  for (let c = 0; c < channels; c++) {
    const plane = dxOff + c * inH * inW;
    for (let ky = 0; ky < kh; ky++) {
      const yOffset = ky * dilationH - padTop;
      const oyLo = rowLo[ky], oyHi = rowHi[ky];
      for (let kx = 0; kx < kw; kx++, row += outH * outW) {
        const xOffset = kx * dilationW - padLeft;
        const oxLo = colLo[kx], oxHi = colHi[kx];
        for (let oy = oyLo; oy < oyHi; oy++) {
          const dst = plane + (oy * strideH + yOffset) * inW + xOffset;
          const src = row + oy * outW;
          for (let ox = oxLo; ox < oxHi; ox++) dx[dst + ox * strideW] += dcol[src + ox];
        }
      }
    }
  }
}
