/**
 * One agreement helper, many shapes, every kernel backend: each case string builds one tiled
 * layer for a random batch of 2–3 samples on the JavaScript, WebAssembly SIMD or relaxed SIMD
 * kernels and compares its forward output and its input, weight and bias gradients with the
 * float64 reference engine (src/reference), sample by sample; the WebAssembly layers are also
 * compared with the JavaScript layer on the same data.
 */
import { describe, it } from 'vitest';
import * as ref from '../../../src/reference';
import type { Matrix, Nested, Padding, Tensor3, Tensor4, Vector } from '../../../src/reference';
import { ActivationLayer } from '../../../src/tiled/activation-layer';
import type { ActivationKind } from '../../../src/tiled/activations';
import { JS_BACKEND } from '../../../src/tiled/js-kernels';
import type { KernelBackend, Workspace } from '../../../src/tiled/kernels';
import { Conv2DLayer } from '../../../src/tiled/conv2d';
import { DenseLayer } from '../../../src/tiled/dense';
import { GlobalAveragePool2DLayer } from '../../../src/tiled/global-pool';
import type { Layer, Param } from '../../../src/tiled/layer';
import { Pool2DLayer } from '../../../src/tiled/pool';
import { ZeroPadding2DLayer } from '../../../src/tiled/reshape';
import { bindRandom, createRng, expectAllClose, flat, nest, parseCase, randomArray } from './helpers';
import { copyInto, KERNEL_BACKENDS, testWorkspace } from './kernel-backends';

const TOL = 1e-4;

type Pair = number | [number, number];
type Case = Record<string, number | number[] | string>;

/** What the reference engine says for one sample: output, dL/dx and per-param gradients. */
interface SampleResult { output: Nested; dinput: Nested; dparams: Nested[] }

function activationOf(c: Case): { kind: ActivationKind; alpha: number } {
  return { kind: (c.act as ActivationKind | undefined) ?? 'linear', alpha: (c.a as number | undefined) ?? 0.2 };
}

/** Reference activation forward and backward (on the pre-activation z). */
function refActivation(kind: ActivationKind, alpha: number, z: Nested, dout?: Nested): Nested {
  if (dout === undefined) {
    switch (kind) {
      case 'linear': return z;
      case 'relu': return ref.relu(z).output;
      case 'leakyRelu': return ref.leakyRelu(z, alpha).output;
      case 'tanh': return ref.tanh(z).output;
      case 'sigmoid': return ref.sigmoid(z).output;
    }
  }
  switch (kind) {
    case 'linear': return dout;
    case 'relu': return ref.reluBackward(z, dout);
    case 'leakyRelu': return ref.leakyReluBackward(z, dout, alpha);
    case 'tanh': return ref.tanhBackward(z, dout);
    case 'sigmoid': return ref.sigmoidBackward(z, dout);
  }
}

function paddingOf(p: number | number[] | string | undefined): Padding {
  return p === undefined ? 'valid' : (p as Padding);
}

