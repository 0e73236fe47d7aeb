/**
 * Convolution as an implicit GEMM: Y[f][p] = b[f] + Σ_t W[f][t] · X[xOff + base[p] + tap[t]],
 * where t runs over (channel, ky, kx), p over output positions, tap[t] is the tap's offset in
 * the (padded) input sample and base[p] the offset of output p's window. It is im2col +
 * gemmNN without writing the im2col matrix: each k-step loads one tap offset and four inputs
 * instead of four col entries, and saves the im2col pass over memory.
 *
 * Register blocking: 3 filters × 4 output positions in 12 locals, written out by hand (V8
 * keeps locals in registers, not array elements). With the 4 inputs, a weight and the tap
 * offset that is all x86-64's 16 floating-point registers; a 4×4 tile spills and measured
 * 2–8 % slower. 2-filter and 1-filter passes take leftover filters, a scalar loop leftover
 * positions. The accumulators start at the bias and ReLU is applied as they are stored, so
 * the commonest conv layer needs no second pass over its output.
 */
export interface ImplicitConv {
  /** Offset of tap t = (c·Kh + ky)·Kw + kx in a padded sample: c·Hp·Wp + ky·dh·Wp + kx·dw. */
  tap: Int32Array;
  /** Offset of output p = oy·outW + ox's window corner in a padded sample: oy·sh·Wp + ox·sw. */
  base: Int32Array;
}

/** What happens to each output as it is stored: add the filter's bias (if any), clamp at 0 (if relu). */
export interface ConvEpilogue {
  bias: Float32Array | null;
  relu: boolean;
}

export function convForwardImplicit(
  plan: ImplicitConv, x: Float32Array, xOff: number, w: Float32Array, y: Float32Array, yOff: number, filters: number,
  epilogue: ConvEpilogue,
): void {
  const k = plan.tap.length, pixels = plan.base.length;
  let f = 0;
  for (; f + 3 <= filters; f += 3) filters3(plan, x, xOff, w, f, y, yOff + f * pixels, k, pixels, epilogue);
  if (f + 2 <= filters) {
    filters2(plan, x, xOff, w, f, y, yOff + f * pixels, k, pixels, epilogue);
    f += 2;
  }
  if (f < filters) filters1(plan, x, xOff, w, f, y, yOff + f * pixels, k, pixels, epilogue);
}

function filters3(plan: ImplicitConv, x: Float32Array, xOff: number, w: Float32Array, f: number, y: Float32Array, y0: number,
  k: number, pixels: number, { bias, relu }: ConvEpilogue): void {
  const { tap, base } = plan;
  const w0 = f * k, w1 = w0 + k, w2 = w1 + k;
  const z0 = bias === null ? 0 : bias[f], z1 = bias === null ? 0 : bias[f + 1];
  const z2 = bias === null ? 0 : bias[f + 2];
  let p = 0;
  for (; p + 4 <= pixels; p += 4) {
    const b0 = xOff + base[p], b1 = xOff + base[p + 1], b2 = xOff + base[p + 2], b3 = xOff + base[p + 3];
    let c00 = z0, c01 = z0, c02 = z0, c03 = z0, c10 = z1, c11 = z1, c12 = z1, c13 = z1;
    let c20 = z2, c21 = z2, c22 = z2, c23 = z2;
    for (let t = 0; t < k; t++) {
      const o = tap[t];
      const x0 = x[b0 + o], x1 = x[b1 + o], x2 = x[b2 + o], x3 = x[b3 + o];
      let v = w[w0 + t]; c00 += v * x0; c01 += v * x1; c02 += v * x2; c03 += v * x3;
      v = w[w1 + t]; c10 += v * x0; c11 += v * x1; c12 += v * x2; c13 += v * x3;
      v = w[w2 + t]; c20 += v * x0; c21 += v * x1; c22 += v * x2; c23 += v * x3;
    }
    if (relu) {
      c00 = c00 > 0 ? c00 : 0; c01 = c01 > 0 ? c01 : 0; c02 = c02 > 0 ? c02 : 0; c03 = c03 > 0 ? c03 : 0;
      c10 = c10 > 0 ? c10 : 0; c11 = c11 > 0 ? c11 : 0; c12 = c12 > 0 ? c12 : 0; c13 = c13 > 0 ? c13 : 0;
      c20 = c20 > 0 ? c20 : 0; c21 = c21 > 0 ? c21 : 0; c22 = c22 > 0 ? c22 : 0; c23 = c23 > 0 ? c23 : 0;
    }
    let q = y0 + p;
    y[q] = c00; y[q + 1] = c01; y[q + 2] = c02; y[q + 3] = c03; q += pixels;
    y[q] = c10; y[q + 1] = c11; y[q + 2] = c12; y[q + 3] = c13; q += pixels;
    y[q] = c20; y[q + 1] = c21; y[q + 2] = c22; y[q + 3] = c23;
  }
  for (; p < pixels; p++) {
    const b = xOff + base[p];
    let s0 = z0, s1 = z1, s2 = z2;
    for (let t = 0; t < k; t++) { const v = x[b + tap[t]]; s0 += w[w0 + t] * v; s1 += w[w1 + t] * v; s2 += w[w2 + t] * v; }
    if (relu) { s0 = s0 > 0 ? s0 : 0; s1 = s1 > 0 ? s1 : 0; s2 = s2 > 0 ? s2 : 0; }
    y[y0 + p] = s0; y[y0 + pixels + p] = s1; y[y0 + 2 * pixels + p] = s2;
  }
}

