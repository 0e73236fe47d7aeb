import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  DARK_TEXT,
  LIGHT_TEXT,
  contrastRatio,
  fillColor,
  paintCell,
  relativeLuminance,
  scalePosition,
  textColorOn,
  valueExtent,
} from '../../../src/viz/scales';

describe('diverging scale', () => {
  const domain: [number, number] = [-3, 8];

  it('is centred at 0 with a symmetric domain: −a and a sit at mirrored positions', () => {
    for (const a of [0.5, 1, 3, 5, 8]) {
      expect(scalePosition('diverging', domain, -a) + scalePosition('diverging', domain, a)).toBeCloseTo(1, 12);
    }
    expect(scalePosition('diverging', domain, 0)).toBe(0.5);
    expect(scalePosition('diverging', domain, 8)).toBe(1);
    expect(scalePosition('diverging', domain, -8)).toBe(0);
  });

  it('maps 0 to near-white, negatives to blue and positives to red of equal lightness', () => {
    const zero = rgb(fillColor('diverging', domain, 0));
    expect(Math.min(zero.r, zero.g, zero.b)).toBeGreaterThan(235);
    for (const a of [1, 4, 8]) {
      const neg = rgb(fillColor('diverging', domain, -a));
      const pos = rgb(fillColor('diverging', domain, a));
      expect(neg.b).toBeGreaterThan(neg.r);
      expect(pos.r).toBeGreaterThan(pos.b);
      const lNeg = relativeLuminance(neg.formatHex());
      const lPos = relativeLuminance(pos.formatHex());
      expect(Math.abs(lNeg - lPos)).toBeLessThan(0.08);
    }
  });

  it('draws an all-zero matrix white rather than dividing by zero', () => {
    expect(scalePosition('diverging', [0, 0], 0)).toBe(0.5);
  });
});

describe('sequential and grey scales', () => {
  it('runs viridis from its dark purple to its yellow over the domain', () => {
    expect(fillColor('sequential', [2, 10], 2)).toBe('#440154');
    expect(fillColor('sequential', [2, 10], 10)).toBe('#fde725');
  });

  it('draws greys from black (low) to white (high), like an image', () => {
    expect(fillColor('grey', [0, 255], 0)).toBe('#000000');
    expect(fillColor('grey', [0, 255], 255)).toBe('#ffffff');
  });

  it('clamps values outside a fixed domain', () => {
    expect(scalePosition('sequential', [0, 1], 5)).toBe(1);
    expect(scalePosition('sequential', [0, 1], -5)).toBe(0);
  });
});

describe('text colour', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    // #777 on white is the classic 4.48:1 example.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('puts dark text on light fills and light text on dark fills', () => {
    expect(textColorOn('#ffffff')).toBe(DARK_TEXT);
    expect(textColorOn('#fde725')).toBe(DARK_TEXT);
    expect(textColorOn('#000000')).toBe(LIGHT_TEXT);
    expect(textColorOn('#053061')).toBe(LIGHT_TEXT);
    expect(textColorOn('#440154')).toBe(LIGHT_TEXT);
  });

  it('keeps every printed number readable (contrast ≥ 4.3) across all scales', () => {
    for (const kind of ['diverging', 'sequential', 'grey'] as const) {
      for (let i = 0; i <= 100; i++) {
        const paint = paintCell(kind, [-50, 50], i - 50)!;
        expect(contrastRatio(paint.fill, paint.text)).toBeGreaterThanOrEqual(4.3);
      }
    }
  });

  it("leaves 'none' to the theme", () => {
    expect(paintCell('none', [0, 1], 0.5)).toBeNull();
  });
});

describe('valueExtent', () => {
  it('ignores null placeholders', () => {
    expect(valueExtent([[3, null], [-2, 7]])).toEqual([-2, 7]);
    expect(valueExtent([[null]])).toBeNull();
  });
});
