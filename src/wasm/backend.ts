/**
 * A compiled kernels module as a KernelBackend (src/tiled/kernels.ts): each model gets its
 * own memory, sized by the model's measuring build, and its own instance over it
 * (instantiating a compiled module is cheap and synchronous).
 */
import type { Allocator, KernelBackend, KernelBackendInfo, Workspace } from '../tiled/kernels';
import { ARENA_START, Arena, arenaPages } from './arena';
import { WasmContext } from './context';
import type { KernelExports } from './exports';
import { wasmKernels } from './wasm-kernels';

export class WasmKernelBackend implements KernelBackend {
  readonly needsSize = true;

  constructor(readonly info: KernelBackendInfo & { kind: 'simd' | 'relaxed' }, private readonly module: WebAssembly.Module) {}

  workspace(bytes: number): Workspace {
    const { memory, exports } = this.instantiate(bytes);
    return { alloc: new Arena(memory.buffer), kernels: wasmKernels(new WasmContext(exports, memory.buffer), this.info.kind) };
  }

  measuringWorkspace(alloc: Allocator): Workspace {
    return { alloc, kernels: wasmKernels(new WasmContext(null, null), this.info.kind) };
  }

  /** An instance over a fresh memory with room for `bytes` of buffers (also used by the benchmark's peak loop). */
  instantiate(bytes: number): { memory: WebAssembly.Memory; exports: KernelExports } {
    const pages = arenaPages(bytes);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const abort = (): never => {
      throw new Error('WebAssembly kernels aborted');
    };
    const instance = new WebAssembly.Instance(this.module, { env: { memory, abort } });
    const exports = instance.exports as unknown as KernelExports;
    const heapBase = Number(exports.heapBase.value);
    if (heapBase > ARENA_START) throw new Error(`the kernels module's static data ends at ${heapBase}, above the ${ARENA_START} bytes reserved for it`);
    return { memory, exports };
  }
}
