/**
 * Centred-difference checks of every backward pass: for L = Σ output · dout (or the loss
 * itself), nudging each input, weight and bias by ±h must move L as the analytic gradient says.
 */
import { describe, it } from 'vitest';
import { createRng } from '../../../src/random';
import {
  conv1d,
  conv1dBackward,
  conv2d,
  conv2dBackward,
  convTranspose1d,
  convTranspose1dBackward,
  convTranspose2d,
  convTranspose2dBackward,
  dense,
  denseBackward,
  globalPool2d,
  globalPool2dBackward,
  leakyRelu,
  leakyReluBackward,
  pool2d,
  pool2dBackward,
  relu,
  reluBackward,
  sigmoid,
  sigmoidBackward,
  softmax,
  softmaxBackward,
  softmaxCrossEntropy,
  tanh,
  tanhBackward,
  type Conv1dOptions,
  type Conv2dOptions,
  type ConvTranspose1dOptions,
  type ConvTranspose2dOptions,
  type Matrix,
  type Nested,
  type PoolOptions,
  type Tensor3,
  type Tensor4,
  type Vector,
} from '../../../src/reference';
import { dot, expectGradient, randomNested } from './helpers';

/** Each test gets its own seeded generator, so failures reproduce. */
function randomFor(seed: string): <T extends Nested>(shape: number[]) => T {
  const rng = createRng(seed);
  return <T extends Nested>(shape: number[]) => randomNested(shape, rng.next) as T;
}

describe('conv2d backward', () => {
  const configs: [string, number[], number[], Conv2dOptions][] = [
    ['valid', [2, 5, 5], [3, 2, 3, 3], {}],
    ['stride 2, same', [2, 6, 7], [2, 2, 3, 3], { stride: 2, padding: 'same' }],
    ['padding 1, dilation 2', [1, 7, 6], [2, 1, 3, 2], { padding: 1, dilation: 2 }],
    ['stride [1,2], full', [2, 4, 5], [1, 2, 2, 3], { stride: [1, 2], padding: 'full' }],
    ['explicit pads, flip', [3, 5, 4], [2, 3, 3, 3], { padding: { top: 0, bottom: 2, left: 1, right: 0 }, flip: true }],
  ];
  for (const [name, inputShape, weightShape, options] of configs) {
    it(name, () => {
      const random = randomFor(`conv2d ${name}`);
      const input = random<Tensor3>(inputShape);
      const weights = random<Tensor4>(weightShape);
      const bias = random<Vector>([weightShape[0]]);
      const out = conv2d(input, weights, bias, options).output;
      const dout = random<Tensor3>([out.length, out[0].length, out[0][0].length]);
      const loss = (): number => dot(conv2d(input, weights, bias, options).output, dout);
      const grads = conv2dBackward(input, weights, dout, options);
      expectGradient(input, loss, grads.dinput);
      expectGradient(weights, loss, grads.dweights);
      expectGradient(bias, loss, grads.dbias);
    });
  }
});

describe('conv1d backward', () => {
  const configs: [string, Conv1dOptions][] = [
    ['valid', {}],
    ['stride 2, same', { stride: 2, padding: 'same' }],
    ['dilation 2, full, flip', { dilation: 2, padding: 'full', flip: true }],
    ['explicit pads', { padding: { left: 2, right: 0 } }],
  ];
  for (const [name, options] of configs) {
    it(name, () => {
      const random = randomFor(`conv1d ${name}`);
      const input = random<Matrix>([2, 9]);
      const weights = random<Tensor3>([3, 2, 3]);
      const bias = random<Vector>([3]);
      const out = conv1d(input, weights, bias, options).output;
      const dout = random<Matrix>([out.length, out[0].length]);
      const loss = (): number => dot(conv1d(input, weights, bias, options).output, dout);
      const grads = conv1dBackward(input, weights, dout, options);
      expectGradient(input, loss, grads.dinput);
      expectGradient(weights, loss, grads.dweights);
      expectGradient(bias, loss, grads.dbias);
    });
  }
});

describe('pool2d backward', () => {
  const configs: [string, PoolOptions][] = [
    ['max 2×2', { mode: 'max', size: 2 }],
    ['max 3×3 stride 2 (overlapping)', { mode: 'max', size: 3, stride: 2 }],
    ['max same', { mode: 'max', size: [2, 3], padding: 'same' }],
    ['avg 2×2', { mode: 'avg', size: 2 }],
    ['avg 3×3 stride 1 padding 1', { mode: 'avg', size: 3, stride: 1, padding: 1 }],
    ['avg same without padding in the divisor', { mode: 'avg', size: 2, padding: 'same', countPadding: false }],
  ];
  for (const [name, options] of configs) {
    it(name, () => {
      const random = randomFor(`pool ${name}`);
      const input = random<Tensor3>([2, 5, 5]);
      const out = pool2d(input, options).output;
      const dout = random<Tensor3>([out.length, out[0].length, out[0][0].length]);
      const loss = (): number => dot(pool2d(input, options).output, dout);
      expectGradient(input, loss, pool2dBackward(input, dout, options));
    });
  }
  for (const mode of ['max', 'avg'] as const) {
    it(`global ${mode}`, () => {
      const random = randomFor(`global ${mode}`);
      const input = random<Tensor3>([3, 4, 5]);
      const dout = random<Vector>([3]);
      const loss = (): number => dot(globalPool2d(input, mode).output, dout);
      expectGradient(input, loss, globalPool2dBackward(input, dout, mode));
    });
  }
});

