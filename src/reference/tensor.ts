/**
 * Shape helpers and input validation for the reference engine.
 * Messages are shown to students inside the elements, so they say plainly what is wrong
 * and where (indices count from 0, like the positions in a trace).
 */
import type { Matrix, Tensor3, Tensor4, Vector } from './types';

/** A number or an arbitrarily nested array of numbers. */
export type Nested = number | Nested[];

/** A zero-filled array of the given shape, e.g. zeros([2, 3]) → [[0,0,0],[0,0,0]]. */
export function zeros(shape: readonly number[]): Nested {
  if (shape.length === 0) return 0;
  const [length, ...rest] = shape;
  return Array.from({ length }, () => zeros(rest));
}
export const zeros1 = (n: number): Vector => zeros([n]) as Vector;
export const zeros2 = (rows: number, cols: number): Matrix => zeros([rows, cols]) as Matrix;
export const zeros3 = (c: number, h: number, w: number): Tensor3 => zeros([c, h, w]) as Tensor3;
export const zeros4 = (a: number, b: number, h: number, w: number): Tensor4 => zeros([a, b, h, w]) as Tensor4;

/** Shape of a regular nested array, read along its first elements ([] for a number). */
export function shapeOf(x: Nested): number[] {
  const shape: number[] = [];
  let level: Nested = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

/** "2×3×4", the way shapes appear in messages. */
export const shapeText = (shape: readonly number[]): string => shape.join('×');

/**
 * Checks that x is a regular, non-empty nested array of finite numbers.
 * `levels` names what each level holds, outermost first, e.g. ['channel', 'row', 'value']:
 * the last name is always the numbers themselves.
 */
export function checkNested(x: unknown, name: string, levels: readonly string[]): void {
  const expected: number[] = [];
  const visit = (node: unknown, depth: number, where: string): void => {
    const what = levels[depth];
    if (depth === levels.length) {
      if (typeof node !== 'number') throw new Error(`${where} is not a number (got ${describe(node)})`);
      if (!Number.isFinite(node)) throw new Error(`${where} is not a finite number (got ${node})`);
      return;
    }
    if (!Array.isArray(node)) throw new Error(`${where} must be a list of ${what}s (got ${describe(node)})`);
    if (node.length === 0) throw new Error(`${where} has no ${what}s`);
    const count = (n: number): string => `${n} ${what}${n === 1 ? '' : 's'}`;
    if (expected[depth] === undefined) expected[depth] = node.length;
    if (node.length !== expected[depth]) {
      throw new Error(`${where} has ${count(node.length)}, expected ${expected[depth]}`);
    }
    const separator = where === name ? ' ' : ', ';
    node.forEach((child, i) => visit(child, depth + 1, `${where}${separator}${what} ${i}`));
  };
  visit(x, 0, name);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  return String(value);
}

export function checkVector(x: unknown, name: string): asserts x is Vector {
  checkNested(x, name, ['value']);
}
export function checkMatrix(x: unknown, name: string): asserts x is Matrix {
  checkNested(x, name, ['row', 'value']);
}
export function checkTensor3(x: unknown, name: string): asserts x is Tensor3 {
  checkNested(x, name, ['channel', 'row', 'value']);
}
/** `outer` names the two outer axes: ['filter', 'channel'] for conv weights [Cout][Cin][Kh][Kw]. */
export function checkTensor4(
  x: unknown,
  name: string,
  outer: [string, string] = ['filter', 'channel'],
): asserts x is Tensor4 {
  checkNested(x, name, [...outer, 'row', 'value']);
}

/** What each level of a rank-n array holds, for messages: [..., 'channel', 'row', 'value']. */
function levelNames(rank: number): string[] {
  const levels = ['channel', 'row', 'value'].slice(-rank);
  while (levels.length < rank) levels.unshift('block');
  return rank === 0 ? [] : levels;
}

/** Any number or regular nested array of finite numbers (what activations accept). */
export function checkNumbers(x: unknown, name: string): asserts x is Nested {
  checkNested(x, name, levelNames(shapeOf(x as Nested).length));
}

/** A gradient (or any array) that must have exactly the given shape. */
export function checkShape(x: unknown, name: string, shape: readonly number[]): void {
  checkNested(x, name, levelNames(shape.length));
  const actual = shapeOf(x as Nested);
  if (actual.join() !== shape.join()) {
    throw new Error(`${name} has shape ${shapeText(actual)}, expected ${shapeText(shape)}`);
  }
}

export function checkPositiveInteger(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`${what} must be a positive integer, got ${describe(value)}`);
  }
}

export function checkNonNegativeInteger(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Error(`${what} must be a non-negative integer, got ${describe(value)}`);
  }
}

/** A number, or a pair of numbers for (rows, columns), each a positive integer. */
export function positivePair(value: unknown, what: string): [number, number] {
  const [a, b] = Array.isArray(value) ? value : [value, value];
  if (Array.isArray(value) && value.length !== 2) {
    throw new Error(`${what} must be a number or a pair [rows, columns], got ${value.length} numbers`);
  }
  checkPositiveInteger(a, what);
  checkPositiveInteger(b, what);
  return [a, b];
}

export function nonNegativePair(value: unknown, what: string): [number, number] {
  const [a, b] = Array.isArray(value) ? value : [value, value];
  if (Array.isArray(value) && value.length !== 2) {
    throw new Error(`${what} must be a number or a pair [rows, columns], got ${value.length} numbers`);
  }
  checkNonNegativeInteger(a, what);
  checkNonNegativeInteger(b, what);
  return [a, b];
}

/** Bias of a layer with `count` output channels or units; missing means zeros. */
export function checkBias(bias: unknown, count: number, unit: string): Vector {
  if (bias === undefined) return zeros1(count);
  checkVector(bias, 'bias');
  if (bias.length !== count) throw new Error(`bias has ${bias.length} values but there are ${count} ${unit}`);
  return bias;
}
