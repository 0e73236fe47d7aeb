/**
 * Weight initialisation from the seeded generator of src/random:
 *   He (Kaiming) normal  σ = √(2 / fanIn)           for layers followed by ReLU or LeakyReLU
 *   Glorot (Xavier) normal σ = √(2 / (fanIn + fanOut)) for tanh, sigmoid, linear
 * Biases and BatchNorm β start at 0, BatchNorm γ at 1.
 */
import type { Rng } from '../random';
import type { ParamSpec } from './layer';

export function initialise(spec: ParamSpec, value: Float32Array, rng: Rng): void {
  switch (spec.init) {
    case 'zeros': value.fill(0); return;
    case 'ones': value.fill(1); return;
    case 'he':
    case 'glorot': {
      const sigma = spec.init === 'he' ? Math.sqrt(2 / spec.fanIn) : Math.sqrt(2 / (spec.fanIn + spec.fanOut));
      for (let i = 0; i < value.length; i++) value[i] = sigma * rng.normal();
    }
  }
}
