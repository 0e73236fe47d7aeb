/**
 * The kernels dimension of the tiled tests: the JavaScript kernels and both WebAssembly
 * builds (plain SIMD and relaxed SIMD; in Node 20 loadKernels('relaxed') turns on V8's flag).
 * An explicit choice throws if it cannot load, so a missing build fails the tests instead of
 * silently testing JavaScript twice.
 */
import { JS_BACKEND } from '../../../src/tiled/js-kernels';
import type { KernelBackend, Workspace } from '../../../src/tiled/kernels';
import { loadKernels } from '../../../src/wasm';

export const KERNEL_BACKENDS: KernelBackend[] = [JS_BACKEND, await loadKernels('simd'), await loadKernels('relaxed')];

/** A workspace with room for `bytes` of buffers (generous sizes are fine in tests). */
export const testWorkspace = (backend: KernelBackend, bytes = 1 << 22): Workspace => backend.workspace(bytes);

/** A buffer from the workspace holding a copy of `values`. */
export function copyInto(workspace: Workspace, values: ArrayLike<number>, extra = 0): Float32Array {
  const view = workspace.alloc.f32(values.length + extra);
  view.set(values);
  return view;
}
