/** Node-only training helpers (worker_threads replicas, MNIST from disk). */
export * from './node-replica-port';
export * from './node-session';
