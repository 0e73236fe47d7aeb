/**
 * The weights shipped in public/pretrained, read the way the site reads them (src/inference)
 * and fed the way the trainer fed MNIST (src/data's loader and fillRange: pixel / 255).
 * If the file, the model code or the input normalisation drifted, the accuracy would drop.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadMnist } from '../../../src/data/node';
import { normalisePixel, type ImageDataset } from '../../../src/data';
import { assertDigitModel, datasetImage, modelFromBytes, runImage } from '../../../src/inference';
import type { Sequential } from '../../../src/tiled';

const FIRST = 1000;
const shipped = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../public/pretrained/${name}.cnnw`, import.meta.url))));

let test10k: ImageDataset;
beforeAll(() => {
  test10k = loadMnist('test');
});

/** Accuracy of single-image runs over the first `count` test images. */
function accuracy(model: Sequential, count: number): number {
  let correct = 0;
  for (let i = 0; i < count; i++) {
    const { pixels, label } = datasetImage(test10k, i);
    if (runImage(model, pixels).predicted === label) correct += 1;
  }
  return correct / count;
}

describe('public/pretrained/lenet5.cnnw', () => {
  const { model, header } = modelFromBytes(shipped('lenet5'));

  test('is the LeNet-5 of the course, trained on inputs x = pixel / 255', () => {
    assertDigitModel(model);
    expect(header.metadata.model).toBe('lenet5');
    expect(header.metadata.normalisation).toBe('pixel/255');
    // (5·5·1+1)·6 + (5·5·6+1)·16 + (400+1)·120 + (120+1)·84 + (84+1)·10 = 61,706.
    expect(model.parameterCount).toBe(61_706);
  });

  test('classifies at least 98.5 % of the first 1,000 MNIST test images', () => {
    expect(accuracy(model, FIRST)).toBeGreaterThanOrEqual(0.985);
  });

  test('reading ink as pixel / 255 matters: inverted images (ink = 0) are mostly misread', () => {
    let correct = 0;
    for (let i = 0; i < 200; i++) {
      const { pixels, label } = datasetImage(test10k, i);
      const inverted = pixels.map((v) => 1 - v);
      if (runImage(model, inverted).predicted === label) correct += 1;
    }
    expect(correct / 200).toBeLessThan(0.5);
  });

  test('datasetImage feeds exactly the trainer normalisation', () => {
    const { pixels } = datasetImage(test10k, 7);
    const raw = test10k.images.subarray(7 * 784, 8 * 784);
    expect(Array.from(pixels)).toEqual(Array.from(raw, (p) => Math.fround(normalisePixel(p))));
    expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
  });
});

describe('public/pretrained/mlp.cnnw', () => {
  test('is the dense network of the course and reads most test digits', () => {
    const { model, header } = modelFromBytes(shipped('mlp'));
    assertDigitModel(model);
    expect(header.metadata.model).toBe('mlp');
    // 784·128+128 + 128·32+32 + 32·10+10 = 104,938 (CURRICULUM §9, model C without dropout).
    expect(model.parameterCount).toBe(104_938);
    expect(accuracy(model, FIRST)).toBeGreaterThanOrEqual(0.95);
  });
});
