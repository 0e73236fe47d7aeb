/**
 * The kernel-backend seam: layers, the loss and the optimizers call numeric kernels through
 * a `Kernels` object and take every buffer from an `Allocator`, so one model code path runs
 * on the JavaScript kernels (js-kernels.ts, plain heap arrays) or on WebAssembly SIMD
 * kernels (src/wasm, every buffer a view into one linear memory, no copies between them).
 * A model gets both from its `KernelBackend` when it is built (SequentialOptions.kernels).
 */
import type { ActivationKind } from './activations';
import type { WindowGeometry } from './conv-geometry';

export type KernelKind = 'js' | 'simd' | 'relaxed';

/** Which kernels a backend runs and why they were chosen (shown by the bench, the CLI and the trainer). */
export interface KernelBackendInfo {
  kind: KernelKind;
  reason: string;
}

/** Hands out zero-filled buffers. A model asks for all of them while it is built, never later. */
export interface Allocator {
  f32(length: number): Float32Array;
  i32(length: number): Int32Array;
}

/** The kernels a model calls and the allocator its buffers come from (the kernels may require them to). */
export interface Workspace {
  readonly alloc: Allocator;
  readonly kernels: Kernels;
}

export interface KernelBackend {
  readonly info: KernelBackendInfo;
  /**
   * True when buffers live in one memory of fixed size: the model then builds its layers
   * once with `measuringWorkspace` to count bytes, and again with `workspace(bytes)`.
   */
  readonly needsSize: boolean;
  workspace(bytes: number): Workspace;
  /** These kernels with a caller's allocator, only for constructing layers (the measuring pass). */
  measuringWorkspace(alloc: Allocator): Workspace;
}

/** One conv layer's kernels with their buffers, made once per layer (Kernels.conv). */
export interface ConvKernel {
  /**
   * y_s = W ⋆ x_s + b for `batch` samples (x and y hold them back to back), clamped at 0 when
   * `relu`. With `keep` (training) the (padded) samples are kept for weightGrad.
   */
  forward(x: Float32Array, batch: number, w: Float32Array, bias: Float32Array | null, relu: boolean, y: Float32Array, keep: boolean): void;
  /** dW (overwritten) = Σ_s dz_s ⋆ x_s over the samples of the last forward with `keep`. */
  weightGrad(dz: Float32Array, dw: Float32Array, batch: number): void;
  /** dx (batch samples, overwritten) = Wᵀ ⋆ dz_s. */
  inputGrad(w: Float32Array, dz: Float32Array, dx: Float32Array, batch: number): void;
}

export interface Kernels {
  readonly kind: KernelKind;
  /** C (+)= A·B, A m×k, B k×n (gemm-nn.ts). */
  gemmNN(a: Float32Array, aOff: number, b: Float32Array, bOff: number, c: Float32Array, cOff: number, m: number, n: number, k: number, accumulate: boolean): void;
  /** C (+)= A·Bᵀ, A m×k, B n×k (gemm-nt.ts). */
  gemmNT(a: Float32Array, aOff: number, b: Float32Array, bOff: number, c: Float32Array, cOff: number, m: number, n: number, k: number, accumulate: boolean): void;
  /** C (+)= Aᵀ·B, A k×m, B k×n (gemm-tn.ts). */
  gemmTN(a: Float32Array, aOff: number, b: Float32Array, bOff: number, c: Float32Array, cOff: number, m: number, n: number, k: number, accumulate: boolean): void;
  /** y[s][j] = f(Σ_p x[s][p]·w[j][p] + b[j]): a dense layer's forward pass over `batch` rows. */
  denseForward(x: Float32Array, w: Float32Array, bias: Float32Array | null, y: Float32Array, batch: number, units: number, inputs: number,
    kind: ActivationKind, alpha: number): void;
  /**
   * dz = dy ⊙ f′(y) over rows × channels × plane values (f′ read from the output y), and
   * db[c] = Σ of dz over rows and plane (overwritten) unless db is null.
   */
  activationGrad(kind: ActivationKind, alpha: number, y: Float32Array, dy: Float32Array, dz: Float32Array, rows: number, channels: number,
    plane: number, db: Float32Array | null): void;
  /** A conv layer's kernels and buffers for this geometry (allocated from `alloc`). */
  conv(g: WindowGeometry, filters: number, alloc: Allocator, maxBatch: number): ConvKernel;
  /** 2×2 stride-2 max pooling of `planes` planes, every window inside; winners = float index into x of each window's first maximum. */
  maxPool2x2(x: Float32Array, y: Float32Array, winners: Int32Array, planes: number, inH: number, inW: number, outH: number, outW: number): void;
  /** dx[0 … inCount) = 0, then dx[winners[q]] += dy[q] for q < n. */
  maxPoolBackward(dy: Float32Array, winners: Int32Array, dx: Float32Array, n: number, inCount: number): void;
  /** Mean softmax cross-entropy; writes dL/dlogits. `scratch` (≥ batch ints, from the allocator) may receive the labels. */
  softmaxCrossEntropy(logits: Float32Array, labels: ArrayLike<number>, batch: number, classes: number, dlogits: Float32Array, scratch: Int32Array): number;
  /** SGD on one tensor (optimizers.ts): v is unused when mu = 0. */
  sgdStep(w: Float32Array, g: Float32Array, v: Float32Array, lr: number, mu: number, wd: number, nesterov: boolean): void;
  /** Adam on one tensor with bias corrections c1 = 1 − β₁ᵗ, c2 = 1 − β₂ᵗ. */
  adamStep(w: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, lr: number, b1: number, b2: number, eps: number, wd: number,
    c1: number, c2: number): void;
}
