/** The three GEMM variants against a plain triple loop, for every remainder of the 4×4 tiling. */
import { describe, it } from 'vitest';
import { gemmNN, gemmNT, gemmTN } from '../../../src/tiled';
import { createRng, expectAllClose, randomArray } from './helpers';

/** C[i][j] = (init) + Σ_p A(i,p)·B(p,j), with A and B read through index functions. */
function naive(m: number, n: number, k: number, a: (i: number, p: number) => number, b: (p: number, j: number) => number, init: Float32Array): Float64Array {
  const c = Float64Array.from(init);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) c[i * n + j] += a(i, p) * b(p, j);
  return c;
}

const SIZES = [1, 2, 3, 4, 5, 6, 7, 9, 13];

describe('gemm variants', () => {
  const rng = createRng(42);
  for (const accumulate of [false, true]) {
    it(`match the triple loop for m, n, k in ${SIZES.join(',')} (accumulate ${accumulate})`, () => {
      for (const m of SIZES) for (const n of SIZES) for (const k of [1, 3, 8]) {
        const off = 3; // operands start inside larger buffers
        const a = randomArray(rng, off + m * k), b = randomArray(rng, off + k * n), start = randomArray(rng, off + m * n);
        const init = accumulate ? start.slice(off) : new Float32Array(m * n);
        const where = `m=${m} n=${n} k=${k}`;
        // A·B: A m×k, B k×n
        let c = start.slice();
        gemmNN(a, off, b, off, c, off, m, n, k, accumulate);
        expectAllClose(c.subarray(off), naive(m, n, k, (i, p) => a[off + i * k + p], (p, j) => b[off + p * n + j], init), 1e-5, `NN ${where}`);
        // A·Bᵀ: A m×k, B n×k
        c = start.slice();
        gemmNT(a, off, b, off, c, off, m, n, k, accumulate);
        expectAllClose(c.subarray(off), naive(m, n, k, (i, p) => a[off + i * k + p], (p, j) => b[off + j * k + p], init), 1e-5, `NT ${where}`);
        // Aᵀ·B: A k×m, B k×n
        c = start.slice();
        gemmTN(a, off, b, off, c, off, m, n, k, accumulate);
        expectAllClose(c.subarray(off), naive(m, n, k, (i, p) => a[off + p * m + i], (p, j) => b[off + p * n + j], init), 1e-5, `TN ${where}`);
        // Nothing before the offset is touched.
        expectAllClose(c.subarray(0, off), start.subarray(0, off), 0, `prefix ${where}`);
      }
    });
  }
});
