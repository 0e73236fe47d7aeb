import { describe, expect, it } from 'vitest';
import { conv1d, conv2d } from '../../../src/reference';
import { EXAMPLE_C_FILTER, INPUT_PRESETS, KERNEL_PRESETS } from '../../../src/presets';
import { channelEquation, narrateConv1dStep, narrateConvStep, productEquation, windowWords } from '../../../src/narrate';

const M = '\u2212';
const exampleA = () => conv2d(INPUT_PRESETS['example-a'], [[KERNEL_PRESETS['vertical-edge']]]);

describe('productEquation (worked example A, CURRICULUM §2)', () => {
  it('reads the first window in trace order with true minus signs and parenthesised negatives', () => {
    const step = exampleA().steps[0];
    const equation = productEquation(step);
    expect(equation.terms.map((term) => term.productText)).toEqual(['7', '0', `${M}3`, '4', '0', `${M}3`, '3', '0', `${M}2`]);
    expect(equation.text).toBe(
      `7×1 + 2×0 + 3×(${M}1) + 4×1 + 5×0 + 3×(${M}1) + 3×1 + 3×0 + 2×(${M}1) = 6`,
    );
    expect(equation.sumText).toBe('6');
    expect(equation.biasText).toBe('');
  });

  it('ends on −2 at the last step', () => {
    const { steps } = exampleA();
    const last = productEquation(steps[steps.length - 1]);
    expect(last.terms.map((term) => term.productText)).toEqual(['2', '0', `${M}4`, '7', '0', `${M}7`, '4', '0', `${M}4`]);
    expect(last.sumText).toBe(`${M}2`);
  });

  it('shortens to first terms, an ellipsis and the last term', () => {
    const step = exampleA().steps[0];
    expect(productEquation(step, 3).text).toBe(`7×1 + 2×0 + … + 2×(${M}1) = 6`);
  });

  it('adds a non-zero bias last, in parentheses when negative', () => {
    const { steps } = conv2d([[[1, 2], [3, 4]]], [[[[1, 1], [1, 1]]]], [-0.5]);
    const equation = productEquation(steps[0]);
    expect(equation.text).toBe(`1×1 + 2×1 + 3×1 + 4×1 + (${M}0.5) = 9.5`);
    expect(equation.biasText).toBe(`+ (${M}0.5)`);
  });

  it('marks padding terms (padding "same", top-left −7)', () => {
    const { steps } = conv2d(INPUT_PRESETS['example-a'], [[KERNEL_PRESETS['vertical-edge']]], undefined, { padding: 'same' });
    const equation = productEquation(steps[0]);
    expect(equation.terms.filter((term) => term.padded)).toHaveLength(5);
    expect(equation.sumText).toBe(`${M}7`);
  });
});

describe('channelEquation (worked example C)', () => {
  it('sums the three channel partial sums to 540, 360 and 180 by row', () => {
    const { steps } = conv2d(INPUT_PRESETS['example-c'], [EXAMPLE_C_FILTER]);
    const byRow = [0, 3, 6].map((index) => channelEquation(steps[index], (c) => `ch${c}`).text);
    expect(byRow).toEqual([
      'ch0 180 + ch1 180 + ch2 180 = 540',
      'ch0 120 + ch1 120 + ch2 120 = 360',
      'ch0 60 + ch1 60 + ch2 60 = 180',
    ]);
  });

  it('names a non-zero bias when given a label', () => {
    const { steps } = conv2d(INPUT_PRESETS['example-c'], [EXAMPLE_C_FILTER], [1]);
    expect(channelEquation(steps[0], (c) => `ch${c}`, 'bias').text).toBe('ch0 180 + ch1 180 + ch2 180 + bias 1 = 541');
  });
});

describe('narrateConvStep', () => {
  it('says which output is written, in English and Korean', () => {
    const step = exampleA().steps[1];
    expect(narrateConvStep(step, 'en')).toBe(
      `Output (0, 1) = 2×1 + 3×0 + 3×(${M}1) + 5×1 + 3×0 + 8×(${M}1) + 3×1 + 2×0 + 8×(${M}1) = ${M}9`,
    );
    expect(narrateConvStep(step, 'ko')).toMatch(/^출력 \(0, 1\) = 2×1 .* = −9$/);
  });

  it('names the filter when there are several and reads channel sums for several channels', () => {
    const { steps } = conv2d(INPUT_PRESETS['example-c'], [EXAMPLE_C_FILTER, EXAMPLE_C_FILTER]);
    expect(narrateConvStep(steps[9], 'en', { filters: 2 })).toBe('Filter 1, output (0, 0) = ch0 180 + ch1 180 + ch2 180 = 540');
    expect(narrateConvStep(steps[9], 'ko', { filters: 2 })).toBe('필터 1, 출력 (0, 0) = 채널0 180 + 채널1 180 + 채널2 180 = 540');
  });
});

describe('narrateConv1dStep', () => {
  it('reads a time series window', () => {
    const { steps } = conv1d([[1, 2, 3, 4, 5]], [[[1, -1]]]);
    expect(narrateConv1dStep(steps[2], 'en')).toBe(`Output 2 = 3×1 + 4×(${M}1) = ${M}1`);
  });

  it('quotes the words under a 3-gram window and skips padding', () => {
    const tokens = ['the', 'cat', 'sat'];
    const embeddings = [[1, 0, 1], [0, 1, 1]]; // 2 dimensions × 3 words
    const { steps } = conv1d(embeddings, [[[1, 1, 1], [1, 1, 1]]], undefined, { padding: 'same' });
    expect(windowWords(steps[0], tokens)).toBe('the cat');
    expect(narrateConv1dStep(steps[1], 'en', { tokens })).toBe('Output 1 (the cat sat) = 4');
    expect(narrateConv1dStep(steps[1], 'ko', { tokens })).toBe('출력 1 (the cat sat) = 4');
  });
});
