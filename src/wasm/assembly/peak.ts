// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * The machine's practical SIMD peak, for the benchmark's "fraction of peak" column: a
 * tight loop of independent vector multiply-adds on registers only (no memory traffic),
 * as many chains as x86-64 has spare vector registers, so latency never stalls the pipes.
 * Each iteration does 12 four-lane multiply-adds = 96 floating-point operations.
 */
import { madd } from './simd';

export function peakMadd(iterations: i32, seed: f32): f32 {
  const m = f32x4.splat(0.999), c = f32x4.splat(seed * 1e-3);
  let a0 = f32x4.splat(seed), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
  let a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
  for (let i = 0; i < iterations; i++) {
    a0 = madd(a0, m, c); a1 = madd(a1, m, c); a2 = madd(a2, m, c); a3 = madd(a3, m, c);
    a4 = madd(a4, m, c); a5 = madd(a5, m, c); a6 = madd(a6, m, c); a7 = madd(a7, m, c);
    a8 = madd(a8, m, c); a9 = madd(a9, m, c); a10 = madd(a10, m, c); a11 = madd(a11, m, c);
  }
  const sum = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  return f32x4.extract_lane(f32x4.add(sum, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11))), 0);
}
