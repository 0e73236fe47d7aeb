import { describe, expect, it } from 'vitest';
import { buildMatrixModel, clipRect, isPaddingCell } from '../../../src/viz/matrix-model';

const padded = [
  [0, 0, 0, 0],
  [0, 5, 6, 0],
  [0, 7, 8, 0],
  [0, 0, 0, 0],
];

describe('buildMatrixModel', () => {
  it('marks the outer ring as padding and leaves it uncoloured', () => {
    const model = buildMatrixModel({ values: padded, scale: 'sequential', padded: { top: 1, bottom: 1, left: 1, right: 1 } });
    const flags = model.cells.map((row) => row.map((c) => (c.padding ? 'P' : 'D')).join(''));
    expect(flags).toEqual(['PPPP', 'PDDP', 'PDDP', 'PPPP']);
    expect(model.cells[0][0].fill).toBeNull();
  });

  it('takes the colour domain from data cells only, so padding zeros do not stretch it', () => {
    const model = buildMatrixModel({ values: padded, scale: 'sequential', padded: { top: 1, bottom: 1, left: 1, right: 1 } });
    expect(model.cells[1][1].fill).toBe('#440154'); // 5 is the data minimum: viridis start
    expect(model.cells[2][2].fill).toBe('#fde725'); // 8 is the maximum: viridis end
  });

  it('honours a fixed domain', () => {
    const model = buildMatrixModel({ values: [[5]], scale: 'grey', domain: [0, 10] });
    expect(model.cells[0][0].fill).toBe('#808080');
  });

  it('flags window, active and marked cells', () => {
    const model = buildMatrixModel({
      values: padded,
      scale: 'none',
      highlight: { row: 1, col: 2, height: 2, width: 2 },
      active: { row: 3, col: 0 },
      marked: [{ row: 0, col: 1 }],
    });
    const inWindow = model.cells.flat().filter((c) => c.inWindow).map((c) => [c.row, c.col]);
    expect(inWindow).toEqual([[1, 2], [1, 3], [2, 2], [2, 3]]);
    expect(model.cells.flat().filter((c) => c.active).map((c) => [c.row, c.col])).toEqual([[3, 0]]);
    expect(model.cells.flat().filter((c) => c.marked).map((c) => [c.row, c.col])).toEqual([[0, 1]]);
  });

  it('prints formatted numbers, nothing for null, nothing when labels are off', () => {
    const model = buildMatrixModel({ values: [[-1.23456, null]], scale: 'diverging' });
    expect(model.cells[0].map((c) => c.text)).toEqual(['\u22121.235', '']);
    const hidden = buildMatrixModel({ values: [[4]], scale: 'diverging', labels: false });
    expect(hidden.cells[0][0].text).toBe('');
  });
});

describe('isPaddingCell', () => {
  it('uses each side separately', () => {
    const pads = { top: 0, bottom: 1, left: 2, right: 0 };
    expect(isPaddingCell(pads, 3, 4, { row: 0, col: 2 })).toBe(false);
    expect(isPaddingCell(pads, 3, 4, { row: 0, col: 1 })).toBe(true);
    expect(isPaddingCell(pads, 3, 4, { row: 2, col: 3 })).toBe(true);
  });
});

describe('clipRect', () => {
  it('keeps the part of a window inside the matrix', () => {
    expect(clipRect({ row: -1, col: 3, height: 3, width: 3 }, 4, 5)).toEqual({ row: 0, col: 3, height: 2, width: 2 });
    expect(clipRect({ row: 1, col: 1, height: 2, width: 2 }, 4, 4)).toEqual({ row: 1, col: 1, height: 2, width: 2 });
  });

  it('drops a window entirely outside', () => {
    expect(clipRect({ row: 5, col: 0, height: 2, width: 2 }, 4, 4)).toBeNull();
    expect(clipRect(null, 4, 4)).toBeNull();
  });

  it('is applied by the model, along with cells outside the matrix', () => {
    const model = buildMatrixModel({
      values: [[1, 2], [3, 4]],
      scale: 'none',
      highlight: { row: 1, col: 1, height: 3, width: 3 },
      active: { row: 2, col: 0 },
      marked: [{ row: 0, col: 0 }, { row: -1, col: 0 }],
    });
    expect(model.highlight).toEqual({ row: 1, col: 1, height: 1, width: 1 });
    expect(model.active).toBeNull();
    expect(model.marked).toEqual([{ row: 0, col: 0 }]);
  });
});
