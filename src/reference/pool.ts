/**
 * Max and average pooling over each channel separately (no weights), and their gradients.
 * Max: the first maximum in row-major order wins, as in PyTorch; padding cells never win.
 * Avg: padding cells count as zeros in the divisor unless countPadding is false.
 */
import type { Matrix, PoolOptions, PoolStep, PoolTerm, Tensor3, Traced } from './types';
import { checkShape, checkTensor3, positivePair, zeros3 } from './tensor';
import { planWindow2d, type WindowPlan2d } from './window-plan';

interface PoolWindow {
  terms: PoolTerm[];
  winner?: { row: number; col: number };
  result: number;
  /** What the sum was divided by (average pooling). */
  divisor: number;
}

/** Validates a pooling call and resolves where its windows go. */
export function planPool2d(input: unknown, options: PoolOptions): WindowPlan2d & { size: [number, number] } {
  checkTensor3(input, 'input');
  if (typeof options !== 'object' || options === null) throw new Error('pooling needs options { mode, size }');
  if (options.mode !== 'max' && options.mode !== 'avg') {
    throw new Error(`mode must be 'max' or 'avg', got ${JSON.stringify(options.mode)}`);
  }
  const size = positivePair(options.size, 'pool size');
  const plan = planWindow2d([input[0].length, input[0][0].length], size, {
    stride: options.stride ?? size,
    padding: options.padding,
  });
  return { ...plan, size };
}

/** Reads one window of one channel; (top, left) is its corner in input coordinates. */
function readWindow(image: Matrix, top: number, left: number, [height, width]: [number, number], options: PoolOptions): PoolWindow {
  const terms: PoolTerm[] = [];
  let winner: { row: number; col: number } | undefined;
  let best = -Infinity;
  let sum = 0;
  for (let row = top; row < top + height; row++) {
    for (let col = left; col < left + width; col++) {
      const padded = row < 0 || row >= image.length || col < 0 || col >= image[0].length;
      const value = padded ? 0 : image[row][col];
      terms.push({ row, col, padded, value });
      sum += value;
      // Strictly greater: on a tie the earlier cell keeps the win.
      if (!padded && value > best) {
        best = value;
        winner = { row, col };
      }
    }
  }
  if (options.mode === 'max') {
    if (!winner) throw new Error(`the pooling window at row ${top}, column ${left} covers only padding; use less padding`);
    return { terms, winner, result: best, divisor: 1 };
  }
  const realCells = terms.filter((term) => !term.padded).length;
  const divisor = (options.countPadding ?? true) ? terms.length : realCells;
  return { terms, result: sum / divisor, divisor };
}

export function pool2d(input: Tensor3, options: PoolOptions): Traced<Tensor3, PoolStep> {
  const { rows, cols, pads, size } = planPool2d(input, options);
  const output = zeros3(input.length, rows.outputSize, cols.outputSize);
  const steps: PoolStep[] = [];
  for (let channel = 0; channel < input.length; channel++) {
    for (let outRow = 0; outRow < rows.outputSize; outRow++) {
      for (let outCol = 0; outCol < cols.outputSize; outCol++) {
        const top = outRow * rows.stride - pads.top;
        const left = outCol * cols.stride - pads.left;
        const { terms, winner, result } = readWindow(input[channel], top, left, size, options);
        output[channel][outRow][outCol] = result;
        if (options.trace ?? true) {
          const window = { row: top, col: left, height: size[0], width: size[1] };
          steps.push({ channel, outRow, outCol, window, terms, mode: options.mode, winner, result });
        }
      }
    }
  }
  return { output, steps };
}

/**
 * Gradient of L = Σ output · dout with respect to the input. Max pooling routes each
 * dout to its window's winner; average pooling shares it equally (dout / divisor) among
 * the window's real cells. Overlapping windows add up.
 */
export function pool2dBackward(input: Tensor3, dout: Tensor3, options: PoolOptions): Tensor3 {
  const { rows, cols, pads, size } = planPool2d(input, options);
  checkShape(dout, 'dout', [input.length, rows.outputSize, cols.outputSize]);
  const dinput = zeros3(input.length, input[0].length, input[0][0].length);
  for (let channel = 0; channel < input.length; channel++) {
    for (let outRow = 0; outRow < rows.outputSize; outRow++) {
      for (let outCol = 0; outCol < cols.outputSize; outCol++) {
        const gradient = dout[channel][outRow][outCol];
        const top = outRow * rows.stride - pads.top;
        const left = outCol * cols.stride - pads.left;
        const { terms, winner, divisor } = readWindow(input[channel], top, left, size, options);
        if (winner) {
          dinput[channel][winner.row][winner.col] += gradient;
          continue;
        }
        for (const term of terms) {
          if (!term.padded) dinput[channel][term.row][term.col] += gradient / divisor;
        }
      }
    }
  }
  return dinput;
}
