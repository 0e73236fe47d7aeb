/** The two builds of the AssemblyScript kernels and their file names (shared by build.ts and the loaders). */
export type WasmVariant = 'simd' | 'relaxed';

export const KERNEL_VARIANTS: readonly WasmVariant[] = ['simd', 'relaxed'];

export const wasmFileName = (variant: WasmVariant): string => `kernels-${variant}.wasm`;
