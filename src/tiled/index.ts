/** The tiled Float32Array engine (DESIGN.md contract 3): see README.md in this folder. */
export type { Param, StateTensor, Mode } from './layer';
export type { KernelBackend, KernelBackendInfo, KernelKind } from './kernels';
export { Sequential, parameterBufferBytes, type SequentialOptions } from './sequential';
export { buildModel, type BuildModelOptions } from './models';
export { createOptimizer, type Optimizer, type OptimizerConfig } from './optimizers';
export {
  serializeWeights, readWeightsHeader, WeightsFormatError, WEIGHTS_MAGIC, WEIGHTS_VERSION,
  type WeightsHeader, type WeightsTensorEntry,
} from './weights-format';
export { loadWeights, modelFromWeights } from './load-weights';
export { softmaxCrossEntropy, argmaxRows } from './loss';
export { gemmNN } from './gemm-nn';
export { gemmNT } from './gemm-nt';
export { gemmTN } from './gemm-tn';
