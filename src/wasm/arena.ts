/**
 * The bump allocator of a model's WebAssembly memory: every buffer is a Float32Array or
 * Int32Array view into the one memory, 16-byte aligned, handed out once while the model is
 * built (the same byte rule as the measuring pass, src/tiled/allocators.ts), never freed.
 * The memory never grows, so the views stay valid for the model's life.
 */
import { blockBytes } from '../tiled/allocators';
import type { Allocator } from '../tiled/kernels';

/** WebAssembly page size. */
export const PAGE_BYTES = 65536;
/** The first page belongs to the kernels module's static data (Math.exp/log tables); checked against heapBase at instantiation. */
export const ARENA_START = PAGE_BYTES;

/** Pages of a memory holding `bytes` of model buffers after the reserved first page. */
export const arenaPages = (bytes: number): number => Math.ceil((ARENA_START + bytes) / PAGE_BYTES);

export class Arena implements Allocator {
  private next = ARENA_START;

  constructor(private readonly buffer: ArrayBuffer) {}

  f32(length: number): Float32Array {
    return new Float32Array(this.buffer, this.take(length), length);
  }

  i32(length: number): Int32Array {
    return new Int32Array(this.buffer, this.take(length), length);
  }

  /** Bytes handed out so far, the reserved first page included. */
  get used(): number {
    return this.next;
  }

  private take(length: number): number {
    const at = this.next;
    this.next += blockBytes(length);
    if (this.next > this.buffer.byteLength) {
      throw new RangeError(`WebAssembly memory of ${this.buffer.byteLength} bytes is full (a model asked for more buffers than it measured)`);
    }
    return at;
  }
}
