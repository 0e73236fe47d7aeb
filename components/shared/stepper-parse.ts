/**
 * Attribute parsing for every stepper: text in, a typed value or a readable problem out.
 * Parsing only reads syntax (JSON, preset names, numbers, choices) and brings arrays to
 * the layout the reference engine takes; whether the values fit together (ragged rows,
 * kernel larger than the padded input, stride 0, channel mismatch) is the engine's
 * call, and its message is shown as is. Nothing here throws.
 */
import type { Padding, Tensor3, Tensor4 } from '../../src/reference/types';
import {
  EXAMPLE_B_KERNEL,
  EXAMPLE_C_FILTER,
  INPUT_PRESETS,
  KERNEL_PRESETS,
} from '../../src/presets';
import type { StepperKey } from '../../src/i18n/steppers';

/** What went wrong, as an i18n key (src/i18n/steppers.ts) plus its parameters. */
export interface StepperProblem {
  key: Extract<StepperKey, `error${string}`>;
  params: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: StepperProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (key: StepperProblem['key'], params: Record<string, string>): Parsed<never> => ({
  ok: false,
  problem: { key, params },
});

/** Wraps an engine (or any) exception as a problem to show; `detail` is its message. */
export function engineProblem(error: unknown): StepperProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'errorEngine', params: { detail } };
}

/** Nesting depth read along first elements: 7 → 0, [1] → 1, [[1]] → 2. */
function depthOf(value: unknown): number {
  let depth = 0;
  let level = value;
  while (Array.isArray(level)) {
    depth += 1;
    level = level[0];
  }
  return depth;
}

/** A JSON array, or a preset from `presets`; other problems are reported by name. */
function parseArrayOrPreset(
  text: string | null | undefined,
  attribute: string,
  presets: Record<string, unknown>,
): Parsed<unknown> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return fail('errorShape', { attribute, detail: 'missing' });
  if (/^[[{\d.-]/.test(trimmed)) {
    try {
      return ok(JSON.parse(trimmed));
    } catch (error) {
      return fail('errorJson', { attribute, detail: (error as Error).message });
    }
  }
  if (Object.prototype.hasOwnProperty.call(presets, trimmed)) {
    return ok(structuredClone(presets[trimmed]));
  }
  return fail('errorPreset', { attribute, name: trimmed, names: Object.keys(presets).join(', ') });
}

/** Wraps `value` in `levels` single-element lists: wrap(x, 2) = [[x]]. */
function wrap(value: unknown, levels: number): unknown {
  let out = value;
  for (let i = 0; i < levels; i++) out = [out];
  return out;
}

/**
 * Brings a value with `min`..`max` levels of nesting to exactly `max` levels by adding
 * outer single-element lists; `layouts` describes the accepted forms for the message.
 */
function toDepth(value: unknown, attribute: string, min: number, max: number, layouts: string): Parsed<unknown> {
  const depth = depthOf(value);
  if (depth < min || depth > max) {
    return fail('errorShape', { attribute, detail: `expected ${layouts}, got ${depth} levels of nesting` });
  }
  return ok(wrap(value, max - depth));
}

/** An image: [H][W], [C][H][W], or an input preset name → [C][H][W]. */
export function parseImage(text: string | null | undefined, attribute = 'input'): Parsed<Tensor3> {
  const parsed = parseArrayOrPreset(text, attribute, INPUT_PRESETS);
  if (!parsed.ok) return parsed;
  return toDepth(parsed.value, attribute, 2, 3, '[H][W] or [C][H][W]') as Parsed<Tensor3>;
}

/** Kernel presets: the image filters plus the curriculum's example B kernel and example C filter. */
export const KERNEL_CHOICES: Record<string, number[][] | number[][][]> = {
  ...KERNEL_PRESETS,
  'example-b': EXAMPLE_B_KERNEL,
  'example-c': EXAMPLE_C_FILTER,
};

/** Conv weights: [Kh][Kw], [Cin][Kh][Kw], [Cout][Cin][Kh][Kw], or a preset → [Cout][Cin][Kh][Kw]. */
export function parseKernel2d(text: string | null | undefined, attribute = 'kernel'): Parsed<Tensor4> {
  const parsed = parseArrayOrPreset(text, attribute, KERNEL_CHOICES);
  if (!parsed.ok) return parsed;
  return toDepth(parsed.value, attribute, 2, 4, '[Kh][Kw], [Cin][Kh][Kw] or [Cout][Cin][Kh][Kw]') as Parsed<Tensor4>;
}

/**
 * Transposed-convolution weights, which PyTorch lays out [Cin][Cout][Kh][Kw]:
 * [Kh][Kw] → one input and one output channel; [Cin][Kh][Kw] → one kernel per input
 * channel, one output channel; [Cin][Cout][Kh][Kw] as is.
 */
export function parseTransposedKernel2d(text: string | null | undefined, attribute = 'kernel'): Parsed<Tensor4> {
  const parsed = parseArrayOrPreset(text, attribute, KERNEL_CHOICES);
  if (!parsed.ok) return parsed;
  const depth = depthOf(parsed.value);
  if (depth === 3) return ok((parsed.value as unknown[]).map((kernel) => [kernel]) as Tensor4);
  return toDepth(parsed.value, attribute, 2, 4, '[Kh][Kw], [Cin][Kh][Kw] or [Cin][Cout][Kh][Kw]') as Parsed<Tensor4>;
}

/** 1D transposed weights: [K], [Cin][K] (one output channel) or [Cin][Cout][K]. */
export function parseTransposedKernel1d(text: string | null | undefined, attribute = 'kernel'): Parsed<Tensor3> {
  const parsed = parseArrayOrPreset(text, attribute, {});
  if (!parsed.ok) return parsed;
  if (depthOf(parsed.value) === 2) return ok((parsed.value as unknown[]).map((kernel) => [kernel]) as Tensor3);
  return toDepth(parsed.value, attribute, 1, 3, '[K], [Cin][K] or [Cin][Cout][K]') as Parsed<Tensor3>;
}

/** A sequence: [L] or [C][L] → [C][L]. */
export function parseSequence(text: string | null | undefined, attribute = 'input'): Parsed<number[][]> {
  const parsed = parseArrayOrPreset(text, attribute, {});
  if (!parsed.ok) return parsed;
  return toDepth(parsed.value, attribute, 1, 2, '[L] or [C][L]') as Parsed<number[][]>;
}

/** 1D weights: [K], [Cin][K] or [Cout][Cin][K] → [Cout][Cin][K]. */
export function parseKernel1d(text: string | null | undefined, attribute = 'kernel'): Parsed<Tensor3> {
  const parsed = parseArrayOrPreset(text, attribute, {});
  if (!parsed.ok) return parsed;
  return toDepth(parsed.value, attribute, 1, 3, '[K], [Cin][K] or [Cout][Cin][K]') as Parsed<Tensor3>;
}

/** A JSON list of words. */
export function parseTokens(text: string | null | undefined, attribute = 'tokens'): Parsed<string[]> {
  try {
    const value: unknown = JSON.parse(text ?? '');
    if (Array.isArray(value) && value.length > 0 && value.every((word) => typeof word === 'string')) {
      return ok(value as string[]);
    }
    return fail('errorShape', { attribute, detail: 'expected a non-empty JSON list of words, e.g. ["the","cat","sat"]' });
  } catch (error) {
    return fail('errorJson', { attribute, detail: (error as Error).message });
  }
}

/**
 * Bias: absent → undefined (zeros), a number → that number for each of `count` filters,
 * or a JSON list (its length is checked by the engine).
 */
export function parseBias(text: string | null | undefined, count: number, attribute = 'bias'): Parsed<number[] | undefined> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return ok(undefined);
  const number = Number(trimmed);
  if (Number.isFinite(number)) return ok(new Array<number>(count).fill(number));
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) return ok(value as number[]);
  } catch {
    // Reported below as "not a number".
  }
  return fail('errorNumber', { attribute, value: trimmed });
}

