/**
 * Evaluates a student's numeric answer typed as an expression ("(28-5+2*0)/1+1", "3/4",
 * "2^3") with a restricted mathjs instance. mathjs alone is not safe for untrusted text
 * (its default instance runs createUnit/evaluate/import inside expressions, and
 * `ones(3000,3000)` takes seconds), so the text is capped, its bracket nesting limited
 * before parsing, and the parsed tree walked against a whitelist before anything runs.
 */
import {
  absDependencies,
  addDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  eDependencies,
  floorDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  type MathNode,
} from 'mathjs/number';

export const MAX_EXPRESSION_LENGTH = 200;
export const MAX_NESTING_DEPTH = 16;

/** Why an answer was refused; the text for each is in src/i18n/quiz.ts ('refuse-…'). */
export type RefusalReason =
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'syntax'
  | 'assignment'
  | 'block'
  | 'property-access'
  | 'matrix'
  | 'unsupported'
  | 'unknown-function'
  | 'unknown-name'
  | 'not-a-number'
  | 'not-finite';

export type Evaluation =
  | { ok: true; value: number }
  | { ok: false; reason: RefusalReason; detail?: string };

const ALLOWED_FUNCTIONS = new Set(['floor', 'ceil', 'round', 'sqrt', 'abs', 'min', 'max']);
const ALLOWED_SYMBOLS = new Set(['pi', 'e']);
const ALLOWED_OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

/** Built once: an immutable, hardened instance holding only what answers need. */
const math = createHardenedMath();

function createHardenedMath() {
  const instance = create({
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    floorDependencies,
    ceilDependencies,
    roundDependencies,
    sqrtDependencies,
    absDependencies,
    minDependencies,
    maxDependencies,
    piDependencies,
    eDependencies,
  });
  const parse = instance.parse;
  const disabled = (name: string) => () => {
    throw new Error(`Function ${name} is disabled`);
  };
  // The hardening the mathjs security notes document: nothing reachable from an
  // expression may define units, import functions or parse/evaluate more text.
  instance.import(
    {
      import: disabled('import'),
      createUnit: disabled('createUnit'),
      evaluate: disabled('evaluate'),
      parse: disabled('parse'),
      simplify: disabled('simplify'),
      derivative: disabled('derivative'),
      resolve: disabled('resolve'),
      reviver: disabled('reviver'),
    },
    { override: true },
  );
  return { parse };
}

/** Typographic operators students paste from the lesson text, as ASCII. */
function normalise(text: string): string {
  return text
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\u00d7\u00b7\u22c5]/g, '*')
    .replace(/\u00f7/g, '/')
    .replace(/\u03c0/g, 'pi')
    .trim();
}

/** Deepest bracket nesting, counted on the raw text so the parser never recurses deeply. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return deepest;
}

/** Null when every node is allowed, else why not. */
function checkNode(node: MathNode, depth: number): Exclude<Evaluation, { ok: true }> | null {
  if (depth > MAX_NESTING_DEPTH * 4) return { ok: false, reason: 'too-deep' };
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as MathNode & { value: unknown }).value;
      return typeof value === 'number' ? null : { ok: false, reason: 'not-a-number' };
    }
    case 'SymbolNode': {
      const name = (node as MathNode & { name: string }).name;
      return ALLOWED_SYMBOLS.has(name) ? null : { ok: false, reason: 'unknown-name', detail: name.slice(0, 20) };
    }
    case 'ParenthesisNode':
      return checkNode((node as MathNode & { content: MathNode }).content, depth + 1);
    case 'OperatorNode': {
      const op = node as MathNode & { fn: string; op: string; args: MathNode[] };
      if (!ALLOWED_OPERATORS.has(op.fn)) return { ok: false, reason: 'unsupported', detail: op.op };
      return checkChildren(op.args, depth);
    }
    case 'FunctionNode': {
      const fn = node as MathNode & { fn: MathNode & { name?: string }; args: MathNode[] };
      const name = fn.fn.type === 'SymbolNode' ? (fn.fn.name ?? '') : '';
      if (!ALLOWED_FUNCTIONS.has(name)) {
        return name
          ? { ok: false, reason: 'unknown-function', detail: name.slice(0, 20) }
          : { ok: false, reason: 'property-access' };
      }
      return checkChildren(fn.args, depth);
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return { ok: false, reason: 'assignment' };
    case 'BlockNode':
      return { ok: false, reason: 'block' };
    case 'AccessorNode':
    case 'IndexNode':
    case 'ObjectNode':
      return { ok: false, reason: 'property-access' };
    case 'ArrayNode':
    case 'RangeNode':
      return { ok: false, reason: 'matrix' };
    default:
      return { ok: false, reason: 'unsupported', detail: node.type };
  }
}

function checkChildren(children: MathNode[], depth: number): Exclude<Evaluation, { ok: true }> | null {
  for (const child of children) {
    const problem = checkNode(child, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * A student's number: a finite JavaScript number, or text holding a number or an
 * arithmetic expression. Never throws; a refusal says why.
 */
export function evaluateAnswer(response: unknown): Evaluation {
  if (typeof response === 'number') {
    return Number.isFinite(response) ? { ok: true, value: response } : { ok: false, reason: 'not-finite' };
  }
  if (typeof response !== 'string') return { ok: false, reason: 'not-a-number' };
  if (response.length > MAX_EXPRESSION_LENGTH) return { ok: false, reason: 'too-long' };
  const text = normalise(response);
  if (text === '') return { ok: false, reason: 'empty' };
  if (/[;\n\r]/.test(text)) return { ok: false, reason: 'block' };
  if (nestingDepth(text) > MAX_NESTING_DEPTH) return { ok: false, reason: 'too-deep' };
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  const problem = checkNode(tree, 0);
  if (problem) return problem;
  let value: unknown;
  try {
    value = tree.compile().evaluate({});
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  if (typeof value !== 'number' || Number.isNaN(value)) return { ok: false, reason: 'not-a-number' };
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-finite' };
  return { ok: true, value };
}