function filters2(plan: ImplicitConv, x: Float32Array, xOff: number, w: Float32Array, f: number, y: Float32Array, y0: number,
  k: number, pixels: number, { bias, relu }: ConvEpilogue): void {
  const { tap, base } = plan;
  const w0 = f * k, w1 = w0 + k;
  const z0 = bias === null ? 0 : bias[f], z1 = bias === null ? 0 : bias[f + 1];
  let p = 0;
  for (; p + 4 <= pixels; p += 4) {
    const b0 = xOff + base[p], b1 = xOff + base[p + 1], b2 = xOff + base[p + 2], b3 = xOff + base[p + 3];
    let c00 = z0, c01 = z0, c02 = z0, c03 = z0, c10 = z1, c11 = z1, c12 = z1, c13 = z1;
    for (let t = 0; t < k; t++) {
      const o = tap[t];
      const x0 = x[b0 + o], x1 = x[b1 + o], x2 = x[b2 + o], x3 = x[b3 + o];
      let v = w[w0 + t]; c00 += v * x0; c01 += v * x1; c02 += v * x2; c03 += v * x3;
      v = w[w1 + t]; c10 += v * x0; c11 += v * x1; c12 += v * x2; c13 += v * x3;
    }
    if (relu) {
      c00 = c00 > 0 ? c00 : 0; c01 = c01 > 0 ? c01 : 0; c02 = c02 > 0 ? c02 : 0; c03 = c03 > 0 ? c03 : 0;
      c10 = c10 > 0 ? c10 : 0; c11 = c11 > 0 ? c11 : 0; c12 = c12 > 0 ? c12 : 0; c13 = c13 > 0 ? c13 : 0;
    }
    let q = y0 + p;
    y[q] = c00; y[q + 1] = c01; y[q + 2] = c02; y[q + 3] = c03; q += pixels;
    y[q] = c10; y[q + 1] = c11; y[q + 2] = c12; y[q + 3] = c13;
  }
  for (; p < pixels; p++) {
    const b = xOff + base[p];
    let s0 = z0, s1 = z1;
    for (let t = 0; t < k; t++) {
      const v = x[b + tap[t]];
      s0 += w[w0 + t] * v; s1 += w[w1 + t] * v;
    }
    if (relu) { s0 = s0 > 0 ? s0 : 0; s1 = s1 > 0 ? s1 : 0; }
    y[y0 + p] = s0; y[y0 + pixels + p] = s1;
  }
}

function filters1(plan: ImplicitConv, x: Float32Array, xOff: number, w: Float32Array, f: number, y: Float32Array, y0: number,
  k: number, pixels: number, { bias, relu }: ConvEpilogue): void {
  const { tap, base } = plan;
  const w0 = f * k;
  const z = bias === null ? 0 : bias[f];
  let p = 0;
  for (; p + 4 <= pixels; p += 4) {
    const b0 = xOff + base[p], b1 = xOff + base[p + 1], b2 = xOff + base[p + 2], b3 = xOff + base[p + 3];
    let c0 = z, c1 = z, c2 = z, c3 = z;
    for (let t = 0; t < k; t++) {
      const o = tap[t], v = w[w0 + t];
      c0 += v * x[b0 + o]; c1 += v * x[b1 + o]; c2 += v * x[b2 + o]; c3 += v * x[b3 + o];
    }
    if (relu) { c0 = c0 > 0 ? c0 : 0; c1 = c1 > 0 ? c1 : 0; c2 = c2 > 0 ? c2 : 0; c3 = c3 > 0 ? c3 : 0; }
    const q = y0 + p;
    y[q] = c0; y[q + 1] = c1; y[q + 2] = c2; y[q + 3] = c3;
  }
  for (; p < pixels; p++) {
    const b = xOff + base[p];
    let s = z;
    for (let t = 0; t < k; t++) s += w[w0 + t] * x[b + tap[t]];
    y[y0 + p] = relu && s < 0 ? 0 : s;
  }
}
