import type { InkImage } from './types';

/**
 * Draws `image` into an empty field of fieldWidth × fieldHeight, moved by (dx, dy):
 * source pixel x lands at x + dx. With 'integer' the move is rounded to whole pixels;
 * with 'bilinear' a fractional move f splits each pixel's ink (1 − f) and f between two
 * neighbours, which keeps the total ink and moves the centre of mass by exactly (dx, dy).
 * Ink moved outside the field is lost, as in MNIST's own centring.
 */
export function translateInto(
  image: InkImage,
  fieldWidth: number,
  fieldHeight: number,
  dx: number,
  dy: number,
  mode: 'bilinear' | 'integer' = 'bilinear',
): InkImage {
  const moveX = mode === 'integer' ? Math.round(dx) : dx;
  const moveY = mode === 'integer' ? Math.round(dy) : dy;
  // Columns first into a field-wide strip of the source's rows, then rows into the field.
  const strip = shiftAxis(image.data, image.width, image.height, fieldWidth, moveX, true);
  const field = shiftAxis(strip, fieldWidth, image.height, fieldHeight, moveY, false);
  return { data: field, width: fieldWidth, height: fieldHeight };
}

/**
 * Moves every line of a width × height array along one axis by `shift` into `outSize`
 * cells; `alongRows` moves along x (output is outSize × height), otherwise along y
 * (output is width × outSize).
 */
function shiftAxis(
  data: Float32Array,
  width: number,
  height: number,
  outSize: number,
  shift: number,
  alongRows: boolean,
): Float32Array {
  const whole = Math.floor(shift);
  const fraction = shift - whole;
  const lines = alongRows ? height : width;
  const inSize = alongRows ? width : height;
  const out = new Float32Array(alongRows ? outSize * height : width * outSize);
  const at = (line: number, position: number, size: number): number =>
    alongRows ? line * size + position : position * width + line;
  for (let line = 0; line < lines; line++) {
    for (let s = 0; s < inSize; s++) {
      const value = data[at(line, s, width)];
      if (value === 0) continue;
      const target = s + whole;
      if (target >= 0 && target < outSize) out[at(line, target, outSize)] += value * (1 - fraction);
      if (fraction > 0 && target + 1 >= 0 && target + 1 < outSize) out[at(line, target + 1, outSize)] += value * fraction;
    }
  }
  return out;
}
