export * from './kernels';
export * from './inputs';
