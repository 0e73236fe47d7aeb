/**
 * Integers with thousands separators, as Keras prints parameter counts ("100,480").
 * Written by hand rather than with toLocaleString so the text is identical in Node
 * builds without full ICU, in a worker and in every browser locale.
 */
export function withThousands(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
