import { withThousands } from './digits';
import { batchNormParams, conv1dParams, conv2dParams, denseParams } from './params';
import { positivePair } from './checks';
import type { LayerConfig } from './types';

export interface LayerParamCount {
  params: number;
  trainableParams: number;
  /** e.g. "(3·3·1 + 1)·32 = 320"; "0" for layers without weights. */
  formula: string;
}

/**
 * Param # of one layer given the shape it receives (channels last). Convolutions count
 * a kernel per input channel and filter plus a bias per filter; Dense counts a weight
 * per input and unit (on the last axis) plus a bias per unit; BatchNormalization counts
 * 4 per channel, half of them non-trainable. Every other layer has no weights.
 * Call it after layerOutputShape() has accepted the configuration.
 */
export function layerParams(config: LayerConfig, inputShape: number[]): LayerParamCount {
  const channels = inputShape[inputShape.length - 1];
  switch (config.type) {
    case 'conv2d':
      return allTrainable(
        conv2dParams({
          kernel: positivePair('kernel size', config.kernelSize),
          inChannels: channels,
          filters: config.filters,
          useBias: config.useBias ?? true,
        }),
      );
    case 'conv1d':
      return allTrainable(
        conv1dParams({ kernel: config.kernelSize, inChannels: channels, filters: config.filters, useBias: config.useBias ?? true }),
      );
    case 'dense':
      return allTrainable(denseParams({ inputs: channels, units: config.units, useBias: config.useBias ?? true }));
    case 'batchNormalization': {
      const { params, trainableParams, nonTrainableParams } = batchNormParams(channels);
      return {
        params,
        trainableParams,
        formula: `4·${withThousands(channels)} = ${withThousands(params)} (${withThousands(nonTrainableParams)} non-trainable)`,
      };
    }
    default:
      return { params: 0, trainableParams: 0, formula: '0' };
  }
}

function allTrainable({ params, formula }: { params: number; formula: string }): LayerParamCount {
  return { params, trainableParams: params, formula };
}
