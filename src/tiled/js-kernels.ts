/**
 * The JavaScript kernels behind the kernel seam (kernels.ts): the engine's own register-tiled
 * loops, on plain heap arrays. They are the fallback wherever WebAssembly SIMD is missing and
 * the reference the WebAssembly kernels are tested against.
 */
import { activationBackward, biasActivate } from './activations';
import { heapAllocator } from './allocators';
import { JsConvKernel } from './conv-js';
import { gemmNN } from './gemm-nn';
import { gemmNT } from './gemm-nt';
import { gemmTN } from './gemm-tn';
import type { KernelBackend, Kernels, Workspace } from './kernels';
import { softmaxCrossEntropy } from './loss';
import { adamStep, sgdStep } from './optimizer-steps';
import { maxPool2x2, maxPoolBackward } from './pool-max';

export const jsKernels: Kernels = {
  kind: 'js',
  gemmNN,
  gemmNT,
  gemmTN,
  denseForward(x, w, bias, y, batch, units, inputs, kind, alpha) {
    gemmNT(x, 0, w, 0, y, 0, batch, units, inputs, false);
    // Each sample is `units` channels of plane 1, so the bias is per unit.
    for (let s = 0; s < batch; s++) biasActivate(kind, alpha, y, s * units, units, 1, bias);
  },
  activationGrad(kind, alpha, y, dy, dz, rows, channels, plane, db) {
    activationBackward(kind, alpha, y, dy, 0, dz, 0, rows * channels * plane);
    if (db === null) return;
    db.fill(0);
    for (let s = 0, q = 0; s < rows; s++) {
      for (let c = 0; c < channels; c++) {
        let sum = 0;
        for (const end = q + plane; q < end; q++) sum += dz[q];
        db[c] += sum;
      }
    }
  },
  conv: (g, filters, alloc, maxBatch) => new JsConvKernel(g, filters, alloc, maxBatch),
  maxPool2x2,
  maxPoolBackward,
  softmaxCrossEntropy: (logits, labels, batch, classes, dlogits) => softmaxCrossEntropy(logits, labels, batch, classes, dlogits),
  sgdStep,
  adamStep,
};

/** Heap arrays and the JavaScript kernels: what a model uses unless it is given other kernels. */
export const JS_WORKSPACE: Workspace = { alloc: heapAllocator, kernels: jsKernels };

export const JS_BACKEND: KernelBackend = {
  info: { kind: 'js', reason: 'JavaScript kernels' },
  needsSize: false,
  workspace: () => JS_WORKSPACE,
  measuringWorkspace: (alloc) => ({ alloc, kernels: jsKernels }),
};
