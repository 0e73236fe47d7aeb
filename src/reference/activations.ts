/**
 * Element-wise activation functions on a number or any nested array of numbers, and their
 * gradients. Each element gives one step (its index, input and output).
 */
import type { ActivationStep, Traced } from './types';
import { checkNumbers, checkShape, shapeOf, type Nested } from './tensor';

/** relu(3) is typed number, not the literal 3. */
type Widen<T> = T extends number ? number : T;

/** Applies f to every number, keeping the nesting, and records one step per element. */
function mapTraced<T extends Nested>(x: T, f: (value: number) => number): Traced<Widen<T>, ActivationStep> {
  checkNumbers(x, 'input');
  const steps: ActivationStep[] = [];
  const visit = (node: Nested, index: number[]): Nested => {
    if (Array.isArray(node)) return node.map((child, i) => visit(child, [...index, i]));
    const output = f(node);
    steps.push({ index, input: node, output });
    return output;
  };
  return { output: visit(x, []) as Widen<T>, steps };
}

/** dinput = dout · f′(input), element by element; derivative(x) is f′ at the input x. */
function mapBackward<T extends Nested>(input: T, dout: Widen<T>, derivative: (value: number) => number): Widen<T> {
  checkNumbers(input, 'input');
  checkShape(dout, 'dout', shapeOf(input));
  const visit = (x: Nested, g: Nested): Nested =>
    Array.isArray(x) ? x.map((child, i) => visit(child, (g as Nested[])[i])) : (g as number) * derivative(x);
  return visit(input, dout) as Widen<T>;
}

const logistic = (x: number): number =>
  // Two algebraically equal forms, chosen so exp never overflows.
  x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));

/** max(0, x). */
export const relu = <T extends Nested>(x: T): Traced<Widen<T>, ActivationStep> => mapTraced(x, (v) => Math.max(0, v));
/** x for x > 0, alpha·x otherwise (PyTorch's default alpha 0.01; Keras's LeakyReLU uses 0.3). */
export const leakyRelu = <T extends Nested>(x: T, alpha = 0.01): Traced<Widen<T>, ActivationStep> =>
  mapTraced(x, (v) => (v > 0 ? v : alpha * v));
export const tanh = <T extends Nested>(x: T): Traced<Widen<T>, ActivationStep> => mapTraced(x, Math.tanh);
/** 1 / (1 + e^−x). */
export const sigmoid = <T extends Nested>(x: T): Traced<Widen<T>, ActivationStep> => mapTraced(x, logistic);

/** The slope is 1 for x > 0 and 0 otherwise (0 at x = 0 itself, as PyTorch). */
export const reluBackward = <T extends Nested>(input: T, dout: Widen<T>): Widen<T> => mapBackward(input, dout, (x) => (x > 0 ? 1 : 0));
export const leakyReluBackward = <T extends Nested>(input: T, dout: Widen<T>, alpha = 0.01): Widen<T> =>
  mapBackward(input, dout, (x) => (x > 0 ? 1 : alpha));
/** tanh′(x) = 1 − tanh²(x). */
export const tanhBackward = <T extends Nested>(input: T, dout: Widen<T>): Widen<T> =>
  mapBackward(input, dout, (x) => 1 - Math.tanh(x) ** 2);
/** σ′(x) = σ(x)·(1 − σ(x)). */
export const sigmoidBackward = <T extends Nested>(input: T, dout: Widen<T>): Widen<T> =>
  mapBackward(input, dout, (x) => logistic(x) * (1 - logistic(x)));
