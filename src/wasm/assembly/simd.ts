// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Small SIMD helpers every kernel uses. All pointers are byte addresses in the one linear
 * memory the JavaScript side allocates (16-byte aligned buffers with at least 64 spare
 * bytes after each, so a 4-lane load that runs past the end of a row or a buffer still
 * reads memory that exists; the lanes it brings in are never stored).
 */

/**
 * a·b + c on four float lanes. The relaxed build (`--enable relaxed-simd`) uses
 * f32x4.relaxed_madd, which x86-64 with FMA3 and ARM64 run as one fused multiply-add
 * (one rounding); the plain SIMD build multiplies, rounds, then adds. The condition is a
 * compile-time constant, so each build contains only one of the two.
 */
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/** The sum of the four lanes. */
@inline export function hsum(v: v128): f32 {
  const pairs = f32x4.add(v, f32x4.shuffle(v, v, 2, 3, 0, 1));
  return f32x4.extract_lane(f32x4.add(pairs, f32x4.shuffle(pairs, pairs, 1, 0, 3, 2)), 0);
}

/** [Σ a, Σ b, Σ c, Σ d]: four horizontal sums at once (a transpose and two adds). */
@inline export function hsum4(a: v128, b: v128, c: v128, d: v128): v128 {
  const ab = f32x4.add(f32x4.shuffle(a, b, 0, 1, 4, 5), f32x4.shuffle(a, b, 2, 3, 6, 7));
  const cd = f32x4.add(f32x4.shuffle(c, d, 0, 1, 4, 5), f32x4.shuffle(c, d, 2, 3, 6, 7));
  return f32x4.add(f32x4.shuffle(ab, cd, 0, 2, 4, 6), f32x4.shuffle(ab, cd, 1, 3, 5, 7));
}

/** Stores the first `lanes` lanes of v (any count; 4 or more stores all four). */
@inline export function storeLanes(ptr: usize, v: v128, lanes: i32): void {
  if (lanes >= 4) v128.store(ptr, v);
  else if (lanes == 3) {
    v128.store64_lane(ptr, v, 0);
    v128.store32_lane(ptr, v, 2, 8);
  } else if (lanes == 2) v128.store64_lane(ptr, v, 0);
  else if (lanes == 1) v128.store32_lane(ptr, v, 0);
}

/** All-ones in the first `lanes` lanes, zero in the rest: v128.and with it zeroes lanes past a row's end. */
@inline export function laneMask(lanes: i32): v128 {
  return i32x4.lt_s(i32x4(0, 1, 2, 3), i32x4.splat(lanes));
}

/** max(v, 0) per lane, the ReLU; pmax is a single maxps on x86-64 (max needs a NaN fix-up sequence). */
@inline export function relu4(v: v128): v128 {
  return f32x4.pmax(f32x4.splat(0), v);
}

/** Byte address of float `index` after `base`. */
@inline export function at(base: usize, index: i32): usize {
  return base + ((<usize>index) << 2);
}

/** The smaller of two ints. */
@inline export function imin(a: i32, b: i32): i32 {
  return a < b ? a : b;
}
