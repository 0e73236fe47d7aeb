/**
 * The JavaScript kernels of the 2×2, stride-2 max pooling of LeNet-5 and most CNNs, when
 * every window lies inside the input: written out, no window bounds to compute. The winner
 * is the first maximum in row-major order (as PyTorch and the general loop in pool.ts),
 * recorded as a float index into x so backward routes dy straight to it.
 */
export function maxPool2x2(x: Float32Array, y: Float32Array, winners: Int32Array, planes: number, inH: number, inW: number,
  outH: number, outW: number): void {
  let q = 0;
  for (let plane = 0; plane < planes; plane++) {
    for (let oy = 0; oy < outH; oy++) {
      let i = plane * inH * inW + 2 * oy * inW;
      for (let ox = 0; ox < outW; ox++, q++, i += 2) {
        let best = x[i], at = i;
        if (x[i + 1] > best) { best = x[i + 1]; at = i + 1; }
        if (x[i + inW] > best) { best = x[i + inW]; at = i + inW; }
        if (x[i + inW + 1] > best) { best = x[i + inW + 1]; at = i + inW + 1; }
        y[q] = best;
        winners[q] = at;
      }
    }
  }
}

/** dx[0 … inCount) = 0, then each output's gradient goes to its window's winner. */
export function maxPoolBackward(dy: Float32Array, winners: Int32Array, dx: Float32Array, n: number, inCount: number): void {
  dx.fill(0, 0, inCount);
  for (let q = 0; q < n; q++) dx[winners[q]] += dy[q];
}
