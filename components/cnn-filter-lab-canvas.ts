/** Small helpers of <cnn-filter-lab>: painting planes on a canvas and kernel text for the grid. */
import { parseKernelSpec, rgbaFromPlanar, type PlanarImage } from '../src/imaging';

export function clamp(v: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, v));
}

/** JSON for a hand-edited kernel; NaN from an emptied cell becomes null and is reported by the parser. */
export function customKernelText(weights: number[][], divisor: number): string {
  return divisor === 1 ? JSON.stringify(weights) : JSON.stringify({ weights, divisor });
}

export function safeKernel(text: string): number[][] | null {
  try {
    return parseKernelSpec(text).kernel;
  } catch {
    return null;
  }
}

export function paint(canvas: HTMLCanvasElement | undefined, image: PlanarImage | null, toByte: (v: number) => number): void {
  if (!canvas) return;
  const context = canvas.getContext('2d');
  if (!context) return;
  if (!image) {
    context.clearRect(0, 0, canvas.width, canvas.height);
    return;
  }
  canvas.width = image.width;
  canvas.height = image.height;
  context.putImageData(new ImageData(rgbaFromPlanar(image, toByte), image.width, image.height), 0, 0);
}
