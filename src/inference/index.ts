/**
 * Inference for views, DOM-free (page, worker or Node): load a weights file into a
 * model, run one image, get probabilities and every layer's activations scaled for
 * display, and the first layer's filters. Inputs use the training normalisation of
 * src/data: x = pixel / 255, 0 = background, 1 = ink (white digit on black, as MNIST).
 */
export type { ActivationKind, DisplayScale, FilterBank, InferenceResult, LayerActivation } from './types';
export { runImage, type RunOptions } from './run';
export { firstLayerFilters } from './filters';
export { scaleForDisplay, extent, type ScaledBlock } from './display';
export { softmax, argmax } from './softmax';
export { fetchWeights, loadModel, modelFromBytes, pretrainedUrl, WeightsLoadError, type LoadModelOptions, type LoadedModel } from './load';
export { datasetImage } from './dataset-image';
export { assertDigitModel, DIGIT_INPUTS, DIGIT_CLASSES } from './mnist-model';
export { WeightsFormatError } from '../tiled';
export { collectLayer, layerSize, nearestVectors, strongestPerChannel, unitInputWindow, type InputWindow, type StrongestHit } from './survey';
