/** The tiled conv and pooling layers against PyTorch (test/fixtures/torch-reference.json) at Float32 tolerance. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import type { Nested, Padding } from '../../../src/reference';
import { Conv2DLayer } from '../../../src/tiled/conv2d';
import type { Param } from '../../../src/tiled/layer';
import { Pool2DLayer } from '../../../src/tiled/pool';
import { expectAllClose, flat } from './helpers';

interface Fixture {
  id: string;
  op: string;
  options: { stride?: number | [number, number]; padding?: Padding; dilation?: number | [number, number]; mode?: 'max' | 'avg'; size?: number };
  input: Nested; weights?: Nested; bias?: number[]; output: Nested; dout: Nested;
  dinput: Nested; dweights?: Nested; dbias?: number[];
}

const fixtures = (JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/torch-reference.json'), 'utf8')) as { cases: Fixture[] }).cases;
const TOL = 1e-4;

const shapeOf = (x: Nested): number[] => (Array.isArray(x) ? [x.length, ...shapeOf(x[0])] : []);
const f32 = (x: Nested): Float32Array => Float32Array.from(flat(x));

/** The fixture's sample twice: batch 2, so batch offsets are exercised too. */
const twice = (x: Nested): Float32Array => {
  const one = f32(x);
  const two = new Float32Array(2 * one.length);
  two.set(one);
  two.set(one, one.length);
  return two;
};

function checkConv(c: Fixture): void {
  const inShape = shapeOf(c.input);
  const [filters, , kh, kw] = shapeOf(c.weights!);
  const layer = new Conv2DLayer('conv', inShape, {
    filters, kernel: [kh, kw], stride: c.options.stride, dilation: c.options.dilation, padding: c.options.padding,
  }, 2);
  const w = f32(c.weights!), b = Float32Array.from(c.bias!);
  const params: Param[] = [
    { name: 'k', shape: [], value: w, grad: new Float32Array(w.length), decay: true },
    { name: 'b', shape: [], value: b, grad: new Float32Array(b.length), decay: false },
  ];
  layer.bind(params);
  const y = layer.forward(twice(c.input), 2, 'train');
  const out = f32(c.output);
  expectAllClose(y.subarray(0, out.length), out, TOL, `${c.id} output`);
  expectAllClose(y.subarray(out.length, 2 * out.length), out, TOL, `${c.id} output of sample 2`);
  const dx = layer.backward(twice(c.dout), 2, true);
  const din = f32(c.dinput);
  expectAllClose(dx.subarray(0, din.length), din, TOL, `${c.id} dinput`);
  // Two identical samples: the parameter gradients are twice PyTorch's.
  expectAllClose(params[0].grad, flat(c.dweights!).map((v) => 2 * v), TOL, `${c.id} dweights`);
  expectAllClose(params[1].grad, c.dbias!.map((v) => 2 * v), TOL, `${c.id} dbias`);
}

function checkPool(c: Fixture): void {
  const layer = new Pool2DLayer('pool', shapeOf(c.input), {
    mode: c.options.mode!, size: c.options.size!, stride: c.options.stride, padding: c.options.padding,
  }, 2);
  const y = layer.forward(twice(c.input), 2, 'train');
  const out = f32(c.output);
  expectAllClose(y.subarray(0, out.length), out, TOL, `${c.id} output`);
  const dx = layer.backward(twice(c.dout), 2, true);
  const din = f32(c.dinput);
  expectAllClose(dx.subarray(din.length, 2 * din.length), din, TOL, `${c.id} dinput`);
}

describe('PyTorch fixtures', () => {
  const conv = fixtures.filter((c) => c.op === 'conv2d');
  const pool = fixtures.filter((c) => c.op === 'pool2d');
  it('include conv2d and pool2d cases', () => {
    expectAllClose([conv.length > 5 ? 1 : 0, pool.length > 5 ? 1 : 0], [1, 1], 0, 'fixture counts');
  });
  conv.forEach((c) => it(`${c.id} (${JSON.stringify(c.options)})`, () => checkConv(c)));
  pool.forEach((c) => it(`${c.id} (${JSON.stringify(c.options)})`, () => checkPool(c)));
});
