/**
 * A small declarative flag parser for the CLIs: each flag has a kind, a default (or a
 * note saying where the default comes from) and one line of help, so `--help` is
 * generated from the same table that parsing uses and cannot drift from it.
 */

export type FlagKind = 'int' | 'number' | 'string' | 'boolean';

export interface FlagSpec {
  kind: FlagKind;
  /** One line for --help. */
  help: string;
  /** Shown in --help as the default; undefined values stay undefined after parsing. */
  defaultText?: string;
  /** Allowed values of a string flag. */
  choices?: readonly string[];
  /** Smallest allowed value of a number flag (inclusive unless minExclusive). */
  min?: number;
  minExclusive?: boolean;
  /** Largest allowed value of a number flag (exclusive). */
  maxExclusive?: number;
  /** Placeholder in --help, e.g. N, RATE, FILE. */
  meta?: string;
}

export type FlagTable = Record<string, FlagSpec>;
export type FlagValues = Record<string, string | number | boolean | undefined>;

/** A bad command line; the CLI prints the message and the usage, and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function convert(name: string, spec: FlagSpec, raw: string): string | number {
  if (spec.kind === 'string') {
    if (spec.choices && !spec.choices.includes(raw)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}; got "${raw}"`);
    }
    return raw;
  }
  const value = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value)) throw new UsageError(`--${name} needs a number, got "${raw}"`);
  if (spec.kind === 'int' && !Number.isInteger(value)) throw new UsageError(`--${name} needs a whole number, got "${raw}"`);
  if (spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min)) {
    throw new UsageError(`--${name} must be ${spec.minExclusive ? '>' : '≥'} ${spec.min}, got ${raw}`);
  }
  if (spec.maxExclusive !== undefined && value >= spec.maxExclusive) {
    throw new UsageError(`--${name} must be < ${spec.maxExclusive}, got ${raw}`);
  }
  return value;
}

/** Parses `--name value`, `--name=value` and bare boolean `--name`; positional arguments are refused. */
export function parseFlags(argv: readonly string[], table: FlagTable): FlagValues & { help: boolean } {
  const values: FlagValues = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') throw new UsageError(`unexpected argument "${arg}" (flags start with --)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!spec) throw new UsageError(`unknown flag --${name}`);
    if (name in values) throw new UsageError(`--${name} given twice`);
    if (spec.kind === 'boolean') {
      if (eq !== -1) {
        const raw = arg.slice(eq + 1);
        if (raw !== 'true' && raw !== 'false') throw new UsageError(`--${name} is a switch: use --${name} or --${name}=false`);
        values[name] = raw === 'true';
      } else {
        values[name] = true;
      }
      continue;
    }
    let raw: string | undefined;
    if (eq !== -1) raw = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) raw = argv[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value`);
    values[name] = convert(name, spec, raw);
  }
  return { ...values, help };
}

/** The usage text: a synopsis, then one aligned line per flag with its default. */
export function formatUsage(synopsis: string, table: FlagTable, footer = ''): string {
  const rows = Object.entries(table).map(([name, spec]) => {
    const meta = spec.kind === 'boolean' ? '' : ` ${spec.meta ?? (spec.kind === 'string' ? 'TEXT' : 'N')}`;
    const choices = spec.choices ? ` (${spec.choices.join(', ')})` : '';
    const dflt = spec.defaultText ? ` [default: ${spec.defaultText}]` : '';
    return [`  --${name}${meta}`, `${spec.help}${choices}${dflt}`];
  });
  rows.push(['  --help', 'show this help and exit']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const lines = rows.map(([left, right]) => left.padEnd(width) + right);
  return `${synopsis}\n\nOptions:\n${lines.join('\n')}\n${footer ? `\n${footer}\n` : ''}`;
}
