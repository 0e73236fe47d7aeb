/**
 * The WebAssembly SIMD kernels behind the kernel seam (src/tiled/kernels.ts). Every operand
 * is a view into the instance's memory (the model's workspace allocated it), so a call only
 * passes byte addresses. What the module does not cover — activations other than ReLU and
 * the identity, convolutions with a horizontal stride, general pooling — runs on the
 * JavaScript kernels over the same views.
 */
import type { ActivationKind } from '../tiled/activations';
import { biasActivate } from '../tiled/activations';
import { JsConvKernel } from '../tiled/conv-js';
import { jsKernels } from '../tiled/js-kernels';
import type { KernelKind, Kernels } from '../tiled/kernels';
import type { WasmContext } from './context';
import { WasmConvKernel, wasmConvSupported } from './wasm-conv';

/** The activations the module fuses into its kernels: ReLU (y > 0 mask) and the identity. */
const inWasm = (kind: ActivationKind): boolean => kind === 'relu' || kind === 'linear';

export function wasmKernels(ctx: WasmContext, kind: Exclude<KernelKind, 'js'>): Kernels {
  const p = (view: Float32Array | Int32Array, offset = 0): number => ctx.ptr(view, offset);
  const optional = (view: Float32Array | null): number => (view === null ? 0 : ctx.ptr(view));
  return {
    kind,
    gemmNN(a, aOff, b, bOff, c, cOff, m, n, k, accumulate) {
      ctx.exports.gemmSplat(p(a, aOff), k, 1, p(b, bOff), p(c, cOff), m, n, k, accumulate);
    },
    gemmTN(a, aOff, b, bOff, c, cOff, m, n, k, accumulate) {
      // Ã = Aᵀ for a k×m A: row i of Ã is column i of A (stride 1 between rows, m along k).
      ctx.exports.gemmSplat(p(a, aOff), 1, m, p(b, bOff), p(c, cOff), m, n, k, accumulate);
    },
    gemmNT(a, aOff, b, bOff, c, cOff, m, n, k, accumulate) {
      ctx.exports.gemmNT(p(a, aOff), p(b, bOff), p(c, cOff), m, n, k, accumulate, 0, false);
    },
    denseForward(x, w, bias, y, batch, units, inputs, activation, alpha) {
      if (inWasm(activation)) {
        ctx.exports.gemmNT(p(x), p(w), p(y), batch, units, inputs, false, optional(bias), activation === 'relu');
        return;
      }
      ctx.exports.gemmNT(p(x), p(w), p(y), batch, units, inputs, false, 0, false);
      for (let s = 0; s < batch; s++) biasActivate(activation, alpha, y, s * units, units, 1, bias);
    },
    activationGrad(activation, alpha, y, dy, dz, rows, channels, plane, db) {
      if (!inWasm(activation)) {
        jsKernels.activationGrad(activation, alpha, y, dy, dz, rows, channels, plane, db);
        return;
      }
      const relu = activation === 'relu';
      if (plane === 1) ctx.exports.activationBackwardRows(relu, p(y), p(dy), p(dz), rows, channels, optional(db));
      else ctx.exports.activationBackwardPlanes(relu, p(y), p(dy), p(dz), rows, channels, plane, optional(db));
    },
    conv: (g, filters, alloc, maxBatch) =>
      wasmConvSupported(g) ? new WasmConvKernel(g, filters, alloc, maxBatch, ctx) : new JsConvKernel(g, filters, alloc, maxBatch),
    maxPool2x2(x, y, winners, planes, inH, inW, outH, outW) {
      ctx.exports.maxPool2x2(p(x), p(y), p(winners), planes, inH, inW, outH, outW);
    },
    maxPoolBackward(dy, winners, dx, n, inCount) {
      ctx.exports.maxPoolBackward(p(dy), p(winners), p(dx), n, inCount);
    },
    softmaxCrossEntropy(logits, labels, batch, classes, dlogits, scratch) {
      for (let s = 0; s < batch; s++) {
        const label = labels[s];
        if (!(label >= 0 && label < classes && Number.isInteger(label))) {
          throw new RangeError(`label ${s} is ${label}, expected an integer class in 0..${classes - 1}`);
        }
        scratch[s] = label;
      }
      return ctx.exports.softmaxCrossEntropy(p(logits), p(scratch), batch, classes, p(dlogits));
    },
    sgdStep(w, g, v, lr, mu, wd, nesterov) {
      ctx.exports.sgdStep(p(w), p(g), mu === 0 ? 0 : p(v), w.length, lr, mu, wd, nesterov);
    },
    adamStep(w, g, m, v, lr, b1, b2, eps, wd, c1, c2) {
      ctx.exports.adamStep(p(w), p(g), p(m), p(v), w.length, lr, b1, b2, eps, wd, c1, c2);
    },
  };
}
