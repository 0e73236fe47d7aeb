import type { TrainableParameter } from './engine-types';

/**
 * Copies between a model's parameter arrays and one flat Float32Array (the shared
 * weights and gradient buffers of protocol.ts): parameters in model.parameters()
 * order, each array in turn. Plain loops over typed arrays: for LeNet-5's ~60k
 * parameters a copy costs tens of microseconds, small next to a batch.
 */
export function parameterCount(params: readonly TrainableParameter[]): number {
  return params.reduce((sum, p) => sum + p.value.length, 0);
}

/** flat[0 … P) ← every parameter's value. */
export function packValues(params: readonly TrainableParameter[], flat: Float32Array): void {
  let offset = 0;
  for (const p of params) {
    flat.set(p.value, offset);
    offset += p.value.length;
  }
}

/** Every parameter's value ← flat[0 … P). */
export function unpackValues(flat: Float32Array, params: readonly TrainableParameter[]): void {
  let offset = 0;
  for (const p of params) {
    p.value.set(flat.subarray(offset, offset + p.value.length));
    offset += p.value.length;
  }
}

/** flat[offset …] ← scale · every parameter's grad. */
export function packScaledGrads(params: readonly TrainableParameter[], flat: Float32Array, offset: number, scale: number): void {
  let o = offset;
  for (const { grad } of params) {
    for (let i = 0; i < grad.length; i++) flat[o + i] = grad[i] * scale;
    o += grad.length;
  }
}

/**
 * Every parameter's grad ← Σ over the listed segments of flat, summed in list order
 * (a fixed order makes the float result the same run after run).
 */
export function sumGradSegments(
  flat: Float32Array,
  segmentOffsets: readonly number[],
  params: readonly TrainableParameter[],
): void {
  let offset = 0;
  for (const { grad } of params) {
    for (let i = 0; i < grad.length; i++) {
      let sum = 0;
      for (const s of segmentOffsets) sum += flat[s + offset + i];
      grad[i] = sum;
    }
    offset += grad.length;
  }
}
