import { describe, expect, it } from 'vitest';
import { convTranspose1d, convTranspose2d } from '../../../src/reference';
import { narrateScatterStep, narrateScatterStep1d, scatterCanvas, scatterProgress, scatterProgress1d } from '../../../src/narrate';

describe('scatterProgress1d', () => {
  // [1, 2] with kernel [1, 1, 1], stride 2: copies at 0..2 and 2..4 overlap at position 2.
  const { steps } = convTranspose1d([[1, 2]], [[[1, 1, 1]]], undefined, { stride: 2 });

  it('shows the first copy alone, then the overlap accumulating', () => {
    expect(scatterProgress1d(steps, 0, [1, 5])).toEqual({ values: [[1, 1, 1, 0, 0]], counts: [[1, 1, 1, 0, 0]] });
    expect(scatterProgress1d(steps, 1, [1, 5])).toEqual({ values: [[1, 1, 3, 2, 2]], counts: [[1, 1, 2, 1, 1]] });
  });

  it('starts from the bias', () => {
    expect(scatterProgress1d(steps, -1, [1, 5], [0.5]).values).toEqual([[0.5, 0.5, 0.5, 0.5, 0.5]]);
  });
});

describe('scatterProgress (2D)', () => {
  const input = [[[1, 2], [3, 4]]];
  const weights = [[[[1, 0, -1], [2, 1, 0], [0, 1, 1]]]];

  it('ends equal to the engine output, with padding cropped and bias added', () => {
    const options = { stride: 2, padding: 1, outputPadding: 1 };
    const { output, steps } = convTranspose2d(input, weights, [0.25], options);
    const shape: [number, number, number] = [1, output[0].length, output[0][0].length];
    expect(scatterProgress(steps, steps.length - 1, shape, [0.25]).values).toEqual(output);
  });

  it('counts overlapping contributions (stride 1: the centre of a 2×2 input gets all four)', () => {
    const { steps } = convTranspose2d(input, weights);
    const { counts } = scatterProgress(steps, 3, [1, 4, 4]);
    expect(counts[0]).toEqual([
      [1, 2, 2, 1],
      [2, 4, 4, 2],
      [2, 4, 4, 2],
      [1, 2, 2, 1],
    ]);
  });
});

describe('scatter narration', () => {
  it('says where a scaled kernel goes and how much is cropped', () => {
    const { steps } = convTranspose2d([[[1, 2], [3, 4]]], [[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]], undefined, { stride: 2, padding: 1 });
    expect(narrateScatterStep(steps[0], 'en')).toBe(
      'Input (0, 0) = 1: kernel × 1 added to output rows 0–1, columns 0–1 (5 cropped)',
    );
    expect(narrateScatterStep(steps[3], 'ko')).toBe('입력 (1, 1) = 4: 커널 × 4 → 출력 1–2행, 1–2열에 더함 (5개 잘림)');
  });

  it('reads a 1D step', () => {
    const { steps } = convTranspose1d([[1, 2]], [[[1, 1, 1]]], undefined, { stride: 2 });
    expect(narrateScatterStep1d(steps[1], 'en')).toBe('Input 1 = 2: kernel × 2 added to outputs 2–4');
  });
});

describe('scatterCanvas', () => {
  it('keeps the cropped border: its inside is the engine output, its border holds what padding cuts away', async () => {
    const input = [[[1, 2], [3, 4]]];
    const weights = [[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]];
    const cropped = convTranspose2d(input, weights, [0.5], { stride: 2, padding: 1 });
    const full = convTranspose2d(input, weights, undefined, { stride: 2 });
    const canvas = scatterCanvas(cropped.steps, 3, [1, 3, 3], [1, 1], [0.5]);
    // Inside: the padded result; the whole canvas minus the bias: the unpadded result (5×5).
    expect(canvas.values[0].slice(1, 4).map((row) => row.slice(1, 4))).toEqual(cropped.output[0]);
    const withoutBias = canvas.values[0].map((row, r) => row.map((v, c) => (r >= 1 && r <= 3 && c >= 1 && c <= 3 ? v - 0.5 : v)));
    expect(withoutBias).toEqual(full.output[0]);
    expect(canvas.counts[0][2]).toEqual([2, 2, 4, 2, 2]);
  });
});
