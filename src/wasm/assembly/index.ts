// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * The kernels module: every export works on the imported linear memory through byte
 * addresses the JavaScript side hands in (src/wasm/wasm-kernels.ts). Built twice by
 * src/wasm/build.ts: plain 128-bit SIMD, and with relaxed SIMD (fused multiply-add).
 * No allocator, no globals, no static data: the JavaScript side owns the memory layout.
 */
export { gemmSplat, gemmNT } from './gemm';
export { convForward, padSamples } from './conv-forward';
export { convWeightGrad, convInputGrad } from './conv-grad';
export { maxPool2x2, maxPoolBackward } from './pool';
export { activationBackwardPlanes, activationBackwardRows } from './elementwise';
export { softmaxCrossEntropy } from './loss';
export { sgdStep, adamStep } from './optimizers';
export { peakMadd } from './peak';

/** End of the module's own static data: the JavaScript allocator starts above it (checked at load). */
export const heapBase: usize = __heap_base;
