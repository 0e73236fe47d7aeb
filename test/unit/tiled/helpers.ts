/** Shared helpers for the tiled engine's tests: case strings, random tensors, comparisons. */
import { expect } from 'vitest';
import { createRng, type Rng } from '../../../src/random';
import type { Nested } from '../../../src/reference';
import { heapAllocator } from '../../../src/tiled/allocators';
import type { Allocator } from '../../../src/tiled/kernels';
import type { Layer, Param } from '../../../src/tiled/layer';

/** Parses `x=[2,7,7] k=3 f=4 s=2 p=same pool=max` into { x: [2,7,7], k: 3, f: 4, s: 2, p: 'same', pool: 'max' }. */
export function parseCase(text: string): Record<string, number | number[] | string> {
  const out: Record<string, number | number[] | string> = {};
  for (const part of text.trim().split(/\s+/)) {
    const [key, raw] = part.split('=');
    if (raw === undefined) throw new Error(`case "${text}": "${part}" is not key=value`);
    out[key] = raw.startsWith('[') ? (JSON.parse(raw) as number[]) : Number.isNaN(Number(raw)) ? raw : Number(raw);
  }
  return out;
}

export function randomArray(rng: Rng, n: number, scale = 1): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = scale * (2 * rng.next() - 1);
  return a;
}

/** Nested [d0][d1]… float64 arrays from a flat buffer slice, e.g. one NCHW sample as [C][H][W]. */
export function nest(flat: ArrayLike<number>, shape: number[], offset = 0): Nested {
  if (shape.length === 0) return flat[offset];
  const [n, ...rest] = shape;
  const stride = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => nest(flat, rest, offset + i * stride));
}

export function flat(x: Nested): number[] {
  return Array.isArray(x) ? x.flatMap(flat) : [x];
}

/**
 * Gives a layer Params with random values (and zeroed grads), as Sequential would, allocated
 * where the layer's kernels need them (`alloc`: the layer's workspace; heap arrays by default).
 */
export function bindRandom(layer: Layer, rng: Rng, scale = 0.5, alloc: Allocator = heapAllocator): Param[] {
  const params = layer.paramSpecs.map((spec) => {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const value = alloc.f32(n);
    value.set(randomArray(rng, n, scale));
    return { name: spec.name, shape: spec.shape, value, grad: alloc.f32(n), decay: spec.decay };
  });
  layer.bind(params);
  return params;
}

/** |actual − expected| ≤ tol·max(1, |expected|) everywhere, with the first bad index in the message. */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, where: string): void {
  expect(actual.length, `${where} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const bound = tol * Math.max(1, Math.abs(expected[i]));
    if (!(Math.abs(actual[i] - expected[i]) <= bound)) {
      expect.fail(`${where}[${i}]: got ${actual[i]}, expected ${expected[i]} (tolerance ${bound})`);
    }
  }
}

export { createRng };