/** Builds the tiled layer a case describes, and the reference computation for one sample. */
function setUp(c: Case, maxBatch: number, ws: Workspace): { layer: Layer; inShape: number[]; reference: (x: Nested, dy: Nested, params: Param[]) => SampleResult } {
  const inShape = (c.x ?? [c.n]) as number[];
  const { kind, alpha } = activationOf(c);
  if (c.k !== undefined) {
    const opts = { filters: c.f as number, kernel: c.k as Pair, stride: (c.s ?? 1) as Pair, dilation: (c.d ?? 1) as Pair, padding: paddingOf(c.p) };
    const layer = new Conv2DLayer('conv', inShape, { ...opts, activation: kind, alpha }, maxBatch, ws);
    const refOpts = { stride: opts.stride, dilation: opts.dilation, padding: opts.padding };
    return {
      layer, inShape,
      reference: (x, dy, [w, b]) => {
        const weights = nest(w.value, w.shape) as Tensor4;
        const bias = Array.from(b.value);
        const z = ref.conv2d(x as Tensor3, weights, bias, refOpts).output;
        const dz = refActivation(kind, alpha, z, dy) as Tensor3;
        const g = ref.conv2dBackward(x as Tensor3, weights, dz, refOpts);
        return { output: refActivation(kind, alpha, z), dinput: g.dinput, dparams: [g.dweights, g.dbias] };
      },
    };
  }
  if (c.pool !== undefined) {
    const countPadding = c.count === 1;
    const opts = { mode: c.pool as 'max' | 'avg', size: c.size as Pair, stride: (c.s ?? c.size) as Pair, padding: paddingOf(c.p), countPadding };
    return {
      layer: new Pool2DLayer('pool', inShape, opts, maxBatch, ws), inShape,
      reference: (x, dy) => ({
        output: ref.pool2d(x as Tensor3, { ...opts, trace: false }).output,
        dinput: ref.pool2dBackward(x as Tensor3, dy as Tensor3, opts),
        dparams: [],
      }),
    };
  }
  if (c.units !== undefined) {
    const layer = new DenseLayer('dense', c.n as number, { units: c.units as number, activation: kind, alpha }, maxBatch, ws);
    return {
      layer, inShape,
      reference: (x, dy, [w, b]) => {
        const weights = nest(w.value, w.shape) as Matrix;
        const z = ref.dense(x as Vector, weights, Array.from(b.value)).output;
        const dz = refActivation(kind, alpha, z, dy) as Vector;
        const g = ref.denseBackward(x as Vector, weights, dz);
        return { output: refActivation(kind, alpha, z), dinput: g.dinput, dparams: [g.dweights, g.dbias] };
      },
    };
  }
  if (c.gap !== undefined) {
    return {
      layer: new GlobalAveragePool2DLayer('gap', inShape, maxBatch, ws), inShape,
      reference: (x, dy) => ({
        output: ref.globalPool2d(x as Tensor3, 'avg').output,
        dinput: ref.globalPool2dBackward(x as Tensor3, dy as Vector, 'avg'),
        dparams: [],
      }),
    };
  }
  if (c.zpad !== undefined) {
    const [top, bottom, left, right] = c.zpad as number[];
    const pads = { top, bottom, left, right };
    return {
      layer: new ZeroPadding2DLayer('zero_padding2d', inShape, pads, maxBatch, ws), inShape,
      reference: (x, dy) => {
        const [, h, w] = inShape;
        // The gradient of padding is the interior of dy.
        const dinput = (dy as Tensor3).map((plane) => plane.slice(top, top + h).map((row) => row.slice(left, left + w)));
        return { output: ref.pad2d(x as Tensor3, pads), dinput, dparams: [] };
      },
    };
  }
  if (c.act !== undefined) {
    return {
      layer: new ActivationLayer('activation', inShape, kind, alpha, maxBatch, ws), inShape,
      reference: (x, dy) => ({ output: refActivation(kind, alpha, x), dinput: refActivation(kind, alpha, x, dy), dparams: [] }),
    };
  }
  throw new Error(`case ${JSON.stringify(c)} names no layer`);
}

/** One layer's forward output, input gradient and parameters (with their grads) on one backend, from a seed. */
function runCase(c: Case, seed: number, backend: KernelBackend) {
  const rng = createRng(seed);
  const batch = (c.b as number | undefined) ?? 2 + (seed % 2);
  const ws = testWorkspace(backend);
  const { layer, inShape, reference } = setUp(c, batch + 1, ws);
  const params = bindRandom(layer, rng, 0.5, ws.alloc);
  const inSize = inShape.reduce((a, b) => a * b, 1);
  const outSize = layer.outShape.reduce((a, b) => a * b, 1);
  // Inputs in the workspace (the WebAssembly kernels read only their own memory), one sample more than used.
  const x = copyInto(ws, randomArray(rng, batch * inSize, 2), inSize);
  const dy = copyInto(ws, randomArray(rng, batch * outSize), outSize);
  const y = layer.forward(x, batch, 'train').slice(0, batch * outSize);
  const dx = layer.backward(dy, batch, true).slice(0, batch * inSize);
  return { batch, layer, inShape, reference, params, inSize, outSize, x, dy, y, dx };
}

function checkCase(text: string, seed: number, backend: KernelBackend): void {
  const c = parseCase(text);
  const { batch, layer, inShape, reference, params, inSize, outSize, x, dy, y, dx } = runCase(c, seed, backend);
  if (backend !== JS_BACKEND) {
    const js = runCase(c, seed, JS_BACKEND);
    expectAllClose(y, js.y, 1e-5, `${text}: output vs JavaScript kernels`);
    expectAllClose(dx, js.dx, 1e-5, `${text}: dinput vs JavaScript kernels`);
    params.forEach((p, k) => expectAllClose(p.grad, js.params[k].grad, 1e-5, `${text}: grad of ${p.name} vs JavaScript kernels`));
  }
  const expectedParams = params.map((p) => new Float64Array(p.value.length));
  for (let s = 0; s < batch; s++) {
    const r = reference(nest(x, inShape, s * inSize), nest(dy, layer.outShape, s * outSize), params);
    expectAllClose(y.subarray(s * outSize, (s + 1) * outSize), flat(r.output), TOL, `${text}: output of sample ${s}`);
    expectAllClose(dx.subarray(s * inSize, (s + 1) * inSize), flat(r.dinput), TOL, `${text}: dinput of sample ${s}`);
    r.dparams.forEach((g, k) => flat(g).forEach((v, i) => (expectedParams[k][i] += v)));
  }
  params.forEach((p, k) => expectAllClose(p.grad, expectedParams[k], TOL, `${text}: grad of ${p.name}`));
}

