/**
 * What a lesson's URL may say about its elements, so that a link reproduces what is on
 * screen (DESIGN.md "Examples to follow" 7). A bound element has a short key, and each of
 * its whitelisted attributes is one query parameter `key.attribute`:
 *
 *   ?lang=ko&a.padding=same&a.step=12&size.w=6
 *
 * Everything here is pure (no DOM), so it is unit-tested in Node; lesson-url-sync.ts
 * applies it to a page. A parameter is read only through its attribute's rule, which
 * returns a canonical value or null for anything it does not accept: a hand-edited or
 * truncated link is ignored, never passed on to an element and never a crash.
 */
import { MODEL_NAMES } from '../geometry';
import { INPUT_PRESET_NAMES, KERNEL_PRESET_NAMES } from '../presets';

/** How one attribute travels: a present/absent flag, or a value checked by `parse`. */
export type AttributeRule =
  | { kind: 'flag' }
  | {
      kind: 'value';
      /** The canonical text to set, or null when the text is not acceptable. */
      parse: (text: string) => string | null;
      /** What the element does when the attribute is absent, e.g. step 0. */
      fallback?: string;
    };

/** attribute name → rule; only these attributes are ever read from or written to a URL. */
export type ElementRules = Readonly<Record<string, AttributeRule>>;

/** An attribute's state: its text, or null when absent. Flags are '' (on) or null (off). */
export type AttributeValues = Record<string, string | null>;

/** Longest parameter value accepted (a 16×16 matrix as JSON fits comfortably). */
export const MAX_VALUE_LENGTH = 1500;

/** Keys are short names chosen by the page: a letter, then letters, digits or '-'. */
export function isValidKey(key: string): boolean {
  return /^[a-z][a-z0-9-]{0,23}$/i.test(key);
}

export function paramName(key: string, attribute: string): string {
  return `${key}.${attribute}`;
}

// ---------------------------------------------------------------- value rules

/** A value rule: `parse` sees trimmed text of at most MAX_VALUE_LENGTH characters. */
export const valueRule = (parse: (text: string) => string | null, fallback?: string): AttributeRule => ({
  kind: 'value',
  parse: (text) => (text.length > MAX_VALUE_LENGTH ? null : parse(text.trim())),
  fallback,
});
const value = valueRule;

export const FLAG: AttributeRule = { kind: 'flag' };

