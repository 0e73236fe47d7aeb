/**
 * Scaling raw values into a display range. Unsigned data (ReLU outputs, pooled maps)
 * maps 0 → 0 and the maximum → 1; data with negative values maps by the largest magnitude
 * to −1..1 so that 0 stays in the middle of a diverging scale (DESIGN.md visual language).
 * An all-zero block stays all zero instead of dividing by 0.
 */

export interface ScaledBlock {
  display: Float32Array;
  signed: boolean;
  min: number;
  max: number;
}

/** min and max of a block of values. */
export function extent(values: ArrayLike<number>, start = 0, end = values.length): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return end > start ? { min, max } : { min: 0, max: 0 };
}

/**
 * Writes values[start…end) scaled into out[start…end): by `max` when unsigned, by
 * max(|min|, |max|) when signed.
 */
function scaleRange(values: ArrayLike<number>, out: Float32Array, start: number, end: number, signed: boolean, min: number, max: number): void {
  const top = signed ? Math.max(Math.abs(min), Math.abs(max)) : max;
  const factor = top > 0 ? 1 / top : 0;
  for (let i = start; i < end; i++) out[i] = values[i] * factor;
}

/**
 * Scales a whole layer. With `groups` > 1 (channels), each group gets its own scale, so
 * a weak channel's pattern is visible too; the sign is decided for the layer as a whole,
 * so every group is read on the same kind of scale.
 */
export function scaleForDisplay(values: ArrayLike<number>, groups = 1): ScaledBlock {
  const { min, max } = extent(values);
  const signed = min < 0;
  const display = new Float32Array(values.length);
  const size = groups > 0 ? values.length / groups : values.length;
  if (groups <= 1 || !Number.isInteger(size)) {
    scaleRange(values, display, 0, values.length, signed, min, max);
  } else {
    for (let g = 0; g < groups; g++) {
      const start = g * size;
      const block = extent(values, start, start + size);
      scaleRange(values, display, start, start + size, signed, block.min, block.max);
    }
  }
  return { display, signed, min, max };
}
