/**
 * A Sequential model's own buffers besides its layers': parameters and gradients (in one block,
 * values first, as a caller's `buffer` is laid out), the optimizer's state and a copy of the
 * input when the kernels need them in their memory (WebAssembly), and the loss's buffers.
 */
import type { Allocator } from './kernels';
import { sizeOf, type Layer } from './layer';

export interface ModelBuffers {
  values: Float32Array;
  grads: Float32Array;
  /** Two values per parameter for the optimizer when it must live in the model's memory (WebAssembly). */
  optimizerState: Float32Array | null;
  /** The caller's batch is copied here when the kernels need it in their memory. */
  input: Float32Array | null;
  dlogits: Float32Array;
  labels: Int32Array;
}

/**
 * From the workspace's allocator (the measuring build calls this too, so the same requests
 * are counted). `inMemory`: the kernels need the input and the optimizer state in their
 * memory (WebAssembly).
 */
export function modelBuffers(alloc: Allocator, layers: Layer[], opts: { buffer?: ArrayBufferLike }, maxBatch: number, inputSize: number,
  outputSize: number, inMemory: boolean): ModelBuffers {
  const count = layers.flatMap((layer) => layer.paramSpecs).reduce((sum, spec) => sum + sizeOf(spec.shape), 0);
  if (opts.buffer !== undefined && opts.buffer.byteLength < 8 * count) {
    throw new RangeError(`parameter buffer has ${opts.buffer.byteLength} bytes, the model needs ${8 * count}`);
  }
  // Values in the first half, grads in the second, as a caller's buffer is laid out.
  const both = opts.buffer === undefined ? alloc.f32(2 * count) : new Float32Array(opts.buffer, 0, 2 * count);
  return {
    values: both.subarray(0, count),
    grads: both.subarray(count, 2 * count),
    optimizerState: inMemory ? alloc.f32(2 * count) : null,
    input: inMemory ? alloc.f32(maxBatch * inputSize) : null,
    dlogits: alloc.f32(maxBatch * outputSize),
    labels: alloc.i32(maxBatch),
  };
}
