import { describe, expect, it } from 'vitest';
import { MINUS, formatFactor, formatNumber, parseNumberText } from '../../../src/viz/format';

describe('formatNumber', () => {
  it.each([
    [7, '7'],
    [0, '0'],
    [-3, '\u22123'],
    [2.5, '2.5'],
    [3.75, '3.75'],
    [1 / 3, '0.333'],
    [-2 / 3, '\u22120.667'],
    [0.1 + 0.2, '0.3'],
    [1234.5678, '1234.568'],
    [-0.0004, '0'],
    [-0, '0'],
  ])('%s → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('uses the true minus sign U+2212, never a hyphen', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatNumber(-9)).not.toContain('-');
  });

  it('names non-finite values', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('\u2212∞');
  });

  it('puts negative factors in parentheses', () => {
    expect(formatFactor(-1)).toBe('(\u22121)');
    expect(formatFactor(3)).toBe('3');
    expect(`${formatFactor(3)}×${formatFactor(-1)}`).toBe('3×(\u22121)');
  });
});

describe('parseNumberText', () => {
  it.each([
    ['3', 3],
    [' -3 ', -3],
    ['\u22123', -3],
    ['+2', 2],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e-3', 0.001],
  ])('reads %j as %s', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(['', 'abc', '2x', '1,5', '--1', '1e400', 'Infinity', 'NaN', '0x10'])('rejects %j', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});
