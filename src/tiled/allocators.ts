/**
 * Allocators for model buffers: plain zero-filled heap arrays (the JavaScript kernels), and
 * the measuring pass of a fixed-size memory (the WebAssembly kernels): a model is built once
 * with a MeasuringAllocator to learn how many bytes its buffers take, then again in a memory
 * of exactly that size whose allocator (src/wasm/arena.ts) uses the same rule, blockBytes.
 */
import type { Allocator } from './kernels';

/** SIMD loads want 16-byte aligned buffers (a misaligned conv1 ran at half speed). */
export const BUFFER_ALIGN = 16;
/**
 * Spare bytes after every buffer: SIMD kernels load whole 4-lane vectors past the end of a
 * row, and of the last row, and discard the extra lanes; this keeps those loads in memory.
 */
export const BUFFER_SLACK = 64;

/** Bytes a buffer of `length` elements of 4 bytes takes in a fixed-size memory, slack included. */
export function blockBytes(length: number): number {
  const bytes = 4 * length + BUFFER_SLACK;
  return Math.ceil(bytes / BUFFER_ALIGN) * BUFFER_ALIGN;
}

export const heapAllocator: Allocator = {
  f32: (length) => new Float32Array(length),
  i32: (length) => new Int32Array(length),
};

/** Counts the bytes a model's buffers need; hands out empty arrays (the measuring build never runs). */
export class MeasuringAllocator implements Allocator {
  bytes = 0;

  f32(length: number): Float32Array {
    this.bytes += blockBytes(length);
    return new Float32Array(0);
  }

  i32(length: number): Int32Array {
    this.bytes += blockBytes(length);
    return new Int32Array(0);
  }
}