describe('transposed convolution backward', () => {
  const configs2d: [string, ConvTranspose2dOptions][] = [
    ['stride 1', {}],
    ['stride 2, padding 1, output padding 1', { stride: 2, padding: 1, outputPadding: 1 }],
    ['stride [3,2], padding [1,0], dilation 2', { stride: [3, 2], padding: [1, 0], dilation: 2 }],
  ];
  for (const [name, options] of configs2d) {
    it(`2d ${name}`, () => {
      const random = randomFor(`convT2d ${name}`);
      const input = random<Tensor3>([2, 3, 4]);
      const weights = random<Tensor4>([2, 3, 3, 2]);
      const bias = random<Vector>([3]);
      const out = convTranspose2d(input, weights, bias, options).output;
      const dout = random<Tensor3>([out.length, out[0].length, out[0][0].length]);
      const loss = (): number => dot(convTranspose2d(input, weights, bias, options).output, dout);
      const grads = convTranspose2dBackward(input, weights, dout, options);
      expectGradient(input, loss, grads.dinput);
      expectGradient(weights, loss, grads.dweights);
      expectGradient(bias, loss, grads.dbias);
    });
  }
  const configs1d: [string, ConvTranspose1dOptions][] = [
    ['stride 2', { stride: 2 }],
    ['stride 3, padding 2, output padding 2', { stride: 3, padding: 2, outputPadding: 2 }],
    ['dilation 2, padding 1', { dilation: 2, padding: 1 }],
  ];
  for (const [name, options] of configs1d) {
    it(`1d ${name}`, () => {
      const random = randomFor(`convT1d ${name}`);
      const input = random<Matrix>([2, 5]);
      const weights = random<Tensor3>([2, 2, 3]);
      const bias = random<Vector>([2]);
      const out = convTranspose1d(input, weights, bias, options).output;
      const dout = random<Matrix>([out.length, out[0].length]);
      const loss = (): number => dot(convTranspose1d(input, weights, bias, options).output, dout);
      const grads = convTranspose1dBackward(input, weights, dout, options);
      expectGradient(input, loss, grads.dinput);
      expectGradient(weights, loss, grads.dweights);
      expectGradient(bias, loss, grads.dbias);
    });
  }
});

describe('dense backward', () => {
  it('input, weights and bias', () => {
    const random = randomFor('dense');
    const input = random<Vector>([6]);
    const weights = random<Matrix>([4, 6]);
    const bias = random<Vector>([4]);
    const dout = random<Vector>([4]);
    const loss = (): number => dot(dense(input, weights, bias).output, dout);
    const grads = denseBackward(input, weights, dout);
    expectGradient(input, loss, grads.dinput);
    expectGradient(weights, loss, grads.dweights);
    expectGradient(bias, loss, grads.dbias);
  });
});

describe('activation backward', () => {
  const elementwise: [string, (x: Matrix) => Matrix, (x: Matrix, d: Matrix) => Matrix][] = [
    ['relu', (x) => relu(x).output, reluBackward],
    ['leakyRelu (alpha 0.2)', (x) => leakyRelu(x, 0.2).output, (x, d) => leakyReluBackward(x, d, 0.2)],
    ['leakyRelu (default alpha)', (x) => leakyRelu(x).output, (x, d) => leakyReluBackward(x, d)],
    ['tanh', (x) => tanh(x).output, tanhBackward],
    ['sigmoid', (x) => sigmoid(x).output, sigmoidBackward],
  ];
  for (const [name, forward, backward] of elementwise) {
    it(name, () => {
      const random = randomFor(name);
      // Scaled up so the inputs cover both sides of 0 and sigmoid/tanh's curved parts.
      const input = random<Matrix>([3, 4]).map((row) => row.map((v) => 3 * v));
      const dout = random<Matrix>([3, 4]);
      const loss = (): number => dot(forward(input), dout);
      expectGradient(input, loss, backward(input, dout));
    });
  }
  it('softmax', () => {
    const random = randomFor('softmax');
    const input = random<Vector>([5]).map((v) => 4 * v);
    const dout = random<Vector>([5]);
    const loss = (): number => dot(softmax(input).output, dout);
    expectGradient(input, loss, softmaxBackward(input, dout));
  });
  it('softmax cross-entropy', () => {
    const random = randomFor('cross-entropy');
    const logits = random<Vector>([10]).map((v) => 5 * v);
    for (const label of [0, 3, 9]) {
      expectGradient(logits, () => softmaxCrossEntropy(logits, label).loss, softmaxCrossEntropy(logits, label).dlogits);
    }
  });
});
