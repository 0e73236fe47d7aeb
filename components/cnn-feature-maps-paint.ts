/**
 * Painting display-scaled values (src/inference) onto canvases, one canvas pixel per
 * value; CSS enlarges them with `image-rendering: pixelated`. Colour scales follow the
 * visual language of DESIGN.md: unsigned activations on viridis, signed values (filters,
 * logits) on reversed RdBu centred at 0, input images in greys (white ink on black, as
 * the model sees MNIST). Colours come from 256-entry tables built once from d3.
 */
import { interpolateRdBu, interpolateViridis, rgb } from 'd3';

export type ColourScale = 'viridis' | 'diverging' | 'grey';

const STEPS = 256;

function table(interpolate: (t: number) => string): Uint8ClampedArray {
  const out = new Uint8ClampedArray(STEPS * 3);
  for (let i = 0; i < STEPS; i++) {
    const c = rgb(interpolate(i / (STEPS - 1)));
    out.set([c.r, c.g, c.b], i * 3);
  }
  return out;
}

/** Read-only lookup tables, computed when the module loads. */
const TABLES: Readonly<Record<ColourScale, Uint8ClampedArray>> = {
  viridis: table(interpolateViridis),
  // Reversed so that negative is blue and positive red.
  diverging: table((t) => interpolateRdBu(1 - t)),
  grey: table((t) => `rgb(${Math.round(t * 255)}, ${Math.round(t * 255)}, ${Math.round(t * 255)})`),
};

/** The table index of a display value: 0..1 for viridis and grey, −1..1 for diverging. */
function indexOf(value: number, scale: ColourScale): number {
  const t = scale === 'diverging' ? (value + 1) / 2 : value;
  const clamped = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return Math.round(clamped * (STEPS - 1));
}

/** CSS colour of one display value, for legends and bars drawn outside a canvas. */
export function colourOf(value: number, scale: ColourScale): string {
  const i = indexOf(value, scale) * 3;
  const t = TABLES[scale];
  return `rgb(${t[i]}, ${t[i + 1]}, ${t[i + 2]})`;
}

/**
 * Paints width×height values starting at `offset` of `values` (row by row) onto the
 * canvas, resizing its bitmap to width×height.
 */
export function paintGrid(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  offset: number,
  width: number,
  height: number,
  scale: ColourScale,
): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(width, height);
  const colours = TABLES[scale];
  for (let p = 0; p < width * height; p++) {
    const c = indexOf(values[offset + p], scale) * 3;
    image.data[p * 4] = colours[c];
    image.data[p * 4 + 1] = colours[c + 1];
    image.data[p * 4 + 2] = colours[c + 2];
    image.data[p * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/**
 * A bar per value on a canvas `width`×`height` device pixels: unsigned values grow up
 * from the bottom, signed ones up or down from a middle line; each bar takes its colour
 * from the scale so bars and maps read alike.
 */
export function paintBars(canvas: HTMLCanvasElement, display: ArrayLike<number>, signed: boolean, width: number, height: number): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, width, height);
  const n = display.length;
  const step = width / n;
  const base = signed ? height / 2 : height;
  const reach = signed ? height / 2 : height;
  for (let i = 0; i < n; i++) {
    const v = display[i];
    const length = Math.abs(v) * reach;
    context.fillStyle = colourOf(v, signed ? 'diverging' : 'viridis');
    const top = signed && v < 0 ? base : base - length;
    context.fillRect(i * step, top, Math.max(1, step - (step > 3 ? 1 : 0)), Math.max(length, 1));
  }
  if (signed) {
    context.fillStyle = 'rgba(128, 128, 128, 0.8)';
    context.fillRect(0, Math.floor(base), width, 1);
  }
}
