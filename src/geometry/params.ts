import { requirePositiveInteger } from './checks';
import { withThousands as n } from './digits';

export interface ParamCount {
  params: number;
  /** The count with its values, e.g. "(3·3·1 + 1)·32 = 320". */
  formula: string;
}

export interface BatchNormParamCount extends ParamCount {
  /** γ (scale) and β (shift): learned by gradient descent. */
  trainableParams: number;
  /** Moving mean and variance: updated by averaging, not by gradients. */
  nonTrainableParams: number;
}

/**
 * Weights of a 2D convolution: (K_h·K_w·C_in + 1)·C_out with a bias per filter,
 * K_h·K_w·C_in·C_out without. Each filter spans every input channel.
 */
export function conv2dParams({
  kernel: [kh, kw],
  inChannels,
  filters,
  useBias = true,
}: {
  kernel: [number, number];
  inChannels: number;
  filters: number;
  useBias?: boolean;
}): ParamCount {
  requirePositiveInteger('kernel height', kh);
  requirePositiveInteger('kernel width', kw);
  requirePositiveInteger('input channels', inChannels);
  return windowedParams(`${n(kh)}·${n(kw)}·${n(inChannels)}`, kh * kw * inChannels, filters, useBias);
}

/** Weights of a 1D convolution: (K·C_in + 1)·C_out, or K·C_in·C_out without bias. */
export function conv1dParams({
  kernel,
  inChannels,
  filters,
  useBias = true,
}: {
  kernel: number;
  inChannels: number;
  filters: number;
  useBias?: boolean;
}): ParamCount {
  requirePositiveInteger('kernel size', kernel);
  requirePositiveInteger('input channels', inChannels);
  return windowedParams(`${n(kernel)}·${n(inChannels)}`, kernel * inChannels, filters, useBias);
}

/** Weights of a dense layer: in·out + out, or in·out without bias ("784·128 + 128 = 100,480"). */
export function denseParams({
  inputs,
  units,
  useBias = true,
}: {
  inputs: number;
  units: number;
  useBias?: boolean;
}): ParamCount {
  requirePositiveInteger('inputs', inputs);
  requirePositiveInteger('units', units);
  const params = inputs * units + (useBias ? units : 0);
  const body = `${n(inputs)}·${n(units)}` + (useBias ? ` + ${n(units)}` : '');
  return { params, formula: `${body} = ${n(params)}` };
}

/**
 * Batch normalization over C channels keeps four numbers per channel: 4·C in total,
 * of which γ and β (2·C) are trainable and the moving mean and variance (2·C) are not,
 * as Keras counts them.
 */
export function batchNormParams(channels: number): BatchNormParamCount {
  requirePositiveInteger('channels', channels);
  const params = 4 * channels;
  return {
    params,
    trainableParams: 2 * channels,
    nonTrainableParams: 2 * channels,
    formula: `4·${n(channels)} = ${n(params)}`,
  };
}

function windowedParams(fanInText: string, fanIn: number, filters: number, useBias: boolean): ParamCount {
  requirePositiveInteger('filters', filters);
  const params = (fanIn + (useBias ? 1 : 0)) * filters;
  const body = useBias ? `(${fanInText} + 1)·${n(filters)}` : `${fanInText}·${n(filters)}`;
  return { params, formula: `${body} = ${n(params)}` };
}
