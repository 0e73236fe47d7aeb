/**
 * Output shapes of the layers that slide a window (convolution and pooling), channels
 * last like Keras. Each axis uses outputSize(): O = ⌊(W + P_before + P_after − K_eff) / S⌋ + 1,
 * where 'same' padding makes O = ⌈W / S⌉ and 'valid' adds no border.
 */
import {
  paddingName,
  positivePair,
  requireActivation,
  requirePositiveInteger,
  requireStrideOrDilation,
} from './checks';
import { outputSize } from './output-size';
import { effectiveKernel, resolveAxisPadding } from './padding';
import type { Conv1DConfig, Conv2DConfig, PaddingName, Pooling1DConfig, Pooling2DConfig } from './types';

/** One axis of a windowed layer, with a reason a student can read when the window does not fit. */
export function windowAxis(
  window: 'kernel' | 'pool window',
  axis: 'height' | 'width' | 'length',
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: PaddingName,
): number {
  const [before, after] = resolveAxisPadding(input, kernel, stride, dilation, padding);
  const extent = effectiveKernel(kernel, dilation);
  const padded = input + before + after;
  if (extent > padded) {
    const dilated = dilation > 1 ? ` (${kernel} with dilation ${dilation})` : '';
    throw new RangeError(
      `${window} ${axis} ${extent}${dilated} is larger than the padded input ${axis} ${padded}`,
    );
  }
  return outputSize({ input, kernel, stride, dilation, padding: [before, after] }).size;
}

/** [H, W, C] → [H_out, W_out, filters]. */
export function conv2dShape(config: Conv2DConfig, [height, width]: number[]): number[] {
  const filters = requirePositiveInteger('filters', config.filters);
  const [kh, kw] = positivePair('kernel size', config.kernelSize);
  const [sh, sw] = positivePair('strides', config.strides, 1);
  const [dh, dw] = positivePair('dilation rate', config.dilationRate, 1);
  requireStrideOrDilation([sh, sw], [dh, dw]);
  requireActivation(config.activation);
  const padding = paddingName(config.padding);
  return [
    windowAxis('kernel', 'height', height, kh, sh, dh, padding),
    windowAxis('kernel', 'width', width, kw, sw, dw, padding),
    filters,
  ];
}

/** [L, C] → [L_out, filters]. */
export function conv1dShape(config: Conv1DConfig, [length]: number[]): number[] {
  const filters = requirePositiveInteger('filters', config.filters);
  const kernel = requirePositiveInteger('kernel size', config.kernelSize);
  const stride = requirePositiveInteger('stride', config.strides ?? 1);
  const dilation = requirePositiveInteger('dilation rate', config.dilationRate ?? 1);
  requireStrideOrDilation([stride], [dilation]);
  requireActivation(config.activation);
  const padding = paddingName(config.padding);
  return [windowAxis('kernel', 'length', length, kernel, stride, dilation, padding), filters];
}

/** [H, W, C] → [H_out, W_out, C]; Keras's pool size defaults to 2 and the stride to the pool size. */
export function pooling2dShape(config: Pooling2DConfig, [height, width, channels]: number[]): number[] {
  const [ph, pw] = positivePair('pool size', config.poolSize, 2);
  const [sh, sw] = positivePair('strides', config.strides ?? [ph, pw]);
  const padding = paddingName(config.padding);
  return [
    windowAxis('pool window', 'height', height, ph, sh, 1, padding),
    windowAxis('pool window', 'width', width, pw, sw, 1, padding),
    channels,
  ];
}

/** [L, C] → [L_out, C]. */
export function pooling1dShape(config: Pooling1DConfig, [length, channels]: number[]): number[] {
  const pool = requirePositiveInteger('pool size', config.poolSize ?? 2);
  const stride = requirePositiveInteger('stride', config.strides ?? pool);
  const padding = paddingName(config.padding);
  return [windowAxis('pool window', 'length', length, pool, stride, 1, padding), channels];
}
