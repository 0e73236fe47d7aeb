// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * 2×2, stride-2 max pooling (every window inside the input), the pooling of LeNet-5 and
 * most CNNs. Like the JavaScript kernel it records each window's winner, the first maximum
 * in row-major order, as a float index relative to x, so either backward pass can use it.
 * Other windows, strides, paddings and average pooling stay in JavaScript.
 */
import { at } from './simd';

/**
 * planes = batch·channels planes of inH×inW in, outH×outW out. Vectorised over four
 * outputs of a row: the eight inputs of each input row are split into even and odd
 * columns, and the winner is chosen in the same order as the scalar rule (a later
 * candidate wins only if strictly greater).
 */
export function maxPool2x2(x: usize, y: usize, winners: usize, planes: i32, inH: i32, inW: i32, outH: i32, outW: i32): void {
  const full = outW & ~3;
  const inRow = (<usize>inW) << 2;
  let q = 0;
  for (let plane = 0; plane < planes; plane++) {
    for (let oy = 0; oy < outH; oy++, q += outW) {
      const first = plane * inH * inW + 2 * oy * inW;
      const top = at(x, first);
      let ox = 0;
      for (; ox < full; ox += 4) {
        const p = top + ((<usize>(2 * ox)) << 2);
        const t0 = v128.load(p), t1 = v128.load(p, 16), b0 = v128.load(p + inRow), b1 = v128.load(p + inRow, 16);
        // Column 2·ox+2j of both rows (even) and 2·ox+2j+1 (odd), for the four outputs j.
        const te = f32x4.shuffle(t0, t1, 0, 2, 4, 6), to = f32x4.shuffle(t0, t1, 1, 3, 5, 7);
        const be = f32x4.shuffle(b0, b1, 0, 2, 4, 6), bo = f32x4.shuffle(b0, b1, 1, 3, 5, 7);
        const base = i32x4.add(i32x4.splat(first + 2 * ox), i32x4(0, 2, 4, 6));
        let best = te, where = base;
        let more = f32x4.gt(to, best);
        best = v128.bitselect(to, best, more); where = v128.bitselect(i32x4.add(base, i32x4.splat(1)), where, more);
        more = f32x4.gt(be, best);
        best = v128.bitselect(be, best, more); where = v128.bitselect(i32x4.add(base, i32x4.splat(inW)), where, more);
        more = f32x4.gt(bo, best);
        best = v128.bitselect(bo, best, more); where = v128.bitselect(i32x4.add(base, i32x4.splat(inW + 1)), where, more);
        v128.store(at(y, q + ox), best);
        v128.store(at(winners, q + ox), where);
      }
      for (; ox < outW; ox++) {
        let i = first + 2 * ox;
        let best = load<f32>(at(x, i)), where = i;
        let v = load<f32>(at(x, i + 1)); if (v > best) { best = v; where = i + 1; }
        v = load<f32>(at(x, i + inW)); if (v > best) { best = v; where = i + inW; }
        v = load<f32>(at(x, i + inW + 1)); if (v > best) { best = v; where = i + inW + 1; }
        store<f32>(at(y, q + ox), best);
        store<i32>(at(winners, q + ox), where);
      }
    }
  }
}

/** dx (inCount floats, overwritten) = dy routed to each window's winner. */
export function maxPoolBackward(dy: usize, winners: usize, dx: usize, n: i32, inCount: i32): void {
  memory.fill(dx, 0, (<usize>inCount) << 2);
  for (let q = 0; q < n; q++) {
    const target = at(dx, load<i32>(at(winners, q)));
    store<f32>(target, load<f32>(target) + load<f32>(at(dy, q)));
  }
}
