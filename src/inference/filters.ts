/**
 * The first convolution layer's learned kernels. Only the first layer's are shown as
 * pictures: they act directly on pixels, so each reads as a small image patch the
 * filter responds to; deeper kernels mix many channels and do not.
 */
import type { Sequential } from '../tiled';
import type { FilterBank } from './types';

/** The first conv2d kernel of the model ([Cout][Cin][Kh][Kw], PyTorch layout), or null when it has none. */
export function firstLayerFilters(model: Sequential): FilterBank | null {
  const params = model.parameters();
  const kernel = params.find((p) => p.shape.length === 4 && p.name.endsWith('/kernel'));
  if (!kernel) return null;
  const layer = kernel.name.slice(0, kernel.name.lastIndexOf('/'));
  const bias = params.find((p) => p.name === `${layer}/bias`);
  const [filters, inChannels, kernelHeight, kernelWidth] = kernel.shape;
  const weights = new Float32Array(kernel.value);
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const display = new Float32Array(weights.length);
  if (maxAbs > 0) for (let i = 0; i < weights.length; i++) display[i] = weights[i] / maxAbs;
  return {
    name: layer,
    filters,
    inChannels,
    kernelHeight,
    kernelWidth,
    weights,
    display,
    bias: bias ? new Float32Array(bias.value) : null,
    maxAbs,
  };
}
