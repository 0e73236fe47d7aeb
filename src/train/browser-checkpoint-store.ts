/**
 * IndexedDB storage of training checkpoints (records of browser-checkpoint.ts). A new
 * record is written under its own key and only after that write has committed are the
 * namespace's older records deleted, so a good checkpoint is never lost to a failed
 * write. openCheckpointStore resolves to null when IndexedDB is unavailable (private
 * windows, blocked storage): training then works without checkpoints.
 */
import { staleKeys, type CheckpointRecord } from './browser-checkpoint';

export interface CheckpointStore {
  /** The newest record of the namespace as stored (check it with checkCheckpoint), or null. */
  newest(namespace: string): Promise<unknown>;
  /** Writes the record, then deletes the namespace's other records. */
  save(record: CheckpointRecord): Promise<void>;
  /** Deletes every record of the namespace. */
  discard(namespace: string): Promise<void>;
  close(): void;
}

export const CHECKPOINT_DB = 'convlab-trainer';
const STORE = 'checkpoints';

const promised = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });

const rangeOf = (namespace: string): IDBKeyRange => IDBKeyRange.bound(`${namespace}/`, `${namespace}/\uffff`);

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cannot be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

export async function openCheckpointStore(name = CHECKPOINT_DB): Promise<CheckpointStore | null> {
  let db: IDBDatabase;
  try {
    if (typeof indexedDB === 'undefined') return null;
    db = await open(name);
  } catch {
    return null;
  }
  return {
    async newest(namespace) {
      const tx = db.transaction(STORE, 'readonly');
      const all = await promised(tx.objectStore(STORE).getAll(rangeOf(namespace)));
      // Keys sort by epoch within a run; savedAt decides between runs (a missing date sorts first).
      const time = (r: unknown): number => (typeof (r as { savedAt?: unknown })?.savedAt === 'number' ? (r as { savedAt: number }).savedAt : -1);
      return all.reduce<unknown>((newest, r) => (newest === null || time(r) >= time(newest) ? r : newest), null);
    },
    async save(record) {
      const write = db.transaction(STORE, 'readwrite');
      write.objectStore(STORE).put(record);
      await committed(write);
      const tidy = db.transaction(STORE, 'readwrite');
      const store = tidy.objectStore(STORE);
      const keys = (await promised(store.getAllKeys(rangeOf(record.namespace)))) as string[];
      for (const key of staleKeys(keys, record.namespace, record.key)) store.delete(key);
      await committed(tidy);
    },
    async discard(namespace) {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(rangeOf(namespace));
      await committed(tx);
    },
    close: () => db.close(),
  };
}
