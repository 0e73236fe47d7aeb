/**
 * WebAssembly SIMD kernels for the tiled engine (see README.md): feature detection, loading,
 * and the KernelBackend that buildModel / Sequential.fromConfigs take as `kernels`.
 *
 *   const kernels = await loadKernels();            // 'auto' | 'js' | 'simd' | 'relaxed'
 *   kernels.info;                                   // { kind: 'relaxed', reason: '…' }
 *   const model = buildModel('lenet5', { seed: 1, maxBatch: 64, kernels });
 */
export { loadKernels, type LoadKernelsOptions } from './load';
export {
  kernelBackendInfo, engineProbe, isKernelChoice, KERNEL_CHOICES, KernelUnavailableError,
  type FeatureProbe, type KernelChoice,
} from './features';
export { WasmKernelBackend } from './backend';
export type { WasmVariant } from './variants';
export type { KernelBackend, KernelBackendInfo, KernelKind } from '../tiled/kernels';
