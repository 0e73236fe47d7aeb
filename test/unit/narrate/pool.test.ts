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

describe('poolEquation over a long window (global pooling of pool-a, 16 values)', () => {
  // pool-a row by row: 1 3 2 1 / 2 9 1 1 / 1 3 2 3 / 5 6 1 2; its maximum 9 is the sixth value, the sum 43.
  const [globalMax] = pool2d(INPUT_PRESETS['pool-a'], { mode: 'max', size: 4 }).steps;
  const [globalAvg] = pool2d(INPUT_PRESETS['pool-a'], { mode: 'avg', size: 4 }).steps;

  it('keeps the first three values, the winner, the last and the count', () => {
    const equation = poolEquation(globalMax, { maxValues: 9 });
    expect(equation.text).toBe('max(1, 3, 2, …, 9, …, 2) over 16 values = 9');
    expect(equation.values).toHaveLength(16);
    expect(equation.shown).toEqual([0, 1, 2, null, 5, null, 15]);
    expect(poolEquation(globalMax, { maxValues: 9, lang: 'ko' }).text).toBe('max(1, 3, 2, …, 9, …, 2) (값 16개) = 9');
  });

  it('shortens an average to its first and last addends; the divisor gives the count (43 / 16)', () => {
    expect(poolEquation(globalAvg, { maxValues: 9 }).text).toBe('(1 + 3 + 2 + … + 2) / 16 = 2.688');
  });

  it('needs no second ellipsis when the winner is among the first values', () => {
    const [step] = pool2d([[[7, 1, 2, 1, 2, 0, 1, 1, 1, 3]]], { mode: 'max', size: [1, 10] }).steps;
    expect(poolEquation(step, { maxValues: 9 }).text).toBe('max(7, 1, 2, …, 3) over 10 values = 7');
  });

  it('reads a 3×3 window (9 values) and any list by default in full', () => {
    const [nine] = pool2d([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], { mode: 'max', size: 3 }).steps;
    expect(poolEquation(nine, { maxValues: 9 }).text).toBe('max(1, 2, 3, 4, 5, 6, 7, 8, 9) = 9');
    expect(poolEquation(globalMax).text).toBe('max(1, 3, 2, 1, 2, 9, 1, 1, 1, 3, 2, 3, 5, 6, 1, 2) = 9');
  });
});

describe('narratePoolStep', () => {
  it('reads a global max shortened, still with its result and winner', () => {
    const [step] = pool2d(INPUT_PRESETS['pool-a'], { mode: 'max', size: 4 }).steps;
    expect(narratePoolStep(step, 'en')).toBe('Output (0, 0) = max(1, 3, 2, …, 9, …, 2) over 16 values = 9; winner at (1, 1)');
  });

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
