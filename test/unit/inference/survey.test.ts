/** Survey helpers of lesson 13 on hand-worked examples and against the geometry module. */
import { describe, expect, test } from 'vitest';
import { MODELS, receptiveFieldOfModel } from '../../../src/geometry';
import { collectLayer, nearestVectors, runImage, strongestPerChannel, unitInputWindow } from '../../../src/inference';
import type { ImageDataset } from '../../../src/data';
import { buildModel } from '../../../src/tiled';

describe('unitInputWindow', () => {
  const { layers, inputShape } = MODELS.lenet5;

  test('a first-layer unit of LeNet-5 sees its 5×5 neighbourhood, reaching 2 pixels into the "same" padding', () => {
    expect(unitInputWindow(layers, inputShape, 0, 0, 0)).toEqual({ top: -2, left: -2, height: 5, width: 5 });
    expect(unitInputWindow(layers, inputShape, 0, 10, 3)).toEqual({ top: 8, left: 1, height: 5, width: 5 });
  });

  test('deeper units: pooling doubles the jump, conv2d_1 sees 14×14, the second pooling 16×16', () => {
    // conv2d_1: r = 6 + (5 − 1)·2 = 14, jump 2, first window at −2; unit (3, 4) → (−2 + 3·2, −2 + 4·2).
    expect(unitInputWindow(layers, inputShape, 2, 3, 4)).toEqual({ top: 4, left: 6, height: 14, width: 14 });
    expect(unitInputWindow(layers, inputShape, 3, 1, 0)).toEqual({ top: 2, left: -2, height: 16, width: 16 });
  });

  test('sizes agree with geometry’s receptive field', () => {
    const field = receptiveFieldOfModel(layers);
    field.layers.forEach((step, index) => {
      expect(unitInputWindow(layers, inputShape, index, 0, 0).height).toBe(step.size);
    });
  });

  test('zero padding moves the window as "same" padding does (classic LeNet-5)', () => {
    const classic = MODELS['lenet5-classic'];
    expect(unitInputWindow(classic.layers, classic.inputShape, 1, 0, 0)).toEqual({ top: -2, left: -2, height: 5, width: 5 });
  });

  test('a dense layer sees the whole image', () => {
    expect(unitInputWindow(layers, inputShape, 5, 0, 0)).toEqual({ top: 0, left: 0, height: 28, width: 28 });
  });
});

describe('strongestPerChannel', () => {
  test('ranks images by their largest value in each channel and says where it is', () => {
    // 3 images, 2 channels of 1×2.
    const values = new Float32Array([
      1, 5, /* c1 */ 0, 0, // image 0
      4, 2, /* c1 */ 7, 1, // image 1
      3, 3, /* c1 */ 0, 9, // image 2
    ]);
    const hits = strongestPerChannel(values, 3, [2, 1, 2], 2);
    expect(hits[0]).toEqual([
      { image: 0, value: 5, y: 0, x: 1 },
      { image: 1, value: 4, y: 0, x: 0 },
    ]);
    expect(hits[1].map((h) => [h.image, h.value, h.x])).toEqual([[2, 9, 1], [1, 7, 0]]);
  });
});

describe('nearestVectors', () => {
  test('orders by Euclidean distance and leaves the query out', () => {
    const points = [0, 0, /* 1 */ 3, 4, /* 2 */ 1, 0, /* 3 */ 0, -2];
    expect(nearestVectors(points, 4, 2, 0, 3)).toEqual([
      { image: 2, distance: 1 },
      { image: 3, distance: 2 },
      { image: 1, distance: 5 },
    ]);
  });
});

describe('collectLayer', () => {
  test('copies the same values runImage reports for each image', () => {
    const model = buildModel('lenet5', { seed: 9, maxBatch: 1 });
    const images = new Uint8Array(3 * 784);
    for (let i = 0; i < images.length; i++) images[i] = (i * 37) % 256;
    const data: ImageDataset = { images, labels: new Uint8Array([1, 2, 3]), count: 3, rows: 28, cols: 28 };
    const into = new Float32Array(2 * 400);
    collectLayer(model, data, 4, 1, 3, into);
    const second = Float32Array.from(images.subarray(2 * 784, 3 * 784), (p) => p / 255);
    expect(Array.from(into.subarray(400, 800))).toEqual(Array.from(runImage(model, second).layers[4].values));
  });
});
