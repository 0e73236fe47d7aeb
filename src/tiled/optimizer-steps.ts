/**
 * The JavaScript kernels of the optimizer updates on one tensor (formulas in optimizers.ts).
 * L2 weight decay is added to the gradient first: g ← g + wd·w (wd = 0 for biases).
 */

/** SGD: plain (mu = 0), with momentum, or Keras-style Nesterov; v is the velocity (unused when mu = 0). */
export function sgdStep(w: Float32Array, g: Float32Array, v: Float32Array, lr: number, mu: number, wd: number, nesterov: boolean): void {
  const n = w.length;
  if (mu === 0) {
    for (let i = 0; i < n; i++) w[i] -= lr * (g[i] + wd * w[i]);
  } else if (nesterov) {
    for (let i = 0; i < n; i++) {
      const gi = g[i] + wd * w[i];
      const vi = mu * v[i] - lr * gi;
      v[i] = vi;
      w[i] += mu * vi - lr * gi;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const vi = mu * v[i] - lr * (g[i] + wd * w[i]);
      v[i] = vi;
      w[i] += vi;
    }
  }
}

/** Adam with bias corrections c1 = 1 − β₁ᵗ and c2 = 1 − β₂ᵗ. */
export function adamStep(w: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, lr: number, b1: number, b2: number,
  eps: number, wd: number, c1: number, c2: number): void {
  for (let i = 0; i < w.length; i++) {
    const gi = g[i] + wd * w[i];
    const mi = b1 * m[i] + (1 - b1) * gi;
    const vi = b2 * v[i] + (1 - b2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    w[i] -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
  }
}
