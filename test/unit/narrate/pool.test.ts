import { describe, expect, it } from 'vitest';
import { pool2d } from '../../../src/reference';
import { INPUT_PRESETS } from '../../../src/presets';
import { narratePoolStep, poolEquation } from '../../../src/narrate';

describe('poolEquation (CURRICULUM §5)', () => {
  it('max pooling reads every window of pool-a: 9, 2, 6, 3', () => {
    const { steps } = pool2d(INPUT_PRESETS['pool-a'], { mode: 'max', size: 2 });
    expect(steps.map((step) => poolEquation(step).text)).toEqual([
      'max(1, 3, 2, 9) = 9',
      'max(2, 1, 1, 1) = 2',
      'max(1, 3, 5, 6) = 6',
      'max(2, 3, 1, 2) = 3',
    ]);
    expect(steps.map((step) => poolEquation(step).winnerIndex)).toEqual([3, 0, 3, 1]);
  });

  it('average pooling shows the sum over the divisor: 3.75, 1.25, 3.75, 2', () => {
    const { steps } = pool2d(INPUT_PRESETS['pool-a'], { mode: 'avg', size: 2 });
    expect(steps.map((step) => poolEquation(step).text)).toEqual([
      '(1 + 3 + 2 + 9) / 4 = 3.75',
      '(2 + 1 + 1 + 1) / 4 = 1.25',
      '(1 + 3 + 5 + 6) / 4 = 3.75',
      '(2 + 3 + 1 + 2) / 4 = 2',
    ]);
  });

  it('leaves padding out of a max and out of an average that does not count it', () => {
    const input = [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]];
    const max = pool2d(input, { mode: 'max', size: 2, padding: 'same' });
    expect(poolEquation(max.steps[max.steps.length - 1]).text).toBe('max(9) = 9');
    const avg = pool2d(input, { mode: 'avg', size: 2, padding: 'same', countPadding: false });
    const last = poolEquation(avg.steps[avg.steps.length - 1], false);
    expect(last.divisor).toBe(1);
    expect(last.text).toBe('(9) / 1 = 9');
  });
});

describe('narratePoolStep', () => {
  it('names the winner of a max window, in English and Korean', () => {
    const { steps } = pool2d(INPUT_PRESETS['pool-b'], { mode: 'max', size: 2 });
    expect(narratePoolStep(steps[1], 'en')).toBe('Output (0, 1) = max(1, 5, 4, 8) = 8; winner at (1, 3)');
    expect(narratePoolStep(steps[1], 'ko')).toBe('출력 (0, 1) = max(1, 5, 4, 8) = 8, 최댓값 위치 (1, 3)');
  });

  it('reads an average without a winner', () => {
    const { steps } = pool2d(INPUT_PRESETS['pool-a'], { mode: 'avg', size: 2 });
    expect(narratePoolStep(steps[2], 'en')).toBe('Output (1, 0) = (1 + 3 + 5 + 6) / 4 = 3.75');
  });
});
