/**
 * The direct convolution bench/kernels.ts measures against im2col + GEMM: stride 1,
 * dilation 1, padding by copying each sample into a zero-bordered buffer; a 4-filter ×
 * 4-column tile of outputs in locals, k-loop over (channel, ky, kx) reading the input in place.
 */
import type { WindowGeometry } from '../src/tiled/conv-geometry';

export function directConv2d(g: WindowGeometry, filters: number, x: Float32Array, w: Float32Array, y: Float32Array, batch: number): void {
  const { channels, inH, inW, kh, kw, padTop, padLeft, outH, outW } = g;
  const ph = outH + kh - 1, pw = outW + kw - 1; // padded input extent for stride 1
  const padded = new Float32Array(channels * ph * pw);
  const k = channels * kh * kw;
  for (let s = 0; s < batch; s++) {
    for (let c = 0; c < channels; c++) {
      for (let r = 0; r < inH; r++) {
        const dst = c * ph * pw + (r + padTop) * pw + padLeft, src = s * channels * inH * inW + c * inH * inW + r * inW;
        for (let i = 0; i < inW; i++) padded[dst + i] = x[src + i];
      }
    }
    const yOff = s * filters * outH * outW;
    let f = 0;
    for (; f + 4 <= filters; f += 4) {
      const w0 = f * k, w1 = w0 + k, w2 = w1 + k, w3 = w2 + k;
      for (let oy = 0; oy < outH; oy++) {
        let ox = 0;
        for (; ox + 4 <= outW; ox += 4) {
          let a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0;
          let a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0;
          let t = 0;
          for (let c = 0; c < channels; c++) {
            for (let ky = 0; ky < kh; ky++) {
              const row = c * ph * pw + (oy + ky) * pw + ox;
              for (let kx = 0; kx < kw; kx++, t++) {
                const x0 = padded[row + kx], x1 = padded[row + kx + 1], x2 = padded[row + kx + 2], x3 = padded[row + kx + 3];
                let v = w[w0 + t]; a00 += v * x0; a01 += v * x1; a02 += v * x2; a03 += v * x3;
                v = w[w1 + t]; a10 += v * x0; a11 += v * x1; a12 += v * x2; a13 += v * x3;
                v = w[w2 + t]; a20 += v * x0; a21 += v * x1; a22 += v * x2; a23 += v * x3;
                v = w[w3 + t]; a30 += v * x0; a31 += v * x1; a32 += v * x2; a33 += v * x3;
              }
            }
          }
          const plane = outH * outW;
          let q = yOff + f * plane + oy * outW + ox;
          y[q] = a00; y[q + 1] = a01; y[q + 2] = a02; y[q + 3] = a03; q += plane;
          y[q] = a10; y[q + 1] = a11; y[q + 2] = a12; y[q + 3] = a13; q += plane;
          y[q] = a20; y[q + 1] = a21; y[q + 2] = a22; y[q + 3] = a23; q += plane;
          y[q] = a30; y[q + 1] = a31; y[q + 2] = a32; y[q + 3] = a33;
        }
        for (; ox < outW; ox++) scalarColumn(g, padded, ph, pw, w, y, yOff, f, 4, oy, ox);
      }
    }
    for (let oy = 0; oy < outH && f < filters; oy++) {
      for (let ox = 0; ox < outW; ox++) scalarColumn(g, padded, ph, pw, w, y, yOff, f, filters - f, oy, ox);
    }
  }
}

function scalarColumn(g: WindowGeometry, padded: Float32Array, ph: number, pw: number, w: Float32Array, y: Float32Array,
  yOff: number, f0: number, count: number, oy: number, ox: number): void {
  const { channels, kh, kw, outH, outW } = g;
  const k = channels * kh * kw;
  for (let f = f0; f < f0 + count; f++) {
    let sum = 0, t = 0;
    for (let c = 0; c < channels; c++) for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++, t++) {
      sum += w[f * k + t] * padded[c * ph * pw + (oy + ky) * pw + ox + kx];
    }
    y[yOff + f * outH * outW + oy * outW + ox] = sum;
  }
}