const CASES = [
  // convolution
  'x=[2,7,7] k=3 f=4 s=2 p=same',
  'x=[3,9,8] k=[3,2] f=2 s=1 p=1',
  'x=[1,28,28] k=5 f=6 p=same act=relu',
  'x=[6,14,14] k=5 f=16 p=valid act=relu',
  'x=[2,10,9] k=3 f=5 s=[2,1] d=2 p=valid act=tanh',
  'x=[3,6,6] k=1 f=3',
  'x=[2,8,8] k=3 f=3 s=3 d=2 p=same act=sigmoid',
  'x=[1,5,6] k=2 f=7 s=[1,2] p=full act=leakyRelu a=0.3',
  'x=[4,4,4] k=4 f=1 p=valid',
  'x=[2,6,5] k=[1,3] f=9 s=2 p=2',
  // shapes aimed at the WebAssembly tiles: 4 filters × 2 rows × 4 columns forward, 2 filters ×
  // 4 taps for dW; leftover filters, an odd last row, partial column vectors, dilation
  'x=[5,13,11] k=3 f=17 p=1 act=relu',
  'x=[3,11,10] k=3 f=5 d=2 p=same act=relu',
  'x=[2,9,13] k=[2,4] f=6 d=[1,2] p=valid',
  'x=[2,6,7] k=4 f=3 p=same',
  'x=[1,3,2] k=3 f=2 p=full',
  // pooling
  'x=[2,6,6] pool=max size=2 s=2',
  'x=[2,7,5] pool=max size=2 s=2',
  'x=[3,7,7] pool=avg size=3 s=2',
  'x=[2,5,5] pool=max size=2 s=2 p=same',
  'x=[2,5,5] pool=avg size=2 s=2 p=same',
  'x=[1,6,7] pool=avg size=3 s=2 p=1 count=1',
  'x=[2,8,6] pool=max size=[3,2] s=[2,1]',
  'x=[3,4,4] pool=max size=2 s=1',
  'x=[3,16,18] pool=max size=2 s=2',
  'x=[2,9,11] pool=max size=2 s=2',
  // dense
  'n=17 units=5',
  'n=400 units=120 act=relu',
  'n=84 units=10',
  'n=7 units=13 act=tanh',
  'n=3 units=2 act=sigmoid',
  'n=9 units=6 act=leakyRelu a=0.1',
  'n=37 units=9 act=relu b=7',
  // element-wise and reshaping layers
  'x=[2,3,4] act=relu',
  'x=[2,3,4] act=leakyRelu a=0.3',
  'x=[2,3,4] act=tanh',
  'x=[2,3,4] act=sigmoid',
  'x=[3,4,5] gap=1',
  'x=[2,3,3] zpad=[1,2,0,3]',
];

const BACKENDS = KERNEL_BACKENDS.map((backend) => [backend.info.kind, backend] as const);

describe.each(BACKENDS)('tiled layers agree with the reference engine (%s kernels)', (_, backend) => {
  CASES.forEach((text, i) => it(text, () => checkCase(text, 100 + i, backend)));
});

describe.each(BACKENDS)('randomized convolution and pooling shapes agree with the reference engine (%s kernels)', (_, backend) => {
  const rng = createRng(2024);
  for (let trial = 0; trial < 12; trial++) {
    const channels = rng.int(1, 4), h = rng.int(3, 11), w = rng.int(3, 11);
    const k = rng.int(1, Math.min(4, h, w)), s = rng.int(1, 3), d = k > 1 && h >= 2 * k && w >= 2 * k ? rng.int(1, 2) : 1;
    const p = rng.pick(['valid', 'same', '1', '0']);
    // Stride 1 in one trial of two, so the WebAssembly conv kernels (which need a horizontal stride of 1) get their share.
    const stride = trial % 2 === 0 ? 1 : s;
    const conv = `x=[${channels},${h},${w}] k=${k} f=${rng.int(1, 9)} s=${stride} d=${d} p=${p} act=${rng.pick(['linear', 'relu', 'tanh'])}`;
    it(conv, () => checkCase(conv, 500 + trial, backend));
    const size = rng.int(1, Math.min(3, h, w));
    const pool = `x=[${channels},${h},${w}] pool=${rng.pick(['max', 'avg'])} size=${size} s=${rng.int(1, 3)} p=${rng.pick(['valid', 'same'])}`;
    it(pool, () => checkCase(pool, 700 + trial, backend));
  }
});
