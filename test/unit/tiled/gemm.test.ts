/**
 * The three GEMM variants of every kernel backend (JavaScript, WebAssembly SIMD, relaxed SIMD)
 * against a plain triple loop, for every remainder of the register tiles (3×4 in JavaScript,
 * 4×8 and 2×4 in WebAssembly), operands at odd offsets (unaligned for SIMD loads).
 */
import { describe, it } from 'vitest';
import { createRng, expectAllClose, randomArray } from './helpers';
import { copyInto, KERNEL_BACKENDS, testWorkspace } from './kernel-backends';

/** C[i][j] = (init) + Σ_p A(i,p)·B(p,j), with A and B read through index functions. */
function naive(m: number, n: number, k: number, a: (i: number, p: number) => number, b: (p: number, j: number) => number, init: Float32Array): Float64Array {
  const c = Float64Array.from(init);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) c[i * n + j] += a(i, p) * b(p, j);
  return c;
}

const SIZES = [1, 2, 3, 4, 5, 6, 7, 9, 13];
/** Values after C that no kernel may touch (partial SIMD stores must write only their lanes). */
const GUARD = 8;

describe.each(KERNEL_BACKENDS.map((backend) => [backend.info.kind, backend] as const))('gemm variants, %s kernels', (_, backend) => {
  const rng = createRng(42);
  for (const accumulate of [false, true]) {
    it(`match the triple loop for m, n, k in ${SIZES.join(',')} (accumulate ${accumulate})`, () => {
      const { kernels, alloc } = testWorkspace(backend);
      for (const m of SIZES) for (const n of SIZES) for (const k of [1, 3, 8, 17]) {
        const ws = { kernels, alloc };
        const off = 3; // operands start inside larger buffers, 12 bytes from a 16-byte boundary
        const a = copyInto(ws, randomArray(rng, off + m * k)), b = copyInto(ws, randomArray(rng, off + k * n));
        const start = randomArray(rng, off + m * n + GUARD);
        const init = accumulate ? start.slice(off, off + m * n) : new Float32Array(m * n);
        const where = `m=${m} n=${n} k=${k}`;
        const check = (c: Float32Array, expected: Float64Array, name: string): void => {
          expectAllClose(c.subarray(off, off + m * n), expected, 1e-5, `${name} ${where}`);
          expectAllClose(c.subarray(0, off), start.subarray(0, off), 0, `${name} prefix ${where}`);
          expectAllClose(c.subarray(off + m * n), start.subarray(off + m * n), 0, `${name} suffix ${where}`);
        };
        // A·B: A m×k, B k×n
        let c = copyInto(ws, start);
        kernels.gemmNN(a, off, b, off, c, off, m, n, k, accumulate);
        check(c, naive(m, n, k, (i, p) => a[off + i * k + p], (p, j) => b[off + p * n + j], init), 'NN');
        // A·Bᵀ: A m×k, B n×k
        c = copyInto(ws, start);
        kernels.gemmNT(a, off, b, off, c, off, m, n, k, accumulate);
        check(c, naive(m, n, k, (i, p) => a[off + i * k + p], (p, j) => b[off + j * k + p], init), 'NT');
        // Aᵀ·B: A k×m, B k×n
        c = copyInto(ws, start);
        kernels.gemmTN(a, off, b, off, c, off, m, n, k, accumulate);
        check(c, naive(m, n, k, (i, p) => a[off + p * m + i], (p, j) => b[off + p * n + j], init), 'TN');
      }
    });
  }
});
