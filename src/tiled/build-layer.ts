/**
 * Turns one Keras-style LayerConfig (src/geometry/types.ts) into a tiled layer for a
 * channels-first input shape. Geometry's layerOutputShape validates the config first, so
 * errors read the same as in the summary element.
 */
import { LayerConfigError, layerOutputShape, zeroPadding2dSides, type ActivationName, type LayerConfig } from '../geometry';
import { ActivationLayer } from './activation-layer';
import type { ActivationKind } from './activations';
import { BatchNormLayer } from './batchnorm';
import { Conv2DLayer } from './conv2d';
import { DenseLayer } from './dense';
import { DropoutLayer } from './dropout';
import { GlobalAveragePool2DLayer } from './global-pool';
import type { Workspace } from './kernels';
import type { Layer } from './layer';
import { Pool2DLayer } from './pool';
import { FlattenLayer, ZeroPadding2DLayer } from './reshape';

/** Keras's LeakyReLU layer default; TF.js's 'leakyRelu' activation function uses 0.2. */
const LEAKY_LAYER_ALPHA = 0.3;
const LEAKY_ACTIVATION_ALPHA = 0.2;

export interface LayerContext {
  index: number;
  name: string;
  /** Channels first, without the batch axis. */
  inShape: number[];
  maxBatch: number;
  isLast: boolean;
  /** The configs after this one, to pick He or Glorot initialisation from the next activation. */
  following: LayerConfig[];
  /** Where the layer's buffers come from and which kernels it calls. */
  workspace: Workspace;
}

export function buildLayer(config: LayerConfig, ctx: LayerContext): Layer {
  const fail = (reason: string): never => {
    throw new LayerConfigError(ctx.index, ctx.name, reason);
  };
  try {
    const [first, ...rest] = ctx.inShape;
    const channelsLast = rest.length > 0 ? [...rest, first] : ctx.inShape;
    layerOutputShape(config, channelsLast);
  } catch (error) {
    if (error instanceof LayerConfigError) throw error;
    fail(error instanceof Error ? error.message : String(error));
  }
  const { name, inShape, maxBatch, workspace } = ctx;
  const needImage = (): void => {
    if (inShape.length !== 3) fail(`needs an image input [height, width, channels], got a shape of rank ${inShape.length}`);
  };
  const activation = (value: ActivationName | undefined): ActivationKind => {
    if (value === 'softmax') {
      if (!ctx.isLast) fail('softmax is only supported as the output activation (it is folded into the cross-entropy loss)');
      return 'linear';
    }
    return value ?? 'linear';
  };
  switch (config.type) {
    case 'conv2d': {
      needImage();
      const kind = activation(config.activation);
      const layer = new Conv2DLayer(name, inShape, {
        filters: config.filters, kernel: config.kernelSize, stride: config.strides, padding: config.padding ?? 'valid',
        dilation: config.dilationRate, activation: kind, alpha: LEAKY_ACTIVATION_ALPHA, useBias: config.useBias,
      }, maxBatch, workspace);
      layer.setInit(initFor(kind, ctx.following));
      return layer;
    }
    case 'dense': {
      if (inShape.length !== 1) fail(`needs a flat input (add a flatten layer before it), got a shape of rank ${inShape.length}`);
      const kind = activation(config.activation);
      const layer = new DenseLayer(name, inShape[0], { units: config.units, activation: kind, alpha: LEAKY_ACTIVATION_ALPHA, useBias: config.useBias }, maxBatch, workspace);
      layer.setInit(initFor(kind, ctx.following));
      return layer;
    }
    case 'maxPooling2d':
    case 'averagePooling2d':
      needImage();
      return new Pool2DLayer(name, inShape, {
        mode: config.type === 'maxPooling2d' ? 'max' : 'avg', size: config.poolSize ?? 2,
        stride: config.strides ?? config.poolSize ?? 2, padding: config.padding ?? 'valid',
      }, maxBatch, workspace);
    case 'globalAveragePooling2d':
      needImage();
      return new GlobalAveragePool2DLayer(name, inShape, maxBatch, workspace);
    case 'flatten':
      return new FlattenLayer(name, inShape);
    case 'dropout':
      return new DropoutLayer(name, inShape, config.rate, maxBatch, workspace);
    case 'batchNormalization':
      return new BatchNormLayer(name, inShape, { momentum: config.momentum, epsilon: config.epsilon }, maxBatch, workspace);
    case 'zeroPadding2d':
      needImage();
      return new ZeroPadding2DLayer(name, inShape, zeroPadding2dSides(config.padding), maxBatch, workspace);
    case 'reLU':
      return new ActivationLayer(name, inShape, 'relu', 0, maxBatch, workspace);
    case 'leakyReLU':
      return new ActivationLayer(name, inShape, 'leakyRelu', config.alpha ?? LEAKY_LAYER_ALPHA, maxBatch, workspace);
    case 'activation':
      return new ActivationLayer(name, inShape, activation(config.activation), LEAKY_ACTIVATION_ALPHA, maxBatch, workspace);
    default:
      return fail(`the tiled engine does not support ${config.type} layers`);
  }
}

/** He for ReLU-like activations (own, or the next activation layer's), Glorot otherwise. */
function initFor(kind: ActivationKind, following: LayerConfig[]): 'he' | 'glorot' {
  if (kind === 'relu' || kind === 'leakyRelu') return 'he';
  if (kind !== 'linear') return 'glorot';
  for (const next of following) {
    if (next.type === 'batchNormalization' || next.type === 'dropout') continue;
    if (next.type === 'reLU' || next.type === 'leakyReLU') return 'he';
    if (next.type === 'activation' && (next.activation === 'relu' || next.activation === 'leakyRelu')) return 'he';
    return 'glorot';
  }
  return 'glorot';
}
