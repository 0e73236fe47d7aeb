// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Optimizer updates on one parameter tensor of n floats, four lanes at a time (the
 * formulas of src/tiled/optimizers.ts, in float32). g is the gradient; wd the L2 weight
 * decay for this tensor (0 for biases): g ← g + wd·w first.
 */
import { at } from './simd';

/**
 * SGD. momentum 0: w ← w − lr·g. Otherwise v ← μ·v − lr·g, then w ← w + v, or with
 * Nesterov (Keras's form) w ← w + μ·v − lr·g.
 */
export function sgdStep(w: usize, g: usize, v: usize, n: i32, lr: f32, mu: f32, wd: f32, nesterov: bool): void {
  const vlr = f32x4.splat(lr), vmu = f32x4.splat(mu), vwd = f32x4.splat(wd);
  const full = n & ~3;
  let i = 0;
  for (; i < full; i += 4) {
    const pw = at(w, i), pg = at(g, i), pv = at(v, i);
    const wi = v128.load(pw);
    const step = f32x4.mul(vlr, f32x4.add(v128.load(pg), f32x4.mul(vwd, wi)));
    if (mu == 0) {
      v128.store(pw, f32x4.sub(wi, step));
    } else {
      const vi = f32x4.sub(f32x4.mul(vmu, v128.load(pv)), step);
      v128.store(pv, vi);
      v128.store(pw, nesterov ? f32x4.add(wi, f32x4.sub(f32x4.mul(vmu, vi), step)) : f32x4.add(wi, vi));
    }
  }
  for (; i < n; i++) {
    const pw = at(w, i), pg = at(g, i), pv = at(v, i);
    const wi = load<f32>(pw);
    const step = lr * (load<f32>(pg) + wd * wi);
    if (mu == 0) {
      store<f32>(pw, wi - step);
    } else {
      const vi = mu * load<f32>(pv) - step;
      store<f32>(pv, vi);
      store<f32>(pw, nesterov ? wi + (mu * vi - step) : wi + vi);
    }
  }
}

/**
 * Adam (Kingma & Ba): m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; w ← w − lr·(m/c1)/(√(v/c2) + ε)
 * with the bias corrections c1 = 1 − β₁ᵗ, c2 = 1 − β₂ᵗ computed by the caller.
 */
export function adamStep(w: usize, g: usize, m: usize, v: usize, n: i32, lr: f32, b1: f32, b2: f32, eps: f32, wd: f32,
  c1: f32, c2: f32): void {
  const vb1 = f32x4.splat(b1), vb2 = f32x4.splat(b2), vc1 = f32x4.splat(1 - b1), vc2 = f32x4.splat(1 - b2);
  const vlr = f32x4.splat(lr), veps = f32x4.splat(eps), vwd = f32x4.splat(wd);
  const inv1 = f32x4.splat(1 / c1), inv2 = f32x4.splat(1 / c2);
  const full = n & ~3;
  let i = 0;
  for (; i < full; i += 4) {
    const pw = at(w, i), pm = at(m, i), pv = at(v, i);
    const wi = v128.load(pw);
    const gi = f32x4.add(v128.load(at(g, i)), f32x4.mul(vwd, wi));
    const mi = f32x4.add(f32x4.mul(vb1, v128.load(pm)), f32x4.mul(vc1, gi));
    const vi = f32x4.add(f32x4.mul(vb2, v128.load(pv)), f32x4.mul(vc2, f32x4.mul(gi, gi)));
    v128.store(pm, mi);
    v128.store(pv, vi);
    const denominator = f32x4.add(f32x4.sqrt(f32x4.mul(vi, inv2)), veps);
    v128.store(pw, f32x4.sub(wi, f32x4.div(f32x4.mul(vlr, f32x4.mul(mi, inv1)), denominator)));
  }
  for (; i < n; i++) {
    const pw = at(w, i), pm = at(m, i), pv = at(v, i);
    const wi = load<f32>(pw);
    const gi = load<f32>(at(g, i)) + wd * wi;
    const mi = b1 * load<f32>(pm) + (1 - b1) * gi;
    const vi = b2 * load<f32>(pv) + (1 - b2) * gi * gi;
    store<f32>(pm, mi);
    store<f32>(pv, vi);
    store<f32>(pw, wi - (lr * (mi / c1)) / (Mathf.sqrt(vi / c2) + eps));
  }
}
