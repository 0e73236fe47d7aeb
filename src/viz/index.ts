export * from './format';
export * from './scales';
export * from './matrix-model';
export * from './render-matrix';
