export * from './types';
export { toInk } from './ink';
export { inkBoundingBox, crop } from './bounding-box';
export { areaResize, areaTaps } from './area-resize';
export { centreOfMass } from './centre-of-mass';
export { translateInto } from './translate';
export { preprocessDigit } from './preprocess';
