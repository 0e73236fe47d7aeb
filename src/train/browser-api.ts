/**
 * The browser trainer's public API for pages and elements (main thread): the worker
 * client, settings, the page ↔ worker protocol, history and ETA helpers, augmentation,
 * checkpoints and their IndexedDB store. Not re-exported by './index' (platform-free)
 * because the client and the store use Web Workers and IndexedDB.
 */
export * from './browser-settings';
export * from './browser-protocol';
export * from './browser-history';
export * from './browser-eta';
export * from './browser-augment';
export * from './browser-checkpoint';
export * from './browser-checkpoint-store';
export * from './browser-client';
export * from './browser-synthetic';
