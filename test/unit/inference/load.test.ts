/** Loading weights: every way a file or a request can fail gives a message a page can show as is. */
import { describe, expect, test } from 'vitest';
import { assertDigitModel, fetchWeights, loadModel, modelFromBytes, pretrainedUrl, WeightsFormatError, WeightsLoadError } from '../../../src/inference';
import { buildModel, serializeWeights } from '../../../src/tiled';

const lenetBytes = () => serializeWeights(buildModel('lenet5', { seed: 2, maxBatch: 1 }), { model: 'lenet5' });

/** A fetch stand-in answering every URL with one response. */
const answer = (body: Uint8Array | string, init: ResponseInit) => async () =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body).buffer, init);

describe('modelFromBytes', () => {
  test('rebuilds the model with its values', () => {
    const original = buildModel('lenet5', { seed: 2, maxBatch: 1 });
    const { model, header } = modelFromBytes(serializeWeights(original, { model: 'lenet5' }));
    expect(header.metadata.model).toBe('lenet5');
    expect(Array.from(model.valueBuffer())).toEqual(Array.from(original.valueBuffer()));
  });

  test('a truncated file is a WeightsFormatError saying how many bytes were needed', () => {
    const bytes = lenetBytes();
    const cut = bytes.subarray(0, bytes.length - 100);
    expect(() => modelFromBytes(cut)).toThrow(WeightsFormatError);
    // 61,706 float32 values need 246,824 bytes; 100 are missing.
    expect(() => modelFromBytes(cut)).toThrow(/truncated weights file: 61706 float32 values need 246824 bytes, only 246724 present/);
  });

  test('bytes that are not a weights file are named as such', () => {
    const html = new TextEncoder().encode('<!doctype html><html></html>');
    expect(() => modelFromBytes(html)).toThrow('not a ConvLab weights file: magic is "<!do", expected "CNNW"');
  });

  test('a damaged header is a WeightsFormatError', () => {
    const bytes = lenetBytes().slice();
    bytes[14] = 0xff; // inside the JSON header: no longer valid UTF-8
    expect(() => modelFromBytes(bytes)).toThrow(/corrupt weights header/);
  });
});

describe('fetchWeights / loadModel', () => {
  test('loads a served file', async () => {
    const { model, url } = await loadModel('/w.cnnw', { fetch: answer(lenetBytes(), { status: 200 }) });
    expect(url).toBe('/w.cnnw');
    expect(model.inputSize).toBe(784);
  });

  test('an HTTP error is a WeightsLoadError naming the URL and status', async () => {
    const failing = fetchWeights('/missing.cnnw', { fetch: answer('nope', { status: 404, statusText: 'Not Found' }) });
    await expect(failing).rejects.toThrow(WeightsLoadError);
    await expect(fetchWeights('/missing.cnnw', { fetch: answer('nope', { status: 404, statusText: 'Not Found' }) })).rejects.toThrow(
      'could not fetch /missing.cnnw: HTTP 404 Not Found',
    );
  });

  test('a network failure is a WeightsLoadError', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchWeights('/w.cnnw', { fetch: offline })).rejects.toThrow('could not fetch /w.cnnw: Failed to fetch');
  });

  test('an HTML page answered for a wrong path is explained', async () => {
    const page = answer('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    await expect(loadModel('/typo.cnnw', { fetch: page })).rejects.toThrow('/typo.cnnw is an HTML page, not a weights file (is the path right?)');
  });

  test('a truncated download gives the format error', async () => {
    const bytes = lenetBytes();
    await expect(loadModel('/w.cnnw', { fetch: answer(bytes.subarray(0, 2000), { status: 200 }) })).rejects.toThrow(/truncated weights file/);
  });
});

describe('assertDigitModel and pretrainedUrl', () => {
  test('a model that does not take 784 inputs and give 10 outputs is refused with both numbers', () => {
    const other = buildModel('keras-d', { seed: 1, maxBatch: 1 });
    expect(() => assertDigitModel(other)).toThrow(`the model takes ${other.inputSize} inputs and gives ${other.outputSize} outputs; a digit classifier needs 784 and 10`);
  });

  test('pretrained weights live under /pretrained/', () => {
    expect(pretrainedUrl('lenet5')).toBe('/pretrained/lenet5.cnnw');
    expect(pretrainedUrl('mlp', './')).toBe('./mlp.cnnw');
  });
});
