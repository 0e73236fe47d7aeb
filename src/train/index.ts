/**
 * Training on the tiled engine, platform-free: config and learning-rate schedule, the
 * epoch loop, metrics, the replica message protocol, the gradient replica and the
 * local / parallel backends. Node-only parts (worker_threads, reading MNIST from disk)
 * are in './node'.
 */
export * from './engine-types';
export * from './config';
export * from './metrics';
export * from './protocol';
export * from './ports';
export * from './parameter-layout';
export * from './backend';
export * from './local-backend';
export * from './parallel-backend';
export * from './replica';
export * from './loop';
export * from './tiled-engine';
export * from './recipes';
