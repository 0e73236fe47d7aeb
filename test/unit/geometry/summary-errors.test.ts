import { describe, expect, it } from 'vitest';
import { LayerConfigError, summary, type LayerConfig } from '../../../src/geometry';

/** The LayerConfigError summary() throws, or a failure when it does not throw one. */
function errorOf(layers: LayerConfig[], inputShape: number[]): LayerConfigError {
  try {
    summary(layers, inputShape);
  } catch (error) {
    if (error instanceof LayerConfigError) return error;
    throw error;
  }
  throw new Error('summary() accepted an impossible model');
}

const conv = (more: Partial<LayerConfig> = {}): LayerConfig =>
  ({ type: 'conv2d', filters: 4, kernelSize: 3, ...more }) as LayerConfig;

describe('summary() names the layer and the reason for each impossible configuration', () => {
  it('kernel larger than the padded input', () => {
    const error = errorOf([conv(), { type: 'maxPooling2d' }, conv({ kernelSize: 5 })], [8, 8, 1]);
    // 8 → 6 → 3, and a 5×5 kernel does not fit a 3×3 map
    expect(error.layerIndex).toBe(2);
    expect(error.layerName).toBe('conv2d_1');
    expect(error.reason).toBe('kernel height 5 is larger than the padded input height 3');
    expect(error.message).toBe('layer 3 (conv2d_1): kernel height 5 is larger than the padded input height 3');
  });

  it('stride 0', () => {
    const error = errorOf([conv({ strides: 0 })], [8, 8, 1]);
    expect(error.layerName).toBe('conv2d');
    expect(error.reason).toMatch(/strides must be a positive integer, got 0/);
  });

  it('pooling stride 0', () => {
    const error = errorOf([{ type: 'maxPooling2d', strides: 0 }], [8, 8, 1]);
    expect(error.layerName).toBe('max_pooling2d');
    expect(error.reason).toMatch(/strides must be a positive integer, got 0/);
  });

  it('zero or negative filters, units and kernel sizes', () => {
    expect(errorOf([conv({ filters: 0 })], [8, 8, 1]).reason).toMatch(/filters must be a positive integer, got 0/);
    expect(errorOf([conv({ kernelSize: -3 })], [8, 8, 1]).reason).toMatch(/kernel size must be a positive integer, got -3/);
    const dense = errorOf([{ type: 'flatten' }, { type: 'dense', units: 10 }, { type: 'dense', units: -2 }], [4, 4, 1]);
    expect(dense.layerIndex).toBe(2);
    expect(dense.layerName).toBe('dense_1');
    expect(dense.reason).toMatch(/units must be a positive integer, got -2/);
    expect(errorOf([{ type: 'conv1d', filters: 2, kernelSize: 0 }], [10, 1]).reason).toMatch(/kernel size/);
  });

  it('zero or negative sizes in the input shape', () => {
    const error = errorOf([conv()], [28, 0, 1]);
    expect(error.layerIndex).toBe(-1);
    expect(error.message).toMatch(/^input: every size in the input shape must be a positive integer, got 0/);
  });

  it('dropout rate outside [0, 1)', () => {
    for (const rate of [1, -0.1, 1.5]) {
      const error = errorOf([{ type: 'flatten' }, { type: 'dropout', rate }], [4, 4, 1]);
      expect(error.layerName).toBe('dropout');
      expect(error.reason).toMatch(/dropout rate must be at least 0 and below 1/);
    }
  });

  it('unknown layer type', () => {
    const error = errorOf([conv(), { type: 'conv3d' } as unknown as LayerConfig], [8, 8, 1]);
    expect(error.layerIndex).toBe(1);
    expect(error.layerName).toBe('conv3d');
    expect(error.reason).toMatch(/unknown layer type 'conv3d'/);
  });

  it('a Conv2D after Flatten (rank mismatch)', () => {
    const error = errorOf([conv(), { type: 'flatten' }, conv()], [8, 8, 1]);
    expect(error.layerIndex).toBe(2);
    expect(error.layerName).toBe('conv2d_1');
    expect(error.reason).toMatch(/Conv2D needs a 3-D input \(height, width, channels\) but receives \(None, 144\)/);
    expect(error.reason).toMatch(/before Flatten/);
  });

  it('a Conv1D on an image and a Conv2D on a sequence', () => {
    expect(errorOf([{ type: 'conv1d', filters: 2, kernelSize: 3 }], [8, 8, 1]).reason).toMatch(/Conv1D needs a 2-D input/);
    expect(errorOf([conv()], [288, 1]).reason).toMatch(/Conv2D needs a 3-D input/);
  });

  it('an empty model', () => {
    expect(() => summary([], [28, 28, 1])).toThrow(LayerConfigError);
    expect(() => summary([], [28, 28, 1])).toThrow(/no layers/);
  });

  it('a repeated explicit name', () => {
    const error = errorOf([conv(), conv({ name: 'conv2d' })], [8, 8, 1]);
    expect(error.layerIndex).toBe(1);
    expect(error.reason).toMatch(/already used by layer 1/);
  });

  it('is an Error whose name says what it is', () => {
    const error = errorOf([conv({ filters: 0 })], [8, 8, 1]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LayerConfigError');
  });
});
