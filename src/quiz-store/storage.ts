/**
 * Reading and writing quiz progress through a Storage-like object (localStorage in the
 * page, a Map-backed fake in tests). Nothing here throws: an unreadable record, a missing
 * or refusing storage, or a full quota each become a notice the element shows, and the
 * quiz carries on with fresh progress or without persistence.
 */
import { freshProgress, type Progress } from './progress';
import { KEY_PREFIX, checkRecord, toRecord } from './schema';
import type { QuizConfig } from './config';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why progress was not restored or saved:
 * - corrupt: the saved text was not valid JSON or not a progress record (reset);
 * - version: it was written by another version of the format (reset);
 * - mismatch: it belongs to a different set of questions (reset);
 * - unavailable: the browser refuses storage (private mode, blocked cookies): nothing is kept;
 * - write-failed: saving failed (e.g. the quota is full): this answer is not kept after a reload.
 */
export type StoreNotice = 'corrupt' | 'version' | 'mismatch' | 'unavailable' | 'write-failed';

export interface LoadResult {
  progress: Progress;
  /** null when the saved progress was restored or there was none. */
  notice: StoreNotice | null;
  /** Whether saved answers were restored. */
  restored: boolean;
}

/**
 * The storage key of a quiz. With a namespace (the element's storage-key attribute) the
 * namespace replaces topics and seed, but the student id still separates students who
 * share a computer.
 */
export function storageKeyFor(config: QuizConfig, namespace = ''): string {
  const student = config.student ? `|student=${config.student}` : '';
  const ns = namespace.trim();
  if (ns) return `${KEY_PREFIX}${ns}${student}`;
  return `${KEY_PREFIX}${config.topics.join(',')}|n=${config.count}|seed=${config.seed}|${config.difficulty}${student}`;
}

/**
 * A storage that works, or null: reading `localStorage` itself throws in some sandboxed
 * frames, and some private modes throw on the first write, so both are tried once.
 */
export function usableStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const storage = get();
    if (!storage) return null;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export function loadProgress(
  storage: StorageLike | null,
  key: string,
  questions: readonly { id: string; seed: number }[],
): LoadResult {
  const fresh = (notice: StoreNotice | null): LoadResult => ({ progress: freshProgress(questions), notice, restored: false });
  if (!storage) return fresh('unavailable');
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return fresh('unavailable');
  }
  if (text === null) return fresh(null);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return discard(storage, key, fresh('corrupt'));
  }
  const checked = checkRecord(parsed, questions.map((q) => q.id));
  if (!checked.ok) return discard(storage, key, fresh(checked.reason));
  return { progress: checked.progress, notice: null, restored: true };
}

/** The unreadable record is removed so that the notice is shown once, not on every visit. */
function discard(storage: StorageLike, key: string, result: LoadResult): LoadResult {
  try {
    storage.removeItem(key);
  } catch {
    // Left in place; the next successful save overwrites it.
  }
  return result;
}

export function saveProgress(storage: StorageLike | null, key: string, progress: Progress, now: Date): StoreNotice | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, JSON.stringify(toRecord(progress, now)));
    return null;
  } catch {
    return 'write-failed';
  }
}
