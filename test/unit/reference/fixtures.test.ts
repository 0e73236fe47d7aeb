/** Agreement with PyTorch 1.13 (float64) on every case of test/fixtures/torch-reference.json, to 1e-9. */
import { describe, expect, it } from 'vitest';
import {
  conv1d,
  conv1dBackward,
  conv2d,
  conv2dBackward,
  convTranspose1d,
  convTranspose2d,
  convTranspose2dBackward,
  pool2d,
  pool2dBackward,
  type Matrix,
  type PoolOptions,
  type Tensor3,
  type Tensor4,
} from '../../../src/reference';
import { expectClose, loadFixtures, type FixtureCase } from './helpers';

const cases = loadFixtures();
const TOLERANCE = 1e-9;

function expectGradients(actual: { dinput: unknown; dweights?: unknown; dbias?: unknown }, c: FixtureCase): void {
  expectClose(actual.dinput as Tensor3, c.dinput!, TOLERANCE, 'dinput');
  if (c.dweights) expectClose(actual.dweights as Tensor4, c.dweights, TOLERANCE, 'dweights');
  if (c.dbias) expectClose(actual.dbias as number[], c.dbias, TOLERANCE, 'dbias');
}

function conv2dCase(c: FixtureCase): void {
  const { stride, padding, dilation, pads } = c.options;
  const options = { stride, padding, dilation };
  const input = c.input as Tensor3;
  const weights = c.weights as Tensor4;
  const { output, steps } = conv2d(input, weights, c.bias, options);
  expectClose(output, c.output, TOLERANCE, 'output');
  // The first window starts at minus the padding PyTorch was given (checks 'same' resolution).
  expect(steps[0].window.row).toBe(0 - pads!.top!);
  expect(steps[0].window.col).toBe(0 - pads!.left);
  expectGradients(conv2dBackward(input, weights, c.dout as Tensor3, options), c);
}

function conv1dCase(c: FixtureCase): void {
  const { stride, padding, dilation, pads } = c.options;
  const options = { stride: stride as number, padding, dilation: dilation as number };
  const input = c.input as Matrix;
  const weights = c.weights as Tensor3;
  const { output, steps } = conv1d(input, weights, c.bias, options);
  expectClose(output, c.output, TOLERANCE, 'output');
  expect(steps[0].window.start).toBe(0 - pads!.left);
  expectGradients(conv1dBackward(input, weights, c.dout as Matrix, options), c);
}

function pool2dCase(c: FixtureCase): void {
  const { mode, size, stride, padding } = c.options;
  const options: PoolOptions = { mode: mode!, size: size!, stride, padding };
  const input = c.input as Tensor3;
  expectClose(pool2d(input, options).output, c.output, TOLERANCE, 'output');
  expectGradients({ dinput: pool2dBackward(input, c.dout as Tensor3, options) }, c);
}

function convTranspose2dCase(c: FixtureCase): void {
  const { stride, padding, outputPadding } = c.options;
  const options = { stride, padding: padding as number, outputPadding };
  const input = c.input as Tensor3;
  const weights = c.weights as Tensor4;
  expectClose(convTranspose2d(input, weights, c.bias, options).output, c.output, TOLERANCE, 'output');
  expectGradients(convTranspose2dBackward(input, weights, c.dout as Tensor3, options), c);
}

function convTranspose1dCase(c: FixtureCase): void {
  const { stride, padding, outputPadding } = c.options;
  const options = { stride: stride as number, padding: padding as number, outputPadding };
  const { output } = convTranspose1d(c.input as Matrix, c.weights as Tensor3, c.bias, options);
  expectClose(output, c.output, TOLERANCE, 'output');
}

const runners: Record<FixtureCase['op'], (c: FixtureCase) => void> = {
  conv2d: conv2dCase,
  conv1d: conv1dCase,
  pool2d: pool2dCase,
  convTranspose2d: convTranspose2dCase,
  convTranspose1d: convTranspose1dCase,
};

describe('torch-reference.json', () => {
  it('holds the 48 documented cases, with gradients except for convTranspose1d', () => {
    expect(cases).toHaveLength(48);
    for (const c of cases) expect(c.dinput !== undefined, c.id).toBe(c.op !== 'convTranspose1d');
  });
  for (const c of cases) {
    it(`${c.id} ${JSON.stringify(c.options)}`, () => runners[c.op](c));
  }
});
