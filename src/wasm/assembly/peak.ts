// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * The machine's practical SIMD peak, for the benchmark's "fraction of peak" column: a tight
 * loop of vector multiply-adds into 12 independent accumulators, each fed by one vector load
 * from a small block that stays in L1 (as a GEMM tile is fed). Only the addition (or the fused
 * multiply-add) depends on the previous iteration, so with 12 chains the loop is limited by
 * the arithmetic and load pipes, not by latency. Each iteration does 12 four-lane
 * multiply-adds = 96 floating-point operations.
 */
import { madd } from './simd';

/** 8 starting positions × 16 bytes + 12 vectors: the block the loads cycle through. */
const OPERANDS: usize = memory.data(320, 16);

export function peakMadd(iterations: i32, seed: f32): f32 {
  const m = f32x4.splat(seed);
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
  let a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
  for (let i = 0; i < iterations; i++) {
    // A different (but L1-resident) address each iteration, so no compiler can hoist the loads.
    const p = OPERANDS + ((<usize>(i & 7)) << 4);
    a0 = madd(v128.load(p), m, a0); a1 = madd(v128.load(p, 16), m, a1); a2 = madd(v128.load(p, 32), m, a2);
    a3 = madd(v128.load(p, 48), m, a3); a4 = madd(v128.load(p, 64), m, a4); a5 = madd(v128.load(p, 80), m, a5);
    a6 = madd(v128.load(p, 96), m, a6); a7 = madd(v128.load(p, 112), m, a7); a8 = madd(v128.load(p, 128), m, a8);
    a9 = madd(v128.load(p, 144), m, a9); a10 = madd(v128.load(p, 160), m, a10); a11 = madd(v128.load(p, 176), m, a11);
  }
  const sum = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  return f32x4.extract_lane(f32x4.add(sum, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11))), 0);
}
