/**
 * Element-wise activations on Float32Array ranges, applied in place on a layer's output, and
 * their backward passes written from the output y (every one here has f′ expressible in y),
 * so no pre-activation copy is kept. The switch sits outside the loops to keep them tight.
 */
export type ActivationKind = 'linear' | 'relu' | 'leakyRelu' | 'tanh' | 'sigmoid';

/**
 * y[off + c·plane + p] = f(y[…] + bias[c]) for c < channels, p < plane: conv outputs use
 * plane = H·W, dense outputs plane = 1. Bias and activation share one pass over memory.
 */
export function biasActivate(
  kind: ActivationKind, alpha: number, y: Float32Array, off: number,
  channels: number, plane: number, bias: Float32Array | null,
): void {
  for (let c = 0, q = off; c < channels; c++) {
    const b = bias === null ? 0 : bias[c];
    const end = q + plane;
    switch (kind) {
      case 'linear': for (; q < end; q++) y[q] += b; break;
      case 'relu': for (; q < end; q++) { const v = y[q] + b; y[q] = v > 0 ? v : 0; } break;
      case 'leakyRelu': for (; q < end; q++) { const v = y[q] + b; y[q] = v > 0 ? v : alpha * v; } break;
      case 'tanh': for (; q < end; q++) y[q] = Math.tanh(y[q] + b); break;
      case 'sigmoid': for (; q < end; q++) y[q] = 1 / (1 + Math.exp(-(y[q] + b))); break;
    }
  }
}

/** out[i] = f(x[i]) for i < n. */
export function activate(kind: ActivationKind, alpha: number, x: Float32Array, out: Float32Array, n: number): void {
  switch (kind) {
    case 'linear': for (let i = 0; i < n; i++) out[i] = x[i]; break;
    case 'relu': for (let i = 0; i < n; i++) { const v = x[i]; out[i] = v > 0 ? v : 0; } break;
    case 'leakyRelu': for (let i = 0; i < n; i++) { const v = x[i]; out[i] = v > 0 ? v : alpha * v; } break;
    case 'tanh': for (let i = 0; i < n; i++) out[i] = Math.tanh(x[i]); break;
    case 'sigmoid': for (let i = 0; i < n; i++) out[i] = 1 / (1 + Math.exp(-x[i])); break;
  }
}

/**
 * dx[dxOff + i] = dy[off + i] · f′(y[off + i]) for i < n, with f′ read from the output y:
 * ReLU 1[y > 0], LeakyReLU 1 or α (α > 0 keeps the sign of the input), tanh 1 − y², sigmoid y(1 − y).
 */
export function activationBackward(
  kind: ActivationKind, alpha: number, y: Float32Array, dy: Float32Array, off: number,
  dx: Float32Array, dxOff: number, n: number,
): void {
  const shift = dxOff - off;
  const end = off + n;
  switch (kind) {
    case 'linear': for (let i = off; i < end; i++) dx[i + shift] = dy[i]; break;
    case 'relu': for (let i = off; i < end; i++) dx[i + shift] = y[i] > 0 ? dy[i] : 0; break;
    case 'leakyRelu': for (let i = off; i < end; i++) dx[i + shift] = y[i] > 0 ? dy[i] : alpha * dy[i]; break;
    case 'tanh': for (let i = off; i < end; i++) { const v = y[i]; dx[i + shift] = dy[i] * (1 - v * v); } break;
    case 'sigmoid': for (let i = off; i < end; i++) { const v = y[i]; dx[i + shift] = dy[i] * v * (1 - v); } break;
  }
}
