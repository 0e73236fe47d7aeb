/**
 * C (+)= Aᵀ·B for packed row-major matrices: A is k×m, B is k×n, C is m×n. Row p of A
 * and row p of B together contribute the outer product A[p]ᵀ·B[p], so both are read
 * contiguously.
 *
 * Register blocking as in gemm-nn.ts: a hand-written 3×4 tile of C in locals, k innermost;
 * 2-row and 1-row passes for leftover columns of A, a scalar loop for leftover columns of B.
 */
export function gemmTN(
  a: Float32Array, aOff: number,
  b: Float32Array, bOff: number,
  c: Float32Array, cOff: number,
  m: number, n: number, k: number,
  accumulate: boolean,
): void {
  let i = 0;
  for (; i + 3 <= m; i += 3) rows3(a, aOff + i, b, bOff, c, cOff + i * n, m, n, k, accumulate);
  if (i + 2 <= m) {
    rows2(a, aOff + i, b, bOff, c, cOff + i * n, m, n, k, accumulate);
    i += 2;
  }
  if (i < m) rows1(a, aOff + i, b, bOff, c, cOff + i * n, m, n, k, accumulate);
}

function rows3(a: Float32Array, a0: number, b: Float32Array, bOff: number, c: Float32Array, c0: number,
  m: number, n: number, k: number, acc: boolean): void {
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    let ap = a0, bp = bOff + j;
    for (let p = 0; p < k; p++, ap += m, bp += n) {
      const b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
      let x = a[ap]; c00 += x * b0; c01 += x * b1; c02 += x * b2; c03 += x * b3;
      x = a[ap + 1]; c10 += x * b0; c11 += x * b1; c12 += x * b2; c13 += x * b3;
      x = a[ap + 2]; c20 += x * b0; c21 += x * b1; c22 += x * b2; c23 += x * b3;
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
    let s0 = 0, s1 = 0, s2 = 0;
    for (let p = 0, ap = a0, bp = bOff + j; p < k; p++, ap += m, bp += n) {
      const y = b[bp];
      s0 += a[ap] * y; s1 += a[ap + 1] * y; s2 += a[ap + 2] * y;
    }
    const q = c0 + j;
    if (acc) { c[q] += s0; c[q + n] += s1; c[q + 2 * n] += s2; }
    else { c[q] = s0; c[q + n] = s1; c[q + 2 * n] = s2; }
  }
}

function rows2(a: Float32Array, a0: number, b: Float32Array, bOff: number, c: Float32Array, c0: number,
  m: number, n: number, k: number, acc: boolean): void {
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    let ap = a0, bp = bOff + j;
    for (let p = 0; p < k; p++, ap += m, bp += n) {
      const b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
      let x = a[ap]; c00 += x * b0; c01 += x * b1; c02 += x * b2; c03 += x * b3;
      x = a[ap + 1]; c10 += x * b0; c11 += x * b1; c12 += x * b2; c13 += x * b3;
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
    let s0 = 0, s1 = 0;
    for (let p = 0, ap = a0, bp = bOff + j; p < k; p++, ap += m, bp += n) {
      const y = b[bp];
      s0 += a[ap] * y; s1 += a[ap + 1] * y;
    }
    const q = c0 + j;
    if (acc) { c[q] += s0; c[q + n] += s1; } else { c[q] = s0; c[q + n] = s1; }
  }
}

function rows1(a: Float32Array, a0: number, b: Float32Array, bOff: number, c: Float32Array, c0: number,
  m: number, n: number, k: number, acc: boolean): void {
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
    for (let p = 0, ap = a0, bp = bOff + j; p < k; p++, ap += m, bp += n) {
      const x = a[ap];
      c00 += x * b[bp]; c01 += x * b[bp + 1]; c02 += x * b[bp + 2]; c03 += x * b[bp + 3];
    }
    const q = c0 + j;
    if (acc) { c[q] += c00; c[q + 1] += c01; c[q + 2] += c02; c[q + 3] += c03; }
    else { c[q] = c00; c[q + 1] = c01; c[q + 2] = c02; c[q + 3] = c03; }
  }
  for (; j < n; j++) {
    let s = 0;
    for (let p = 0, ap = a0, bp = bOff + j; p < k; p++, ap += m, bp += n) s += a[ap] * b[bp];
    if (acc) c[c0 + j] += s; else c[c0 + j] = s;
  }
}