/**
 * An integer or a pair for (rows, columns): "2", "2,1", "[2,1]". Range checks (stride 0)
 * belong to the engine, which names the limit.
 */
export function parseIntPair(
  text: string | null | undefined,
  attribute: string,
  fallback: number,
): Parsed<number | [number, number]> {
  const trimmed = (text ?? '').trim().replace(/^\[|\]$/g, '');
  if (trimmed === '') return ok(fallback);
  const parts = trimmed.split(/[\s,]+/).map(Number);
  if (parts.length > 2 || parts.some((part) => !Number.isFinite(part))) {
    return fail('errorNumber', { attribute, value: text ?? '' });
  }
  return ok(parts.length === 1 ? parts[0] : [parts[0], parts[1]]);
}

/** A single integer (1D settings); range checks are the engine's. */
export function parseInt1(text: string | null | undefined, attribute: string, fallback: number): Parsed<number> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return ok(fallback);
  const value = Number(trimmed);
  return Number.isFinite(value) ? ok(value) : fail('errorNumber', { attribute, value: trimmed });
}

/** valid | same | full | n | "top,bottom,left,right". */
export function parsePadding(text: string | null | undefined, attribute = 'padding'): Parsed<Padding> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return ok('valid');
  if (trimmed === 'valid' || trimmed === 'same' || trimmed === 'full') return ok(trimmed);
  const parts = trimmed.split(/[\s,]+/).map(Number);
  if (parts.length === 1 && Number.isFinite(parts[0])) return ok(parts[0]);
  if (parts.length === 4 && parts.every(Number.isFinite)) {
    const [top, bottom, left, right] = parts;
    return ok({ top, bottom, left, right });
  }
  return fail('errorChoice', { attribute, value: trimmed, choices: 'valid, same, full, n, "top,bottom,left,right"' });
}

/** One of a fixed list of words. */
export function parseChoice<T extends string>(
  text: string | null | undefined,
  attribute: string,
  choices: readonly T[],
  fallback: T,
): Parsed<T> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return ok(fallback);
  return (choices as readonly string[]).includes(trimmed)
    ? ok(trimmed as T)
    : fail('errorChoice', { attribute, value: trimmed, choices: choices.join(', ') });
}

/** The first failure among several parses, or all their values. */
export function firstProblem(results: readonly Parsed<unknown>[]): StepperProblem | undefined {
  for (const result of results) if (!result.ok) return result.problem;
  return undefined;
}
