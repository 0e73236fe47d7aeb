/**
 * The contract between Sequential and its layers. Every buffer a layer uses is allocated in
 * its constructor for `maxBatch` samples; forward and backward only index into them.
 */
import type { Rng } from '../random';

/** A trainable tensor: its values and the gradient of the last backward pass (same shape). */
export interface Param {
  name: string;
  shape: number[];
  value: Float32Array;
  grad: Float32Array;
  /** True for weights (L2 weight decay applies), false for biases and BatchNorm parameters. */
  decay: boolean;
}

/** A tensor saved with the weights but not trained by the optimizer (BatchNorm running statistics). */
export interface StateTensor {
  name: string;
  shape: number[];
  value: Float32Array;
}

export type InitKind = 'he' | 'glorot' | 'zeros' | 'ones';

/** What a layer needs from the parameter store: Sequential allocates every value and grad in one buffer. */
export interface ParamSpec {
  name: string;
  shape: number[];
  decay: boolean;
  init: InitKind;
  fanIn: number;
  fanOut: number;
}

export type Mode = 'train' | 'infer';

export interface Layer {
  readonly name: string;
  /** Shape of one sample's output, channels first ([C, H, W] or [N]). */
  readonly outShape: number[];
  readonly paramSpecs: ParamSpec[];
  readonly state: StateTensor[];
  /** Receives the Params made from paramSpecs, in the same order, before the first forward. */
  bind(params: Param[]): void;
  /** Reads batch samples of x; returns a buffer whose first batch·outSize values are the output. */
  forward(x: Float32Array, batch: number, mode: Mode): Float32Array;
  /**
   * Given dL/dy for the last forward (mode 'train'), overwrites the grads of this layer's
   * params and returns dL/dx (unless needInputGrad is false, when it may return anything).
   */
  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array;
  /** Only layers that draw random numbers at training time (Dropout) implement it. */
  setRng?(rng: Rng): void;
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
