/** Pure image filtering for the filter lab: planes ↔ RGBA, 'same' convolution, per-pixel products, display mapping. */
export * from './types';
export * from './channels';
export * from './convolve';
export * from './products';
export * from './kernel-spec';
export * from './display';
