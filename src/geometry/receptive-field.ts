import { positivePair, requirePositiveInteger } from './checks';
import { kerasLayerNames } from './keras-names';
import { effectiveKernel } from './padding';
import type { LayerConfig } from './types';

export interface ReceptiveFieldLayer {
  kernel: number;
  stride?: number;
  dilation?: number;
  name?: string;
}

export interface ReceptiveFieldStep {
  name?: string;
  /** Receptive field r_l: how many input cells (along one axis) one output cell sees. */
  size: number;
  /** Jump j_l: how many input cells apart two neighbouring output cells are. */
  jump: number;
}

export interface ReceptiveField {
  size: number;
  jump: number;
  layers: ReceptiveFieldStep[];
}

/**
 * Receptive field of a stack of windowed layers along one axis, layer by layer:
 * r_l = r_{l−1} + (K_eff − 1)·j_{l−1},  j_l = j_{l−1}·S,  with r_0 = 1, j_0 = 1
 * and K_eff = D·(K − 1) + 1. Two 3×3 convolutions see 5×5, three see 7×7.
 * Padding does not change the size, only where the window sits.
 */
export function receptiveField(layers: ReceptiveFieldLayer[]): ReceptiveField {
  let size = 1;
  let jump = 1;
  const steps: ReceptiveFieldStep[] = [];
  layers.forEach((layer, index) => {
    const label = layer.name ?? `layer ${index + 1}`;
    const kernel = requirePositiveInteger(`${label}: kernel size`, layer.kernel);
    const stride = requirePositiveInteger(`${label}: stride`, layer.stride ?? 1);
    const dilation = requirePositiveInteger(`${label}: dilation`, layer.dilation ?? 1);
    size += (effectiveKernel(kernel, dilation) - 1) * jump;
    jump *= stride;
    steps.push(layer.name === undefined ? { size, jump } : { name: layer.name, size, jump });
  });
  return { size, jump, layers: steps };
}

/**
 * Receptive field of a model's convolution and pooling layers, named as in summary().
 * Layers that do not move a window (activations, dropout, batch normalization, zero
 * padding) are skipped; the walk stops at the first flatten, dense or global pooling
 * layer, whose output sees the whole input. `axis` 0 follows rows, 1 follows columns.
 */
export function receptiveFieldOfModel(configs: LayerConfig[], axis: 0 | 1 = 0): ReceptiveField {
  const names = kerasLayerNames(configs);
  const windows: ReceptiveFieldLayer[] = [];
  for (const [index, config] of configs.entries()) {
    const name = names[index];
    if (config.type === 'conv2d') {
      windows.push({
        name,
        kernel: positivePair('kernel size', config.kernelSize)[axis],
        stride: positivePair('strides', config.strides, 1)[axis],
        dilation: positivePair('dilation rate', config.dilationRate, 1)[axis],
      });
    } else if (config.type === 'maxPooling2d' || config.type === 'averagePooling2d') {
      const pool = positivePair('pool size', config.poolSize, 2);
      windows.push({ name, kernel: pool[axis], stride: positivePair('strides', config.strides ?? pool, 1)[axis] });
    } else if (config.type === 'conv1d') {
      windows.push({ name, kernel: config.kernelSize, stride: config.strides, dilation: config.dilationRate });
    } else if (config.type === 'maxPooling1d' || config.type === 'averagePooling1d') {
      const pool = config.poolSize ?? 2;
      windows.push({ name, kernel: pool, stride: config.strides ?? pool });
    } else if (config.type === 'flatten' || config.type === 'dense' || config.type.startsWith('global')) {
      break;
    }
  }
  return receptiveField(windows);
}
