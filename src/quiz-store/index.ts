/**
 * Quiz progress that survives a reload: what a quiz is (config, links), a student's
 * progress through it (pure transitions and the score), and its versioned storage
 * through any Storage-like object. No DOM: the element passes localStorage in.
 *
 *   const { config, problems } = parseQuizConfig(rawConfigFromParams(url.searchParams));
 *   const key = storageKeyFor(config, namespace);
 *   const { progress, notice } = loadProgress(usableStorage(() => localStorage), key, questions);
 *   progress = recordAnswer(progress, i, response, result, new Date()); saveProgress(storage, key, progress, new Date());
 */
export * from './config';
export * from './link';
export * from './progress';
export { STORE_VERSION, KEY_PREFIX, LIMITS, checkRecord, toRecord, type StoredRecord, type RecordCheck } from './schema';
export * from './storage';
