/**
 * Checks that a model can classify MNIST-like digits (784 inputs, 10 outputs) before a
 * drawing is fed to it, so a wrong weights file is explained rather than misread.
 */
import { WeightsFormatError, type Sequential } from '../tiled';

export const DIGIT_INPUTS = 28 * 28;
export const DIGIT_CLASSES = 10;

export function assertDigitModel(model: Sequential): void {
  if (model.inputSize !== DIGIT_INPUTS || model.outputSize !== DIGIT_CLASSES) {
    throw new WeightsFormatError(
      `the model takes ${model.inputSize} inputs and gives ${model.outputSize} outputs; a digit classifier needs ${DIGIT_INPUTS} and ${DIGIT_CLASSES}`,
    );
  }
}
