// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * The conv layer descriptor the convolution kernels read: i32 fields, then the tap table,
 * tap t = (c·Kh + ky)·Kw + kx at float offset c·Ph·Pw + ky·dh·Pw + kx·dw of a padded sample.
 * Written once per layer at build time by src/wasm/conv-descriptor.ts (same numbers).
 */
export const CIN = 0, PH = 1, PW = 2, KH = 3, KW = 4, DH = 5, DW = 6, SH = 7, OUT_H = 8, OUT_W = 9, FILTERS = 10, K = 11;
export const TAPS = 20;

@inline export function field(d: usize, index: i32): i32 {
  return load<i32>(d + ((<usize>index) << 2));
}
