import type { WindowGeometry } from './conv-geometry';

/**
 * Unfolds one sample x[C][H][W] into col[C·Kh·Kw][outH·outW]: row (c, ky, kx) holds, for every
 * output position, the input value under that kernel tap (0 in the padding). A convolution
 * then becomes one matrix product W[Cout][C·Kh·Kw] · col.
 * The valid range of each tap comes from tables built with the geometry, so the inner loop is a
 * plain copy with no bounds tests and nothing is allocated per call.
 */
export function im2col(g: WindowGeometry, x: Float32Array, xOff: number, col: Float32Array, colOff: number): void {
  const { channels, inH, inW, kh, kw, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = g;
  const { rowLo, rowHi, colLo, colHi } = g;
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
          for (let ox = oxLo; ox < oxHi; ox++) col[out + ox] = x[src + ox * strideW];
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
export function col2im(g: WindowGeometry, dcol: Float32Array, colOff: number, dx: Float32Array, dxOff: number): void {
  const { channels, inH, inW, kh, kw, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = g;
  const { rowLo, rowHi, colLo, colHi } = g;
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
