import type { LayerConfig } from '../geometry';

/**
 * What the training loop needs from the tiled engine, written structurally so the
 * loop, the local backend and the worker replica can be read (and tested) without the
 * whole engine; src/tiled's Sequential and optimizers satisfy these shapes.
 */
export interface TrainableParameter {
  readonly name: string;
  readonly value: Float32Array;
  readonly grad: Float32Array;
}

export interface TrainableModel {
  readonly inputSize: number;
  readonly outputSize: number;
  /** Logits (batch·outputSize), a view the next call overwrites. */
  forward(x: Float32Array, batch: number, mode: 'train' | 'infer'): Float32Array;
  /** After forward(…, 'train'): fills every parameter's grad with the batch-mean gradient; returns the mean loss. */
  backward(labels: Uint8Array | Int32Array, batch: number): number;
  parameters(): readonly TrainableParameter[];
}

export interface SgdSettings {
  type: 'sgd';
  lr: number;
  momentum?: number;
  nesterov?: boolean;
  weightDecay?: number;
}
export interface AdamSettings {
  type: 'adam';
  lr: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  weightDecay?: number;
}
export type OptimizerSettings = SgdSettings | AdamSettings;

export interface TrainableOptimizer {
  step(): void;
  setLearningRate(lr: number): void;
}

/** A course model by name, or a list of layers on MNIST-shaped input (28×28×1). */
export type ModelSpec = string | LayerConfig[];

/** The engine entry points a backend or replica builds from (M: the engine's model class). */
export interface EngineFactory<M extends TrainableModel = TrainableModel> {
  buildModel(spec: ModelSpec, options: { seed: number; maxBatch: number }): M;
  createOptimizer(params: readonly TrainableParameter[], settings: OptimizerSettings): TrainableOptimizer;
  /** Which kernels its models run on (the tiled engine: 'js', 'simd' or 'relaxed'); replicas load the same. */
  readonly kernels?: string;
  /** The same engine on other kernels (a replica thread calls it with the coordinator's `kernels`). */
  withKernels?(kernels: string): Promise<EngineFactory<M>>;
}
