import { describe, expect, it } from 'vitest';
import { MODELS, formatSummary, summary } from '../../../src/geometry';

const modelA = summary(MODELS['keras-a'].layers, MODELS['keras-a'].inputShape);

describe('formatSummary', () => {
  const text = formatSummary(modelA);
  const lines = text.split('\n');

  it("prints Keras's header, one row per layer and the totals", () => {
    expect(lines[0]).toBe('Model: "sequential"');
    expect(text).toMatch(/Layer \(type\)\s+Output Shape\s+Param #/);
    expect(text).toMatch(/conv2d \(Conv2D\)\s+\(None, 26, 26, 32\)\s+320/);
    expect(text).toMatch(/conv2d_1 \(Conv2D\)\s+\(None, 11, 11, 64\)\s+18,496/);
    expect(text).toMatch(/flatten \(Flatten\)\s+\(None, 576\)\s+0/);
    expect(text).toMatch(/dense_1 \(Dense\)\s+\(None, 10\)\s+650/);
    expect(text).toContain('Total params: 93,322');
    expect(text).toContain('Trainable params: 93,322');
    expect(text).toContain('Non-trainable params: 0');
  });

  it('aligns the columns', () => {
    const rows = lines.filter((line) => line.includes('(None,'));
    expect(rows).toHaveLength(8);
    const shapeColumns = new Set(rows.map((line) => line.indexOf('(None,')));
    expect(shapeColumns.size).toBe(1);
  });

  it('can add the formula of each Param # and a title', () => {
    const withFormulas = formatSummary(modelA, { title: 'model_a', formulas: true });
    expect(withFormulas.split('\n')[0]).toBe('Model: "model_a"');
    expect(withFormulas).toContain('(3·3·1 + 1)·32 = 320');
    expect(withFormulas).toContain('576·64 + 64 = 36,928');
  });

  it('reports non-trainable parameters', () => {
    const bn = summary([{ type: 'batchNormalization' }], [10]);
    const printed = formatSummary(bn);
    expect(printed).toContain('Total params: 40');
    expect(printed).toContain('Trainable params: 20');
    expect(printed).toContain('Non-trainable params: 20');
  });
});
