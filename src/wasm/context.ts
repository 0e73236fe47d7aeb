/**
 * One instance of the kernels module and its memory, as the kernel objects use it: the
 * exports, and byte addresses of views that must lie in that memory (a buffer from anywhere
 * else is a bug in the caller, reported instead of reading the wrong bytes).
 */
import type { KernelExports } from './exports';

export class WasmContext {
  /** exports and buffer are null in the measuring build, which constructs layers but runs nothing. */
  constructor(private readonly instanceExports: KernelExports | null, private readonly buffer: ArrayBuffer | null) {}

  get exports(): KernelExports {
    if (this.instanceExports === null) throw new Error('the measuring workspace only counts buffers; it runs no kernels');
    return this.instanceExports;
  }

  /** Byte address of element `offset` of `view`. */
  ptr(view: Float32Array | Int32Array, offset = 0): number {
    if (view.buffer !== this.buffer) {
      throw new RangeError(`a ${view.length}-element buffer is not in this model's WebAssembly memory (buffers must come from its workspace)`);
    }
    return view.byteOffset + 4 * offset;
  }
}
