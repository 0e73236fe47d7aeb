/**
 * One image through a model in inference mode, and every layer's output copied out
 * and scaled for display. Works on any Sequential whose input is one image (MNIST's
 * 28×28×1 or another size); the last layer's outputs are read as class logits.
 */
import { toChannelsFirst } from '../geometry';
import type { Sequential } from '../tiled';
import { scaleForDisplay } from './display';
import { argmax, softmax } from './softmax';
import type { DisplayScale, InferenceResult, LayerActivation } from './types';

export interface RunOptions {
  /** One scale per layer (default) or per channel. */
  scale?: DisplayScale;
}

/**
 * Runs `pixels` (model.inputSize values, channels first; for MNIST 0 = background … 1 = ink,
 * the training normalisation x = pixel / 255) and returns probabilities and activations.
 * Throws a RangeError when the input has the wrong length or a value that is not finite.
 */
export function runImage(model: Sequential, pixels: ArrayLike<number>, options: RunOptions = {}): InferenceResult {
  if (pixels.length !== model.inputSize) {
    throw new RangeError(`the model takes ${model.inputSize} input values, got ${pixels.length}`);
  }
  const x = new Float32Array(model.inputSize);
  for (let i = 0; i < x.length; i++) {
    const v = pixels[i];
    if (!Number.isFinite(v)) throw new RangeError(`input value ${i} is ${v}, not a finite number`);
    x[i] = v;
  }
  const logits = new Float32Array(model.forward(x, 1, 'infer'));
  const probabilities = softmax(logits);
  const raw = model.activations();
  const layers = raw.map((activation, index): LayerActivation => {
    const config = model.configs[index];
    const kind = activation.shape.length === 3 ? 'maps' : 'vector';
    const values = new Float32Array(activation.data.subarray(0, activation.data.length));
    const groups = kind === 'maps' && options.scale === 'channel' ? activation.shape[0] : 1;
    const scaled = scaleForDisplay(values, groups);
    const previous = index > 0 ? raw[index - 1].shape : toChannelsFirst(model.inputShape);
    return {
      name: activation.name,
      type: config.type,
      kind,
      shape: [...activation.shape],
      values,
      ...scaled,
      flattenedFrom: config.type === 'flatten' ? [...previous] : undefined,
    };
  });
  return { probabilities, predicted: argmax(probabilities), logits, layers };
}

