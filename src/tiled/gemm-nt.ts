/**
 * C (+)= A·Bᵀ for packed row-major matrices: A is m×k, B is n×k, C is m×n. Both operands
 * are read along their contiguous rows, so each C entry is a dot product of two rows.
 *
 * Register blocking as in gemm-nn.ts: a hand-written 3×4 tile of dot products (rows i..i+2
 * of A against rows j..j+3 of B) kept in locals, k innermost; 2-row and 1-row passes for
 * leftover rows of A, a scalar loop for leftover rows of B.
 */
export function gemmNT(
  a: Float32Array, aOff: number,
  b: Float32Array, bOff: number,
  c: Float32Array, cOff: number,
  m: number, n: number, k: number,
  accumulate: boolean,
): void {
  let i = 0;
  for (; i + 3 <= m; i += 3) rows3(a, aOff + i * k, b, bOff, c, cOff + i * n, n, k, accumulate);
  if (i + 2 <= m) {
    rows2(a, aOff + i * k, b, bOff, c, cOff + i * n, n, k, accumulate);
    i += 2;
  }
  if (i < m) rows1(a, aOff + i * k, b, bOff, c, cOff + i * n, n, k, accumulate);
}

function rows3(a: Float32Array, a0: number, b: Float32Array, bOff: number, c: Float32Array, c0: number,
  n: number, k: number, acc: boolean): void {
  const a1 = a0 + k, a2 = a1 + k;
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    const b0 = bOff + j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    for (let p = 0; p < k; p++) {
      const x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p];
      let y = b[b0 + p]; c00 += x0 * y; c10 += x1 * y; c20 += x2 * y;
      y = b[b1 + p]; c01 += x0 * y; c11 += x1 * y; c21 += x2 * y;
      y = b[b2 + p]; c02 += x0 * y; c12 += x1 * y; c22 += x2 * y;
      y = b[b3 + p]; c03 += x0 * y; c13 += x1 * y; c23 += x2 * y;
    }
    let q = c0 + j;
    if (acc) {
      c[q] += c00; c[q + 1] += c01; c[q + 2] += c02; c[q + 3] += c03; q += n;
      c[q] += c10; c[q + 1] += c11; c[q + 2] += c12; c[q + 3] += c13; q += n;
      c[q] += c20; c[q + 1] += c21; c[q + 2] += c22; c[q + 3] += c23;
    } else {
      c[q] = c00; c[q + 1] = c01; c[q + 2] = c02; c[q + 3] = c03; q += n;
      c[q] = c10; c[q + 1] = c11; c[q + 2] = c12; c[q + 3] = c13; q += n;
      c[q] = c20; c[q + 1] = c21; c[q + 2] = c22; c[q + 3] = c23;
    }
  }
  for (; j < n; j++) {
    const bj = bOff + j * k;
    let s0 = 0, s1 = 0, s2 = 0;
    for (let p = 0; p < k; p++) {
      const y = b[bj + p];
      s0 += a[a0 + p] * y; s1 += a[a1 + p] * y; s2 += a[a2 + p] * y;
    }
    const q = c0 + j;
    if (acc) { c[q] += s0; c[q + n] += s1; c[q + 2 * n] += s2; }
    else { c[q] = s0; c[q + n] = s1; c[q + 2 * n] = s2; }
  }
}

function rows2(a: Float32Array, a0: number, b: Float32Array, bOff: number, c: Float32Array, c0: number,
  n: number, k: number, acc: boolean): void {
  const a1 = a0 + k;
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    const b0 = bOff + j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    for (let p = 0; p < k; p++) {
      const x0 = a[a0 + p], x1 = a[a1 + p];
      let y = b[b0 + p]; c00 += x0 * y; c10 += x1 * y;
      y = b[b1 + p]; c01 += x0 * y; c11 += x1 * y;
      y = b[b2 + p]; c02 += x0 * y; c12 += x1 * y;
      y = b[b3 + p]; c03 += x0 * y; c13 += x1 * y;
    }
    let q = c0 + j;
    if (acc) {
      c[q] += c00; c[q + 1] += c01; c[q + 2] += c02; c[q + 3] += c03; q += n;
      c[q] += c10; c[q + 1] += c11; c[q + 2] += c12; c[q + 3] += c13;
    } else {
      c[q] = c00; c[q + 1] = c01; c[q + 2] = c02; c[q + 3] = c03; q += n;
      c[q] = c10; c[q + 1] = c11; c[q + 2] = c12; c[q + 3] = c13;
    }
  }
  for (; j < n; j++) {
    const bj = bOff + j * k;
    let s0 = 0, s1 = 0;
    for (let p = 0; p < k; p++) {
      const y = b[bj + p];
      s0 += a[a0 + p] * y; s1 += a[a1 + p] * y;
    }
    const q = c0 + j;
    if (acc) { c[q] += s0; c[q + n] += s1; } else { c[q] = s0; c[q + n] = s1; }
  }
}

function rows1(a: Float32Array, a0: number, b: Float32Array, bOff: number, c: Float32Array, c0: number,
  n: number, k: number, acc: boolean): void {
  for (let j = 0; j < n; j++) {
    const bj = bOff + j * k;
    // Two partial sums shorten the dependency chain of a lone dot product.
    let s0 = 0, s1 = 0;
    let p = 0;
    for (; p + 2 <= k; p += 2) { s0 += a[a0 + p] * b[bj + p]; s1 += a[a0 + p + 1] * b[bj + p + 1]; }
    if (p < k) s0 += a[a0 + p] * b[bj + p];
    if (acc) c[c0 + j] += s0 + s1; else c[c0 + j] = s0 + s1;
  }
}
