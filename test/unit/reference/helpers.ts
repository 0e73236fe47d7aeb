/** Shared helpers for the reference engine's tests: nested comparison, fixtures, gradient checks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Nested } from '../../../src/reference';

/** Options as the fixtures spell them (see shared/fixtures/README.md); which are present depends on op. */
export interface FixtureOptions {
  stride?: number | [number, number];
  padding?: 'valid' | 'same' | 'full' | number;
  dilation?: number | [number, number];
  pads?: { top?: number; bottom?: number; left: number; right: number };
  mode?: 'max' | 'avg';
  size?: number;
  outputPadding?: number;
}

export interface FixtureCase {
  id: string;
  op: 'conv2d' | 'conv1d' | 'pool2d' | 'convTranspose2d' | 'convTranspose1d';
  options: FixtureOptions;
  input: Nested;
  weights?: Nested;
  bias?: number[];
  output: Nested;
  dout?: Nested;
  dinput?: Nested;
  dweights?: Nested;
  dbias?: number[];
}

export function loadFixtures(): FixtureCase[] {
  const path = resolve(__dirname, '../../fixtures/torch-reference.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: FixtureCase[] }).cases;
}

/** Asserts two nested arrays have the same shape and agree to `tolerance` everywhere. */
export function expectClose(actual: Nested, expected: Nested, tolerance = 1e-9, where = 'value'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${where} should be an array`).toBe(true);
    const list = actual as Nested[];
    expect(list.length, `${where} length`).toBe(expected.length);
    expected.forEach((item, i) => expectClose(list[i], item, tolerance, `${where}[${i}]`));
    return;
  }
  expect(typeof actual, where).toBe('number');
  const difference = Math.abs((actual as number) - expected);
  expect(difference, `${where}: got ${actual as number}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Every number of a nested array, row-major. */
export function leaves(x: Nested): number[] {
  return Array.isArray(x) ? x.flatMap(leaves) : [x];
}

/** Σ a·b over two nested arrays of the same shape: the loss L = Σ output · dout. */
export function dot(a: Nested, b: Nested): number {
  const x = leaves(a);
  const y = leaves(b);
  expect(x.length).toBe(y.length);
  return x.reduce((sum, value, i) => sum + value * y[i], 0);
}

/**
 * Centred differences: nudges every number of `tensor` in place by ±h, evaluates `loss`,
 * and returns (L(x+h) − L(x−h)) / 2h for each, in the nested shape of `tensor`.
 */
export function numericGradient(tensor: Nested[], loss: () => number, h = 1e-5): Nested[] {
  return tensor.map((item, i) => {
    if (Array.isArray(item)) return numericGradient(item, loss, h);
    const original = item;
    tensor[i] = original + h;
    const plus = loss();
    tensor[i] = original - h;
    const minus = loss();
    tensor[i] = original;
    return (plus - minus) / (2 * h);
  });
}

/**
 * Compares an analytic gradient with the centred-difference one for the same tensor.
 * Tolerance is relative to the gradient's size, since rounding grows with it.
 */
export function expectGradient(tensor: Nested[], loss: () => number, analytic: Nested, tolerance = 1e-6): void {
  const numeric = numericGradient(tensor, loss);
  const scale = Math.max(1, ...leaves(numeric).map(Math.abs));
  expectClose(analytic, numeric, tolerance * scale, 'gradient');
}

/** Deterministic pseudo-random values in [−1, 1) for gradient checks (continuous, so ties are unlikely). */
export function randomNested(shape: number[], next: () => number): Nested {
  if (shape.length === 0) return next() * 2 - 1;
  const [length, ...rest] = shape;
  return Array.from({ length }, () => randomNested(rest, next));
}
