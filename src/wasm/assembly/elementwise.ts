// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Backward passes of ReLU (or the identity) fused with the bias gradient, and the copy
 * of a dense or conv layer's output gradient: one pass over dy instead of two. ReLU's
 * derivative is read from the output y (1 where y > 0), as in the JavaScript kernels.
 */
import { at, hsum, laneMask, storeLanes } from './simd';

/** dz = dy ⊙ f′(y) for `count` values; relu = false is the identity (a copy). */
@inline function gradient(y: v128, dy: v128, relu: bool): v128 {
  return relu ? v128.and(dy, f32x4.gt(y, f32x4.splat(0))) : dy;
}

/**
 * Conv layers: batch samples of `channels` planes of `plane` values. dz = dy ⊙ f′(y) and
 * db[c] = Σ over samples and the plane of dz (db overwritten; db = 0 means no bias).
 */
export function activationBackwardPlanes(relu: bool, y: usize, dy: usize, dz: usize, batch: i32, channels: i32, plane: i32, db: usize): void {
  if (db != 0) memory.fill(db, 0, (<usize>channels) << 2);
  const full = plane & ~3;
  for (let s = 0; s < batch; s++) {
    for (let c = 0; c < channels; c++) {
      const off = (s * channels + c) * plane;
      let sum = f32x4.splat(0);
      let i = 0;
      for (; i < full; i += 4) {
        const g = gradient(v128.load(at(y, off + i)), v128.load(at(dy, off + i)), relu);
        v128.store(at(dz, off + i), g);
        sum = f32x4.add(sum, g);
      }
      let rest: f32 = 0;
      for (; i < plane; i++) {
        const v = load<f32>(at(dy, off + i));
        const g: f32 = relu && !(load<f32>(at(y, off + i)) > 0) ? 0 : v;
        store<f32>(at(dz, off + i), g);
        rest += g;
      }
      if (db != 0) store<f32>(at(db, c), load<f32>(at(db, c)) + hsum(sum) + rest);
    }
  }
}

/**
 * Dense layers: `rows` samples of `cols` units. dz = dy ⊙ f′(y) and db[j] = Σ_rows dz[r][j]
 * (overwritten; db = 0 means no bias), vectorised along the units.
 */
export function activationBackwardRows(relu: bool, y: usize, dy: usize, dz: usize, rows: i32, cols: i32, db: usize): void {
  for (let j = 0; j < cols; j += 4) {
    const lanes = cols - j;
    const mask = laneMask(lanes);
    let sum = f32x4.splat(0);
    for (let r = 0; r < rows; r++) {
      const off = r * cols + j;
      const g = v128.and(gradient(v128.load(at(y, off)), v128.load(at(dy, off)), relu), mask);
      storeLanes(at(dz, off), g, lanes);
      sum = f32x4.add(sum, g);
    }
    if (db != 0) storeLanes(at(db, j), sum, lanes);
  }
}
