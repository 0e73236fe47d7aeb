import { describe, expect, it } from 'vitest';
import { MODELS, receptiveField, receptiveFieldOfModel, type LayerConfig } from '../../../src/geometry';

const conv3 = { kernel: 3 };

describe('receptiveField', () => {
  it('two stacked 3×3 convolutions see 5×5, three see 7×7 (why VGG stacks 3×3)', () => {
    expect(receptiveField([conv3, conv3]).size).toBe(5);
    expect(receptiveField([conv3, conv3, conv3]).size).toBe(7);
  });

  it('conv 3 → pool 2 → conv 3 sees 8, with the jump doubled by the pool', () => {
    const result = receptiveField([
      { kernel: 3, name: 'c1' },
      { kernel: 2, stride: 2, name: 'p1' },
      { kernel: 3, name: 'c2' },
    ]);
    expect(result.size).toBe(8);
    expect(result.jump).toBe(2);
    expect(result.layers).toEqual([
      { name: 'c1', size: 3, jump: 1 },
      { name: 'p1', size: 4, jump: 2 },
      { name: 'c2', size: 8, jump: 2 },
    ]);
  });

  it('a dilated 3×3 kernel (D = 2) spans 5 cells', () => {
    expect(receptiveField([{ kernel: 3, dilation: 2 }]).size).toBe(5);
  });

  it('no layers: one cell sees itself', () => {
    expect(receptiveField([])).toEqual({ size: 1, jump: 1, layers: [] });
  });

  it('rejects a zero stride and names the layer', () => {
    expect(() => receptiveField([{ kernel: 3 }, { kernel: 2, stride: 0 }])).toThrow(/layer 2: stride/);
  });
});

describe('receptiveFieldOfModel', () => {
  it('walks conv and pool layers of model A and stops at Flatten', () => {
    // r: 3, 4 (j 2), 4 + 2·2 = 8, 8 + 1·2 = 10 (j 4), 10 + 2·4 = 18
    const result = receptiveFieldOfModel(MODELS['keras-a'].layers);
    expect(result.layers.map((l) => l.name)).toEqual([
      'conv2d',
      'max_pooling2d',
      'conv2d_1',
      'max_pooling2d_1',
      'conv2d_2',
    ]);
    expect(result.layers.map((l) => l.size)).toEqual([3, 4, 8, 10, 18]);
    expect(result.jump).toBe(4);
  });

  it('ignores zero padding and activations, and follows the requested axis', () => {
    const layers: LayerConfig[] = [
      { type: 'zeroPadding2d', padding: 2 },
      { type: 'conv2d', filters: 4, kernelSize: [5, 3] },
      { type: 'reLU' },
      { type: 'globalAveragePooling2d' },
      { type: 'conv2d', filters: 4, kernelSize: 9 },
    ];
    expect(receptiveFieldOfModel(layers, 0).size).toBe(5);
    expect(receptiveFieldOfModel(layers, 1).size).toBe(3);
    expect(receptiveFieldOfModel(layers).layers).toHaveLength(1);
  });

  it("classic LeNet-5's C5 sees the whole 32×32 padded input", () => {
    // 5, 6 (j 2), 6 + 4·2 = 14, 14 + 1·2 = 16 (j 4), 16 + 4·4 = 32
    expect(receptiveFieldOfModel(MODELS['lenet5-classic'].layers).size).toBe(32);
  });

  it('handles 1D models', () => {
    const layers: LayerConfig[] = [
      { type: 'conv1d', filters: 2, kernelSize: 3 },
      { type: 'maxPooling1d', poolSize: 2 },
      { type: 'conv1d', filters: 2, kernelSize: 3, dilationRate: 2 },
    ];
    // 3, 4 (j 2), 4 + (5 − 1)·2 = 12
    expect(receptiveFieldOfModel(layers).size).toBe(12);
  });
});
