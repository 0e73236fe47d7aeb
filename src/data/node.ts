/** Node-only data helpers (node:fs); import from 'src/data/node', never from browser code. */
export * from './node-mnist';
export * from './atomic-file';
