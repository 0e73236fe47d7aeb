import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/quiz';
import {
  KEY_PREFIX,
  STORE_VERSION,
  freshProgress,
  loadProgress,
  parseQuizConfig,
  recordAnswer,
  recordRetry,
  recordSolutionSeen,
  moveTo,
  saveProgress,
  storageKeyFor,
  usableStorage,
  type StorageLike,
} from '../../../src/quiz-store';

/** A Map-backed Storage whose methods can be made to throw, like a browser's in private mode. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failGet = false;
  failSet = false;
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const config = parseQuizConfig({ topics: 'output-size,max-pool,conv-output', count: '3', seed: '2026', difficulty: 'easy' }).config;
const questions = generateQuiz({ topics: config.topics, count: config.count, seed: config.seed, difficulty: config.difficulty });
const key = storageKeyFor(config);
const at = new Date('2026-03-02T09:00:00Z');

function answered() {
  let progress = freshProgress(questions);
  progress = recordAnswer(progress, 0, '(28-5)/1+1', { correct: false, score: 0, answerNote: 'output-size-incorrect' }, at);
  progress = recordAnswer(progress, 1, [['9', '2'], ['6', '3 / 1']], { correct: false, score: 0.75, answerNote: 'max-pool-partial' }, at);
  progress = recordSolutionSeen(progress, 1);
  progress = recordRetry(progress, 2, 123456);
  return moveTo(progress, 1);
}

describe('quiz progress storage', () => {
  it('round-trips answers, grid responses, retries, the solution flag and the current question', () => {
    const storage = new FakeStorage();
    const progress = answered();
    expect(saveProgress(storage, key, progress, at)).toBeNull();
    const stored = JSON.parse(storage.items.get(key)!);
    expect(stored.version).toBe(STORE_VERSION);
    expect(stored.savedAt).toBe('2026-03-02T09:00:00.000Z');

    const loaded = loadProgress(storage, key, questions);
    expect(loaded.notice).toBeNull();
    expect(loaded.restored).toBe(true);
    expect(loaded.progress).toEqual(progress);
    expect(loaded.progress.current).toBe(1);
    expect(loaded.progress.slots[1].response).toEqual([['9', '2'], ['6', '3 / 1']]);
    expect(loaded.progress.slots[1].solutionSeen).toBe(true);
    expect(loaded.progress.slots[2]).toMatchObject({ seed: 123456, retries: 1, response: null, result: null });
  });

  it('starts fresh without a notice when nothing was saved', () => {
    const loaded = loadProgress(new FakeStorage(), key, questions);
    expect(loaded).toEqual({ progress: freshProgress(questions), notice: null, restored: false });
    expect(loaded.progress.slots.map((s) => s.baseId)).toEqual(questions.map((q) => q.id));
  });

  it('resets corrupt JSON with the corrupt notice and removes it so the notice shows once', () => {
    const storage = new FakeStorage();
    storage.items.set(key, '{"version":1,"slots":[');
    const loaded = loadProgress(storage, key, questions);
    expect(loaded.notice).toBe('corrupt');
    expect(loaded.restored).toBe(false);
    expect(loaded.progress).toEqual(freshProgress(questions));
    expect(storage.items.has(key)).toBe(false);
    expect(loadProgress(storage, key, questions).notice).toBeNull();
  });

  it('refuses well-formed JSON that is not a progress record, field by field', () => {
    const good = JSON.parse(JSON.stringify({ version: STORE_VERSION, savedAt: at.toISOString(), ...answered() }));
    const breakages: ((record: any) => void)[] = [
      (r) => (r.slots = 'nope'),
      (r) => (r.current = 7),
      (r) => (r.current = -1),
      (r) => (r.slots[0].seed = 1.5),
      (r) => (r.slots[0].result.score = 2),
      (r) => (r.slots[0].result.score = Number.NaN),
      (r) => (r.slots[0].response = null), // a result without its response
      (r) => (r.slots[1].response = [['1', 2]]),
      (r) => (r.slots[1].response = Array.from({ length: 80 }, () => ['1'])),
      (r) => (r.slots[0].response = 'x'.repeat(5000)),
      (r) => (r.slots[0].answeredAt = 'yesterday'),
      (r) => (r.slots[0].solutionSeen = 'yes'),
      (r) => delete r.slots[0].attempts,
    ];
    for (const breakIt of breakages) {
      const record = structuredClone(good);
      breakIt(record);
      const storage = new FakeStorage();
      storage.items.set(key, JSON.stringify(record));
      expect(loadProgress(storage, key, questions).notice, breakIt.toString()).toBe('corrupt');
    }
    for (const junk of ['null', '42', '"text"', '[1,2]']) {
      const storage = new FakeStorage();
      storage.items.set(key, junk);
      expect(loadProgress(storage, key, questions).notice, junk).toBe('corrupt');
    }
  });

  it('resets a record of another format version with the version notice', () => {
    for (const version of [0, 2, '1', undefined]) {
      const storage = new FakeStorage();
      storage.items.set(key, JSON.stringify({ ...answered(), version, savedAt: at.toISOString() }));
      const loaded = loadProgress(storage, key, questions);
      expect(loaded.notice, String(version)).toBe('version');
      expect(loaded.progress).toEqual(freshProgress(questions));
    }
  });

  it('resets a record made for different questions with the mismatch notice', () => {
    const storage = new FakeStorage();
    saveProgress(storage, key, answered(), at);
    const other = generateQuiz({ topics: config.topics, count: 3, seed: 2027, difficulty: 'easy' });
    const loaded = loadProgress(storage, key, other);
    expect(loaded.notice).toBe('mismatch');
    expect(loaded.progress.slots.map((s) => s.baseId)).toEqual(other.map((q) => q.id));
    // Fewer questions than saved is a mismatch too, not a partial restore.
    saveProgress(storage, key, answered(), at);
    expect(loadProgress(storage, key, questions.slice(0, 2)).notice).toBe('mismatch');
  });

  it('works without storage: missing or throwing storage gives the unavailable notice and no exception', () => {
    expect(loadProgress(null, key, questions).notice).toBe('unavailable');
    expect(saveProgress(null, key, answered(), at)).toBe('unavailable');
    const refusing = new FakeStorage();
    refusing.failGet = true;
    expect(loadProgress(refusing, key, questions)).toMatchObject({ notice: 'unavailable', restored: false });
    const full = new FakeStorage();
    full.failSet = true;
    expect(saveProgress(full, key, answered(), at)).toBe('write-failed');
  });

  it('probes storage once: a getter that throws or a storage refusing writes is unusable', () => {
    const working = new FakeStorage();
    expect(usableStorage(() => working)).toBe(working);
    expect(working.items.size).toBe(0); // the probe cleans up
    expect(usableStorage(() => { throw new DOMException('blocked', 'SecurityError'); })).toBeNull();
    expect(usableStorage(() => undefined)).toBeNull();
    const refusing = new FakeStorage();
    refusing.failSet = true;
    expect(usableStorage(() => refusing)).toBeNull();
  });

  it('keys records by quiz and student, or by namespace and student', () => {
    expect(key).toBe(`${KEY_PREFIX}output-size,max-pool,conv-output|n=3|seed=2026|easy`);
    expect(KEY_PREFIX).toBe('convlab.quiz.v1:');
    const student = { ...config, student: 's01' };
    expect(storageKeyFor(student)).toBe(`${key}|student=s01`);
    expect(storageKeyFor(student, ' lesson-4 ')).toBe('convlab.quiz.v1:lesson-4|student=s01');
    expect(storageKeyFor({ ...config, seed: 2027 })).not.toBe(key);
    expect(storageKeyFor({ ...config, count: 4 })).not.toBe(key);
  });
});
