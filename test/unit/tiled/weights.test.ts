/** The .cnnw weights file: round trip, and a specific error for each way a file can be wrong. */
import { describe, expect, it } from 'vitest';
import {
  buildModel, loadWeights, modelFromWeights, readWeightsHeader, serializeWeights, WeightsFormatError,
} from '../../../src/tiled';
import { createRng, randomArray } from './helpers';

const input = randomArray(createRng(9), 5 * 784);

describe('weights file', () => {
  it('round-trips: a fresh model with loaded weights predicts exactly the same', () => {
    const trained = buildModel('lenet5', { seed: 1, maxBatch: 8 });
    const bytes = serializeWeights(trained, { accuracy: 0.987, seed: 1, epochs: 3 });
    const fresh = buildModel('lenet5', { seed: 2, maxBatch: 8 });
    expect(Array.from(fresh.forward(input, 5, 'infer'))).not.toEqual(Array.from(trained.forward(input, 5, 'infer')));
    const header = loadWeights(fresh, bytes);
    expect(header.metadata).toEqual({ accuracy: 0.987, seed: 1, epochs: 3 });
    expect(Array.from(fresh.forward(input, 5, 'infer'))).toEqual(Array.from(trained.forward(input, 5, 'infer')));
    const rebuilt = modelFromWeights(bytes, { maxBatch: 3 });
    expect(Array.from(rebuilt.predict(input, 5))).toEqual(Array.from(trained.predict(input, 5)));
  });

  it('has the documented layout: magic, version, aligned header, float32 data', () => {
    const model = buildModel('mlp', { seed: 1, maxBatch: 1 });
    const bytes = serializeWeights(model);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('CNNW');
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(4, true)).toBe(1);
    const headerLength = view.getUint32(8, true);
    expect(headerLength % 4).toBe(0);
    // 784·128 + 128 + 128·32 + 32 + 32·10 + 10 = 104,938 values (CURRICULUM Model C without dropout)
    expect(bytes.length).toBe(12 + headerLength + 4 * 104_938);
    const header = readWeightsHeader(bytes);
    expect(header.tensors.map((t) => t.name)).toEqual(['dense/kernel', 'dense/bias', 'dense_1/kernel', 'dense_1/bias', 'dense_2/kernel', 'dense_2/bias']);
    expect(view.getFloat32(12 + headerLength, true)).toBe(model.parameters()[0].value[0]);
  });

  it('saves BatchNorm running statistics as state tensors', () => {
    const layers = [{ type: 'dense', units: 3 }, { type: 'batchNormalization' }, { type: 'dense', units: 2 }] as const;
    const model = buildModel([...layers], { seed: 1, maxBatch: 4, inputShape: [4] });
    model.forward(randomArray(createRng(1), 16), 4, 'train'); // moves the running averages
    const copy = modelFromWeights(serializeWeights(model), { maxBatch: 4 });
    expect(copy.stateTensors().map((t) => t.name)).toEqual(['batch_normalization/moving_mean', 'batch_normalization/moving_variance']);
    expect(Array.from(copy.stateTensors()[0].value)).toEqual(Array.from(model.stateTensors()[0].value));
    expect(Array.from(copy.stateTensors()[0].value).some((v) => v !== 0)).toBe(true);
  });

  const bytes = serializeWeights(buildModel('lenet5', { seed: 1, maxBatch: 1 }));
  const expectError = (run: () => unknown, message: RegExp): void => {
    expect(run).toThrow(WeightsFormatError);
    expect(run).toThrow(message);
  };

  it('rejects a truncated file, saying how much is missing', () => {
    expectError(() => readWeightsHeader(bytes.subarray(0, 7)), /truncated weights file: 7 bytes, shorter than the 12-byte preamble/);
    expectError(() => readWeightsHeader(bytes.subarray(0, 40)), /truncated weights file: the header needs \d+ bytes, only 28 follow/);
    expectError(() => readWeightsHeader(bytes.subarray(0, bytes.length - 4)), /truncated weights file: 61706 float32 values need 246824 bytes, only 246820 present/);
  });

  it('rejects a wrong magic', () => {
    const copy = bytes.slice();
    copy.set([0x50, 0x4b, 0x03, 0x04]);
    expectError(() => readWeightsHeader(copy), /not a ConvLab weights file: magic is "PK\\u0003\\u0004", expected "CNNW"/);
  });

  it('rejects an unsupported version', () => {
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint32(4, 7, true);
    expectError(() => readWeightsHeader(copy), /unsupported weights format version 7 \(this build reads version 1\)/);
  });

  it('rejects a corrupt header', () => {
    const copy = bytes.slice();
    copy[12] = 0x7d; // '}' where the JSON object opens
    expectError(() => readWeightsHeader(copy), /corrupt weights header/);
  });

  it('rejects a header whose tensor list is malformed', () => {
    const header = { configs: [], inputShape: [1], tensors: [{ name: 'a', shape: [2, -1], kind: 'param' }], valueCount: 0, metadata: {} };
    const json = new TextEncoder().encode(JSON.stringify(header).padEnd(112, ' '));
    const file = new Uint8Array(12 + json.length);
    file.set([0x43, 0x4e, 0x4e, 0x57]);
    new DataView(file.buffer).setUint32(4, 1, true);
    new DataView(file.buffer).setUint32(8, json.length, true);
    file.set(json, 12);
    expectError(() => readWeightsHeader(file), /tensor 1 needs a name, a shape of non-negative integers/);
  });

  it('refuses a mismatched model, naming the first differing tensor and both shapes', () => {
    const other = buildModel([
      { type: 'conv2d', filters: 8, kernelSize: 5, padding: 'same', activation: 'relu' },
      { type: 'flatten' },
      { type: 'dense', units: 10 },
    ], { seed: 1, maxBatch: 1, inputShape: [28, 28, 1] });
    expectError(() => loadWeights(other, bytes), /tensor 1 is "conv2d\/kernel" \[6, 1, 5, 5\] in the file but "conv2d\/kernel" \[8, 1, 5, 5\] in the model/);
    const mlp = buildModel('mlp', { seed: 1, maxBatch: 1 });
    expectError(() => loadWeights(mlp, bytes), /weights do not match the model: tensor 1 is "conv2d\/kernel"/);
    // Nothing was written into the refused model.
    const before = Array.from(mlp.parameters()[0].value.subarray(0, 5));
    try { loadWeights(mlp, bytes); } catch { /* expected */ }
    expect(Array.from(mlp.parameters()[0].value.subarray(0, 5))).toEqual(before);
  });
});
