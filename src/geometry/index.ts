export * from './types';
export * from './padding';
export * from './output-size';