/** A whole number in [min, max], written without sign noise ("+3", "03" → "3"). */
export function wholeNumber(text: string, min: number, max: number): string | null {
  if (!/^[+-]?\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? String(n) : null;
}

/** "2" or "2,1" (rows, columns), each in [min, max]. */
export function wholePair(text: string, min: number, max: number): string | null {
  const parts = text.split(',').map((part) => wholeNumber(part.trim(), min, max));
  if (parts.length > 2 || parts.some((part) => part === null)) return null;
  return parts.join(',');
}

/** valid | same | full | n | "top,bottom,left,right" with every side in [0, max]. */
export function paddingText(text: string, max = 8): string | null {
  if (text === 'valid' || text === 'same' || text === 'full') return text;
  const parts = text.split(',').map((part) => wholeNumber(part.trim(), 0, max));
  if ((parts.length !== 1 && parts.length !== 4) || parts.some((part) => part === null)) return null;
  return parts.join(',');
}

export function oneOf(text: string, choices: readonly string[]): string | null {
  return choices.includes(text) ? text : null;
}

/** Nesting depth of a JSON value and whether every leaf is a finite number within the size limits. */
function numericArray(value: unknown, depth: number, maxSide: number): boolean {
  if (!Array.isArray(value) || value.length === 0 || value.length > maxSide) return false;
  if (depth === 1) return value.every((item) => typeof item === 'number' && Number.isFinite(item));
  return value.every((item) => numericArray(item, depth - 1, maxSide));
}

function depthOf(value: unknown): number {
  let depth = 0;
  for (let level = value; Array.isArray(level); level = level[0]) depth += 1;
  return depth;
}

/**
 * A preset name, or a JSON array of numbers nested `minDepth`..`maxDepth` deep with at most
 * `maxSide` items per level. Returned compact (JSON.stringify), so equal arrays compare equal.
 * Ragged rows are left for the element to explain: the link reproduces what the reader made.
 */
export function arrayOrPreset(text: string, presets: readonly string[], minDepth: number, maxDepth: number, maxSide = 16): string | null {
  if (presets.includes(text)) return text;
  if (!text.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const depth = depthOf(parsed);
  if (depth < minDepth || depth > maxDepth || !numericArray(parsed, depth, maxSide)) return null;
  return JSON.stringify(parsed);
}

/** A bias: one finite number, or a JSON list of them. */
export function biasText(text: string): string | null {
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? String(n) : null;
  }
  return arrayOrPreset(text, [], 1, 1);
}

/** <cnn-filter-lab> kernels: a preset, a JSON matrix, or {"weights": [[…]], "divisor": n}. */
export function filterKernelText(text: string): string | null {
  if (!text.startsWith('{')) return arrayOrPreset(text, KERNEL_PRESET_NAMES, 2, 2, 9);
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { weights, divisor, ...rest } = parsed as { weights?: unknown; divisor?: unknown };
    if (Object.keys(rest).length > 0 || !numericArray(weights, 2, 9) || depthOf(weights) !== 2) return null;
    if (divisor !== undefined && (typeof divisor !== 'number' || !Number.isFinite(divisor) || divisor === 0)) return null;
    return JSON.stringify(divisor === undefined ? { weights } : { weights, divisor });
  } catch {
    return null;
  }
}

const CONV_KERNELS = [...KERNEL_PRESET_NAMES, 'example-b', 'example-c'];
/** Only the photos the site ships: a link must never make the page fetch someone else's URL. */
const SHIPPED_IMAGES = ['chelsea', 'coffee', 'astronaut', 'camera', 'brick'];
const step = value((text) => wholeNumber(text, 0, 100_000), '0');
const stride2d = value((text) => wholePair(text, 1, 8), '1');
const dilation2d = value((text) => wholePair(text, 1, 6), '1');
const bias = value(biasText);

// ---------------------------------------------------------------- element whitelists

/** The attributes each element may carry in a URL: its parameters and its current step. */
export const ELEMENT_RULES: Readonly<Record<string, ElementRules>> = {
  'cnn-conv-stepper': {
    input: value((text) => arrayOrPreset(text, INPUT_PRESET_NAMES, 2, 3)),
    kernel: value((text) => arrayOrPreset(text, CONV_KERNELS, 2, 4, 11)),
    bias,
    stride: stride2d,
    padding: value((text) => paddingText(text)),
    dilation: dilation2d,
    flip: FLAG,
    step,
  },
  'cnn-pool-stepper': {
    input: value((text) => arrayOrPreset(text, INPUT_PRESET_NAMES, 2, 3)),
    mode: value((text) => oneOf(text, ['max', 'avg', 'global-max', 'global-avg'])),
    size: value((text) => wholePair(text, 1, 8)),
    stride: value((text) => wholePair(text, 1, 8)),
    padding: value((text) => paddingText(text)),
    step,
  },
  'cnn-conv1d-stepper': {
    input: value((text) => arrayOrPreset(text, [], 1, 2, 64)),
    kernel: value((text) => arrayOrPreset(text, [], 1, 3, 16)),
    'kernel-size': value((text) => wholeNumber(text, 1, 9)),
    filters: value((text) => wholeNumber(text, 1, 8)),
    bias,
    stride: value((text) => wholeNumber(text, 1, 8)),
    padding: value((text) => oneOf(text, ['valid', 'same', 'full']) ?? wholeNumber(text, 0, 8)),
    dilation: value((text) => wholeNumber(text, 1, 6)),
    step,
  },
  'cnn-transposed-stepper': {
    input: value((text) => arrayOrPreset(text, INPUT_PRESET_NAMES, 1, 3)),
    kernel: value((text) => arrayOrPreset(text, CONV_KERNELS, 1, 4, 11)),
    bias,
    stride: value((text) => wholePair(text, 1, 8)),
    padding: value((text) => wholePair(text, 0, 8)),
    'output-padding': value((text) => wholePair(text, 0, 7)),
    step,
  },
  // The calculator's number fields take real layer sizes (AlexNet's 227), beyond its sliders.
  'cnn-output-size': {
    w: value((text) => wholeNumber(text, 1, 1024)),
    k: value((text) => wholeNumber(text, 1, 64)),
    p: value((text) => oneOf(text, ['valid', 'same', 'full']) ?? wholeNumber(text, 0, 64)),
    s: value((text) => wholeNumber(text, 1, 16)),
    d: value((text) => wholeNumber(text, 1, 16)),
  },
  'cnn-filter-lab': {
    image: value((text) => oneOf(text, SHIPPED_IMAGES)),
    kernel: value(filterKernelText),
    mode: value((text) => oneOf(text, ['rgb', 'grey'])),
    edge: value((text) => oneOf(text, ['zero', 'replicate'])),
    display: value((text) => oneOf(text, ['auto', 'clamp', 'abs', 'signed'])),
  },
  'cnn-matrix': {
    values: value((text) => arrayOrPreset(text, [], 2, 2, 32)),
  },
  'cnn-model-summary': {
    model: value((text) => oneOf(text, MODEL_NAMES)),
    explain: FLAG,
  },
};

