/**
 * Argument checks shared by the shape and parameter functions. They throw a RangeError
 * whose message is a plain sentence a student can act on; summary() adds the layer's
 * index and name by wrapping it in a LayerConfigError.
 */
import type { ActivationName, IntOrPair, PaddingName } from './types';

const ACTIVATIONS: readonly ActivationName[] = ['linear', 'relu', 'tanh', 'sigmoid', 'softmax', 'leakyRelu'];

/** Prints a bad value readably (strings quoted, arrays bracketed, undefined as "nothing"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function requirePositiveInteger(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a positive integer, got ${describeValue(value)}`);
  }
  return value;
}

export function requireNonNegativeInteger(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${describeValue(value)}`);
  }
  return value;
}

/** A Keras int-or-tuple argument as [rows, cols]; without a fallback the argument is required. */
export function positivePair(what: string, value: IntOrPair | undefined, fallback?: number): [number, number] {
  const raw: unknown = value ?? fallback;
  if (typeof raw === 'number') {
    requirePositiveInteger(what, raw);
    return [raw, raw];
  }
  if (!Array.isArray(raw) || raw.length !== 2) {
    throw new RangeError(`${what} must be a number or a pair [rows, cols], got ${describeValue(raw)}`);
  }
  return [requirePositiveInteger(`${what} (rows)`, raw[0]), requirePositiveInteger(`${what} (cols)`, raw[1])];
}

/** Keras's padding argument of convolution and pooling layers; 'valid' when left out. */
export function paddingName(value: unknown): PaddingName {
  if (value === undefined) return 'valid';
  if (value === 'valid' || value === 'same') return value;
  throw new RangeError(`padding must be 'valid' or 'same', got ${describeValue(value)}`);
}

/** An activation name, or undefined (Keras's linear default). */
export function requireActivation(value: unknown): void {
  if (value !== undefined && !ACTIVATIONS.includes(value as ActivationName)) {
    throw new RangeError(`unknown activation ${describeValue(value)}; use one of ${ACTIVATIONS.join(', ')}`);
  }
}

/** Keras refuses a stride above 1 together with a dilation above 1 on the same axis. */
export function requireStrideOrDilation(strides: number[], dilations: number[]): void {
  if (strides.some((s) => s > 1) && dilations.some((d) => d > 1)) {
    throw new RangeError('a stride above 1 cannot be combined with a dilation rate above 1');
  }
}

/** A shape without the batch axis: one to three positive integer sizes. */
export function requireShape(shape: unknown): number[] {
  if (!Array.isArray(shape) || shape.length === 0) {
    throw new RangeError(`the input shape must list at least one size, got ${describeValue(shape)}`);
  }
  shape.forEach((size) => requirePositiveInteger('every size in the input shape', size));
  return shape as number[];
}
