/**
 * A layer configuration written as the Keras call a student would type, e.g.
 * "Conv2D(32, (3, 3), strides=2, padding='same')", so prompts can show a model as code.
 * Arguments at their Keras defaults are left out.
 */
import { KERAS_CLASS_NAMES, type IntOrPair, type LayerConfig } from '../geometry';

const pairText = (value: IntOrPair): string => (typeof value === 'number' ? `(${value}, ${value})` : `(${value[0]}, ${value[1]})`);
const isOne = (value: IntOrPair | undefined): boolean => value === undefined || value === 1 || (Array.isArray(value) && value[0] === 1 && value[1] === 1);

export function layerCode(config: LayerConfig): string {
  const name = KERAS_CLASS_NAMES[config.type];
  const args: string[] = [];
  switch (config.type) {
    case 'conv2d':
      args.push(String(config.filters), pairText(config.kernelSize));
      if (!isOne(config.strides)) args.push(`strides=${config.strides}`);
      if (config.padding === 'same') args.push("padding='same'");
      if (!isOne(config.dilationRate)) args.push(`dilation_rate=${config.dilationRate}`);
      if (config.useBias === false) args.push('use_bias=False');
      break;
    case 'conv1d':
      args.push(String(config.filters), String(config.kernelSize));
      if (!isOne(config.strides)) args.push(`strides=${config.strides}`);
      if (config.padding === 'same') args.push("padding='same'");
      if (config.useBias === false) args.push('use_bias=False');
      break;
    case 'maxPooling2d':
    case 'averagePooling2d':
      args.push(pairText(config.poolSize ?? 2));
      if (config.strides !== undefined) args.push(`strides=${config.strides}`);
      if (config.padding === 'same') args.push("padding='same'");
      break;
    case 'dense':
      args.push(String(config.units));
      if (config.useBias === false) args.push('use_bias=False');
      break;
    case 'dropout':
      args.push(String(config.rate));
      break;
    default:
      break;
  }
  if ('activation' in config && config.activation && config.activation !== 'linear' && config.type !== 'activation') {
    args.push(`activation='${config.activation}'`);
  }
  return `${name}(${args.join(', ')})`;
}