// ---------------------------------------------------------------- reading and writing

/**
 * The attribute values a URL asks for, for one element: only whitelisted attributes whose
 * parameter passes its rule appear. Flags: "1"/"true"/"" → '' (on), "0"/"false" → null (off).
 */
export function readState(params: URLSearchParams, key: string, rules: ElementRules): AttributeValues {
  const wanted: AttributeValues = {};
  if (!isValidKey(key)) return wanted;
  for (const [attribute, rule] of Object.entries(rules)) {
    const raw = params.get(paramName(key, attribute));
    if (raw === null) continue;
    if (rule.kind === 'flag') {
      const text = raw.trim().toLowerCase();
      if (text === '' || text === '1' || text === 'true') wanted[attribute] = '';
      else if (text === '0' || text === 'false') wanted[attribute] = null;
      continue;
    }
    const parsed = rule.parse(raw);
    if (parsed !== null) wanted[attribute] = parsed;
  }
  return wanted;
}

/** Two states of one attribute mean the same to the element (absent = its fallback). */
export function sameValue(rule: AttributeRule, a: string | null, b: string | null): boolean {
  if (rule.kind === 'flag') return (a !== null) === (b !== null);
  const norm = (text: string | null) => (text === null ? (rule.fallback ?? null) : (rule.parse(text) ?? text));
  return norm(a) === norm(b);
}

/**
 * A copy of `params` describing one element: a parameter for every whitelisted attribute
 * that differs from the page's default, none for the rest (short links, and a default
 * never pins a value the lesson might later change). Other parameters are kept as they are.
 */
export function writeState(
  params: URLSearchParams,
  key: string,
  rules: ElementRules,
  current: AttributeValues,
  defaults: AttributeValues,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (!isValidKey(key)) return next;
  for (const [attribute, rule] of Object.entries(rules)) {
    const name = paramName(key, attribute);
    const now = current[attribute] ?? null;
    const initial = defaults[attribute] ?? null;
    if (sameValue(rule, now, initial)) {
      next.delete(name);
    } else if (rule.kind === 'flag') {
      next.set(name, now === null ? '0' : '1');
    } else {
      // A value the rule rejects (say an edit too large for a link) is left out rather than written.
      const canonical = now === null ? rule.fallback ?? null : rule.parse(now);
      if (canonical === null) next.delete(name);
      else next.set(name, canonical);
    }
  }
  return next;
}
