/**
 * The stored form of quiz progress, version 1, and its validation. Anything read back is
 * untrusted (another version of ConvLab, a browser extension, a hand edit), so every
 * field is checked for type and size before it is used; a record that fails any check
 * is refused as a whole rather than half-restored.
 */
import type { Progress, SlotProgress, StoredResponse, StoredResult } from './progress';

export const STORE_VERSION = 1;
/** Key prefix; a new version gets a new prefix, so old and new records never share a key. */
export const KEY_PREFIX = `convlab.quiz.v${STORE_VERSION}:`;

export interface StoredRecord {
  version: typeof STORE_VERSION;
  savedAt: string;
  current: number;
  slots: SlotProgress[];
}

/** Sizes well beyond any generated question; larger values mean the record is not ours. */
export const LIMITS = {
  slots: 500,
  text: 2000,
  note: 200,
  gridSide: 64,
  cellText: 200,
  retries: 1_000_000,
} as const;

export type RecordCheck =
  | { ok: true; progress: Progress }
  | { ok: false; reason: 'corrupt' | 'version' | 'mismatch'; detail: string };

export function toRecord(progress: Progress, savedAt: Date): StoredRecord {
  return { version: STORE_VERSION, savedAt: savedAt.toISOString(), current: progress.current, slots: progress.slots };
}

/** Checks parsed JSON against version 1 and against the quiz's question ids (in order). */
export function checkRecord(value: unknown, expectedIds: readonly string[]): RecordCheck {
  const corrupt = (detail: string): RecordCheck => ({ ok: false, reason: 'corrupt', detail });
  if (!isObject(value)) return corrupt('not an object');
  if (value.version !== STORE_VERSION) {
    return { ok: false, reason: 'version', detail: `version ${JSON.stringify(value.version)}, expected ${STORE_VERSION}` };
  }
  if (!Array.isArray(value.slots) || value.slots.length > LIMITS.slots) return corrupt('slots is not a list');
  const slots: SlotProgress[] = [];
  for (const [index, raw] of value.slots.entries()) {
    const slot = checkSlot(raw);
    if (!slot) return corrupt(`slot ${index} is malformed`);
    slots.push(slot);
  }
  const ids = slots.map((slot) => slot.baseId);
  if (ids.length !== expectedIds.length || ids.some((id, i) => id !== expectedIds[i])) {
    return { ok: false, reason: 'mismatch', detail: 'the record belongs to a different set of questions' };
  }
  const current = value.current;
  if (!isCount(current, slots.length - 1)) return corrupt('current is out of range');
  return { ok: true, progress: { current, slots } };
}

function checkSlot(raw: unknown): SlotProgress | null {
  if (!isObject(raw)) return null;
  const { baseId, seed, retries, attempts, response, result, answeredAt, solutionSeen } = raw;
  if (!isText(baseId, LIMITS.note) || !isCount(seed, 2 ** 53) || !isCount(retries, LIMITS.retries) || !isCount(attempts, LIMITS.retries)) {
    return null;
  }
  const checkedResponse = response === null ? null : checkResponse(response);
  const checkedResult = result === null ? null : checkResult(result);
  if (checkedResponse === undefined || checkedResult === undefined) return null;
  if ((checkedResponse === null) !== (checkedResult === null)) return null;
  if (answeredAt !== null && !(isText(answeredAt, 40) && !Number.isNaN(Date.parse(answeredAt)))) return null;
  if (typeof solutionSeen !== 'boolean') return null;
  return {
    baseId,
    seed,
    retries,
    attempts,
    response: checkedResponse,
    result: checkedResult,
    answeredAt: answeredAt as string | null,
    solutionSeen,
  };
}

/** undefined = malformed. */
function checkResponse(value: unknown): StoredResponse | undefined {
  if (isText(value, LIMITS.text)) return value;
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.gridSide) return undefined;
  const grid: string[][] = [];
  for (const row of value) {
    if (!Array.isArray(row) || row.length > LIMITS.gridSide || !row.every((cell) => isText(cell, LIMITS.cellText))) return undefined;
    grid.push([...row]);
  }
  return grid;
}

function checkResult(value: unknown): StoredResult | undefined {
  if (!isObject(value)) return undefined;
  const { correct, score, answerNote } = value;
  if (typeof correct !== 'boolean' || typeof score !== 'number' || !(score >= 0 && score <= 1) || !isText(answerNote, LIMITS.note)) {
    return undefined;
  }
  return { correct, score, answerNote };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}
