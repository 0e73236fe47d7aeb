/**
 * Canvas work of <cnn-digit-pad>: a round brush, replaying sample strokes, reading the
 * ink back as one grey channel, and painting the 28×28 preview. Ink is the canvas's
 * alpha, so the pad's colours can follow the theme without changing what the model gets.
 */
import type { Stroke } from './cnn-digit-pad-samples';

/** The pad's drawing buffer is this many pixels square whatever its size on screen. */
export const PAD_PIXELS = 280;

export interface Brush {
  /** Line width in pad pixels. */
  width: number;
  color: string;
}

function prepare(ctx: CanvasRenderingContext2D, brush: Brush): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.lineWidth = brush.width;
  ctx.strokeStyle = brush.color;
  ctx.fillStyle = brush.color;
}

/** A round dot: a tap is a stroke too. */
export function paintDot(ctx: CanvasRenderingContext2D, x: number, y: number, brush: Brush): void {
  prepare(ctx, brush);
  ctx.beginPath();
  ctx.arc(x, y, brush.width / 2, 0, 2 * Math.PI);
  ctx.fill();
}

export function paintSegment(ctx: CanvasRenderingContext2D, from: [number, number], to: [number, number], brush: Brush): void {
  prepare(ctx, brush);
  ctx.beginPath();
  ctx.moveTo(from[0], from[1]);
  ctx.lineTo(to[0], to[1]);
  ctx.stroke();
}

/** A stroke given in unit coordinates, smoothed through the midpoints of its corners. */
export function paintStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, brush: Brush): void {
  const points = stroke.map(([x, y]) => [x * PAD_PIXELS, y * PAD_PIXELS] as const);
  if (points.length === 0) return;
  prepare(ctx, brush);
  ctx.beginPath();
  ctx.moveTo(points[0][0], points[0][1]);
  for (let i = 1; i < points.length - 1; i++) {
    const [x, y] = points[i];
    const [nx, ny] = points[i + 1];
    ctx.quadraticCurveTo(x, y, (x + nx) / 2, (y + ny) / 2);
  }
  const [lx, ly] = points[points.length - 1];
  ctx.lineTo(lx, ly);
  ctx.stroke();
}

/** The ink (alpha channel) of the whole pad, 0..255 per pixel. */
export function readInk(ctx: CanvasRenderingContext2D): Uint8ClampedArray {
  const { data } = ctx.getImageData(0, 0, PAD_PIXELS, PAD_PIXELS);
  const ink = new Uint8ClampedArray(PAD_PIXELS * PAD_PIXELS);
  for (let i = 0; i < ink.length; i++) ink[i] = data[4 * i + 3];
  return ink;
}

/** The model's input as MNIST shows it: white ink on black, one canvas pixel per value. */
export function paintPreview(ctx: CanvasRenderingContext2D, pixels: Float32Array, size = 28): void {
  const image = ctx.createImageData(size, size);
  for (let i = 0; i < size * size; i++) {
    const grey = Math.round(Math.min(1, Math.max(0, pixels[i])) * 255);
    image.data.set([grey, grey, grey, 255], 4 * i);
  }
  ctx.putImageData(image, 0, 0);
}
