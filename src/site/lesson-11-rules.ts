/**
 * URL whitelists for the inference elements of lessons 11–13 (by data-url-key, through
 * LessonContent.urlRules): which pretrained model, which test image and layer. Values a
 * link may carry are only these; anything else is ignored.
 */
import { FLAG, oneOf, valueRule, wholeNumber, type ElementRules } from './url-state';

const PRETRAINED = ['lenet5', 'mlp'];
/** LeNet-5's layers as Keras names them; the element also accepts 'all'. */
const LENET_LAYERS = ['all', 'conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'flatten', 'dense', 'dense_1', 'dense_2'];

export const classifierRules: ElementRules = {
  model: valueRule((text) => oneOf(text, PRETRAINED), 'lenet5'),
  'show-activations': FLAG,
};

export const featureMapsRules: ElementRules = {
  image: valueRule((text) => wholeNumber(text, 0, 9999), '0'),
  layer: valueRule((text) => oneOf(text, LENET_LAYERS), 'all'),
  scale: valueRule((text) => oneOf(text, ['layer', 'channel']), 'layer'),
};

/** <cnn-feature-maps-survey>: the layer surveyed and, for neighbours, the query image (of the first 1,000). */
export const surveyRules: ElementRules = {
  layer: valueRule((text) => oneOf(text, LENET_LAYERS.slice(1))),
  image: valueRule((text) => wholeNumber(text, 0, 999), '0'),
};
