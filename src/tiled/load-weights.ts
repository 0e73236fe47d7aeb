/** Loading a weights file into a model, refusing any mismatch before a single value is written. */
import { readWeightValues, readWeightsHeader, modelTensors, WeightsFormatError, type WeightsHeader } from './weights-format';
import type { KernelBackend } from './kernels';
import { Sequential } from './sequential';

const shapeText = (shape: number[]): string => `[${shape.join(', ')}]`;

export function loadWeights(model: Sequential, bytes: Uint8Array): WeightsHeader {
  const header = readWeightsHeader(bytes);
  const tensors = modelTensors(model);
  const count = Math.max(tensors.length, header.tensors.length);
  for (let i = 0; i < count; i++) {
    const mine = tensors[i], theirs = header.tensors[i];
    if (mine === undefined || theirs === undefined) {
      const missing = mine === undefined ? `the file has an extra tensor "${theirs.name}"` : `the file has no tensor for "${mine.name}"`;
      throw new WeightsFormatError(`weights do not match the model: ${missing} (model ${tensors.length} tensors, file ${header.tensors.length})`);
    }
    if (mine.name !== theirs.name || mine.shape.join() !== theirs.shape.join()) {
      throw new WeightsFormatError(
        `weights do not match the model: tensor ${i + 1} is "${theirs.name}" ${shapeText(theirs.shape)} in the file ` +
        `but "${mine.name}" ${shapeText(mine.shape)} in the model`,
      );
    }
  }
  readWeightValues(bytes, tensors.map((t) => t.value));
  return header;
}

/** A model rebuilt from the configs in the file, with its weights loaded. */
export function modelFromWeights(bytes: Uint8Array, opts: { maxBatch: number; kernels?: KernelBackend }): Sequential {
  const header = readWeightsHeader(bytes);
  let model: Sequential;
  try {
    model = Sequential.fromConfigs(header.configs, header.inputShape, { seed: 0, maxBatch: opts.maxBatch, kernels: opts.kernels });
  } catch (error) {
    throw new WeightsFormatError(`the model in the weights file cannot be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  loadWeights(model, bytes);
  return model;
}
