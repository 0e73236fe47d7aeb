/** Explicit padding: a border of `value` (zeros by default) around every channel. */
import type { Matrix, Pads1d, Pads2d, Tensor3 } from './types';
import { checkMatrix, checkNonNegativeInteger, checkTensor3 } from './tensor';

function sides2d(pads: number | Pads2d): Pads2d {
  const resolved = typeof pads === 'number' ? { top: pads, bottom: pads, left: pads, right: pads } : pads;
  for (const side of ['top', 'bottom', 'left', 'right'] as const) checkNonNegativeInteger(resolved?.[side], `padding.${side}`);
  return resolved;
}

/** [C][H][W] → [C][top + H + bottom][left + W + right]. */
export function pad2d(input: Tensor3, pads: number | Pads2d, value = 0): Tensor3 {
  checkTensor3(input, 'input');
  const { top, bottom, left, right } = sides2d(pads);
  const width = left + input[0][0].length + right;
  const blankRow = (): number[] => new Array<number>(width).fill(value);
  return input.map((channel) => [
    ...Array.from({ length: top }, blankRow),
    ...channel.map((row) => [...new Array<number>(left).fill(value), ...row, ...new Array<number>(right).fill(value)]),
    ...Array.from({ length: bottom }, blankRow),
  ]);
}

/** [C][L] → [C][left + L + right]. */
export function pad1d(input: Matrix, pads: number | Pads1d, value = 0): Matrix {
  checkMatrix(input, 'input');
  const { left, right } = typeof pads === 'number' ? { left: pads, right: pads } : pads;
  checkNonNegativeInteger(left, 'padding.left');
  checkNonNegativeInteger(right, 'padding.right');
  return input.map((row) => [...new Array<number>(left).fill(value), ...row, ...new Array<number>(right).fill(value)]);
}
