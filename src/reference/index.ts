/** The scalar reference engine (DESIGN.md contract 1): readable float64 loops that record every step. */
export * from './types';
export * from './tensor';
export { planWindow2d, planWindow1d, type AxisPlan, type WindowPlan2d, type WindowPlan1d } from './window-plan';
export { conv2d, appliedWeight } from './conv2d';
export { conv2dBackward } from './conv2d-backward';
export { conv1d, conv1dBackward } from './conv1d';
export { pool2d, pool2dBackward } from './pool';
export { globalPool2d, globalPool2dBackward, type GlobalPoolMode } from './global-pool';
export { convTranspose2d, convTranspose2dBackward, transposeAxis, type TransposeAxis } from './transpose';
export { convTranspose1d, convTranspose1dBackward } from './transpose1d';
export { pad2d, pad1d } from './pad';
export {
  relu,
  leakyRelu,
  tanh,
  sigmoid,
  reluBackward,
  leakyReluBackward,
  tanhBackward,
  sigmoidBackward,
} from './activations';
export { softmax, softmaxBackward, softmaxCrossEntropy } from './softmax';
export { dense, denseBackward } from './dense';
export { flatten, unflatten, type FlattenOrder } from './flatten';
