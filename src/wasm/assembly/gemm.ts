// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Matrix products for dense layers, 128-bit SIMD. Pointers are byte addresses, strides and
 * sizes count floats; matrices are row-major.
 *
 * Edges without extra code: a tile that hangs over the last row (or B row) repeats the last
 * real one (computed, never stored), and a tile that hangs over the last column loads four
 * lanes anyway and stores only the real ones (storeLanes). The JavaScript side leaves 64
 * spare bytes after every buffer, so those loads stay inside memory.
 */
import { at, hsum4, imin, laneMask, madd, relu4, storeLanes } from './simd';

/**
 * C (+)= Ã·B with Ã[i][p] = A[i·ars + p·acs]: A·B when (ars, acs) = (k, 1) (gemmNN) and
 * Aᵀ·B for a k×m matrix A when (ars, acs) = (1, m) (gemmTN). B is k×n, C is m×n.
 *
 * Register tile: 4 rows × 8 columns of C in 8 vectors. Each k-step loads one row of B
 * (two vectors) and broadcasts one value of Ã per row (load32_splat), then does 8
 * multiply-adds: 6 loads per 8 vector multiply-adds, 11 of the 16 vector registers.
 */
export function gemmSplat(a: usize, ars: i32, acs: i32, b: usize, c: usize, m: i32, n: i32, k: i32, accumulate: bool): void {
  const aStep = (<usize>acs) << 2, bStep = (<usize>n) << 2;
  for (let i = 0; i < m; i += 4) {
    const rows = imin(4, m - i);
    const a0 = at(a, i * ars);
    const a1 = at(a, (i + imin(1, rows - 1)) * ars);
    const a2 = at(a, (i + imin(2, rows - 1)) * ars);
    const a3 = at(a, (i + imin(3, rows - 1)) * ars);
    for (let j = 0; j < n; j += 8) {
      const cols = imin(8, n - j);
      let c00 = f32x4.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
      let ap: usize = 0, bp = at(b, j);
      for (let p = 0; p < k; p++) {
        const b0 = v128.load(bp), b1 = v128.load(bp, 16);
        let x = v128.load32_splat(a0 + ap); c00 = madd(x, b0, c00); c01 = madd(x, b1, c01);
        x = v128.load32_splat(a1 + ap); c10 = madd(x, b0, c10); c11 = madd(x, b1, c11);
        x = v128.load32_splat(a2 + ap); c20 = madd(x, b0, c20); c21 = madd(x, b1, c21);
        x = v128.load32_splat(a3 + ap); c30 = madd(x, b0, c30); c31 = madd(x, b1, c31);
        ap += aStep;
        bp += bStep;
      }
      storeRow(at(c, i * n + j), c00, c01, cols, accumulate);
      if (rows > 1) storeRow(at(c, (i + 1) * n + j), c10, c11, cols, accumulate);
      if (rows > 2) storeRow(at(c, (i + 2) * n + j), c20, c21, cols, accumulate);
      if (rows > 3) storeRow(at(c, (i + 3) * n + j), c30, c31, cols, accumulate);
    }
  }
}

/** Stores (or adds) the first `cols` (≤ 8) lanes of two vectors at ptr. */
@inline function storeRow(ptr: usize, lo: v128, hi: v128, cols: i32, accumulate: bool): void {
  if (accumulate) {
    lo = f32x4.add(lo, v128.load(ptr));
    hi = f32x4.add(hi, v128.load(ptr, 16));
  }
  storeLanes(ptr, lo, cols);
  if (cols > 4) storeLanes(ptr + 16, hi, cols - 4);
}

/**
 * C (+)= A·Bᵀ (+ bias per column, then ReLU if asked): A is m×k, B is n×k, C is m×n, so
 * every entry is a dot product of two contiguous rows. Register tile: 2 rows of A × 4 rows
 * of B in 8 vectors of partial sums along k, reduced at the end with hsum4, which lands
 * four neighbouring entries of a row of C in one vector (bias, ReLU and the store are then
 * vector operations). The last partial vector of k is masked to zero on both sides.
 * bias = 0 means no bias.
 */
export function gemmNT(a: usize, b: usize, c: usize, m: i32, n: i32, k: i32, accumulate: bool, bias: usize, relu: bool): void {
  const kMain = k & ~3;
  const tail = laneMask(k - kMain);
  for (let i = 0; i < m; i += 2) {
    const a0 = at(a, i * k), a1 = i + 1 < m ? at(a, (i + 1) * k) : a0;
    for (let j = 0; j < n; j += 4) {
      const cols = imin(4, n - j);
      const b0 = at(b, j * k);
      const b1 = at(b, (j + imin(1, cols - 1)) * k);
      const b2 = at(b, (j + imin(2, cols - 1)) * k);
      const b3 = at(b, (j + imin(3, cols - 1)) * k);
      let s00 = f32x4.splat(0), s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
      let p: usize = 0;
      const end = (<usize>kMain) << 2;
      for (; p < end; p += 16) {
        const x0 = v128.load(a0 + p), x1 = v128.load(a1 + p);
        let y = v128.load(b0 + p); s00 = madd(x0, y, s00); s10 = madd(x1, y, s10);
        y = v128.load(b1 + p); s01 = madd(x0, y, s01); s11 = madd(x1, y, s11);
        y = v128.load(b2 + p); s02 = madd(x0, y, s02); s12 = madd(x1, y, s12);
        y = v128.load(b3 + p); s03 = madd(x0, y, s03); s13 = madd(x1, y, s13);
      }
      if (kMain < k) {
        const x0 = v128.and(v128.load(a0 + p), tail), x1 = v128.and(v128.load(a1 + p), tail);
        let y = v128.and(v128.load(b0 + p), tail); s00 = madd(x0, y, s00); s10 = madd(x1, y, s10);
        y = v128.and(v128.load(b1 + p), tail); s01 = madd(x0, y, s01); s11 = madd(x1, y, s11);
        y = v128.and(v128.load(b2 + p), tail); s02 = madd(x0, y, s02); s12 = madd(x1, y, s12);
        y = v128.and(v128.load(b3 + p), tail); s03 = madd(x0, y, s03); s13 = madd(x1, y, s13);
      }
      const extra = bias == 0 ? f32x4.splat(0) : v128.load(at(bias, j));
      storeEntries(at(c, i * n + j), f32x4.add(hsum4(s00, s01, s02, s03), extra), cols, accumulate, relu);
      if (i + 1 < m) storeEntries(at(c, (i + 1) * n + j), f32x4.add(hsum4(s10, s11, s12, s13), extra), cols, accumulate, relu);
    }
  }
}

@inline function storeEntries(ptr: usize, v: v128, cols: i32, accumulate: bool, relu: bool): void {
  if (accumulate) v = f32x4.add(v, v128.load(ptr));
  storeLanes(ptr, relu ? relu4(v) : v, cols);
}
