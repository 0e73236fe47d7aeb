/** The scalar reference engine (DESIGN.md contract 1): readable float64 loops that record every step. */
export * from './types';
export * from './tensor';
export { conv2d } from './conv2d';
export { conv2dBackward } from './conv2d-backward';
export { conv1d, conv1dBackward } from './conv1d';
