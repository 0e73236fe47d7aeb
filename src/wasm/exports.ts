/**
 * What the kernels module (assembly/index.ts) exports, as JavaScript sees it. Pointers are
 * byte addresses in the module's memory, sizes and strides count floats, flags are 0 or 1.
 */
export interface KernelExports {
  /** End of the module's own static data; model buffers start above it. */
  heapBase: WebAssembly.Global;
  gemmSplat(a: number, ars: number, acs: number, b: number, c: number, m: number, n: number, k: number, accumulate: boolean): void;
  gemmNT(a: number, b: number, c: number, m: number, n: number, k: number, accumulate: boolean, bias: number, relu: boolean): void;
  convForward(d: number, x: number, xStride: number, w: number, bias: number, relu: boolean, y: number, yStride: number, batch: number): void;
  convWeightGrad(d: number, x: number, xStride: number, dz: number, dzStride: number, dw: number, batch: number): void;
  convInputGrad(d: number, w: number, dcol: number, dz: number, dzStride: number, dx: number, dxStride: number, batch: number,
    inH: number, inW: number, padTop: number, padLeft: number): void;
  padSamples(src: number, srcStride: number, dst: number, dstStride: number, batch: number, channels: number, h: number, w: number,
    ph: number, pw: number, top: number, left: number): void;
  maxPool2x2(x: number, y: number, winners: number, planes: number, inH: number, inW: number, outH: number, outW: number): void;
  maxPoolBackward(dy: number, winners: number, dx: number, n: number, inCount: number): void;
  activationBackwardPlanes(relu: boolean, y: number, dy: number, dz: number, batch: number, channels: number, plane: number, db: number): void;
  activationBackwardRows(relu: boolean, y: number, dy: number, dz: number, rows: number, cols: number, db: number): void;
  softmaxCrossEntropy(logits: number, labels: number, batch: number, classes: number, dlogits: number): number;
  sgdStep(w: number, g: number, v: number, n: number, lr: number, mu: number, wd: number, nesterov: boolean): void;
  adamStep(w: number, g: number, m: number, v: number, n: number, lr: number, b1: number, b2: number, eps: number, wd: number,
    c1: number, c2: number): void;
  /** iterations × 96 floating-point operations on registers only (the benchmark's peak). */
  peakMadd(iterations: number, seed: number): number;
}
