/**
 * Questions about many images at once, for lesson 13: which test images make a channel
 * fire most (after Zeiler & Fergus, 2014), where in the image that unit looks, and which
 * images lie closest to a given one when each is described by a layer's output (an
 * embedding) instead of its pixels. Plain loops over Float32Arrays; callers run the
 * collection in chunks so a page stays responsive.
 */
import type { ImageDataset } from '../data';
import { fillRange } from '../data';
import { kerasLayerNames, layerOutputShape, resolveAxisPadding, type LayerConfig } from '../geometry';
import type { Sequential } from '../tiled';

/** Values per sample of layer `layerIndex` (its channels-first shape multiplied out). */
export function layerSize(model: Sequential, layerIndex: number): number {
  const input = new Float32Array(model.inputSize);
  model.forward(input, 1, 'infer');
  const layer = model.activations()[layerIndex];
  return layer.shape.reduce((a, b) => a * b, 1);
}

/**
 * Runs images start … end − 1 of `data` (x = pixel / 255) one at a time and copies the
 * output of layer `layerIndex` of each into `into`, image i at offset (i − start)·size.
 */
export function collectLayer(model: Sequential, data: ImageDataset, layerIndex: number, start: number, end: number, into: Float32Array): void {
  const x = new Float32Array(model.inputSize);
  for (let i = start; i < end; i++) {
    fillRange(data, i, 1, x);
    model.forward(x, 1, 'infer');
    const out = model.activations()[layerIndex].data;
    into.set(out.subarray(0, out.length), (i - start) * out.length);
  }
}

export interface StrongestHit {
  /** Index of the image among those collected. */
  image: number;
  /** The channel's largest value in this image. */
  value: number;
  /** Where that value is in the map. */
  y: number;
  x: number;
}

/**
 * For each channel of maps [C, H, W] collected for `count` images: the `k` images whose
 * largest value in that channel is highest, strongest first (ties: lower image first).
 */
export function strongestPerChannel(values: Float32Array, count: number, shape: number[], k: number): StrongestHit[][] {
  const [channels, height, width] = shape;
  const plane = height * width;
  const perImage = channels * plane;
  const result: StrongestHit[][] = [];
  for (let c = 0; c < channels; c++) {
    const best: StrongestHit[] = [];
    for (let i = 0; i < count; i++) {
      const base = i * perImage + c * plane;
      let top = base;
      for (let p = base + 1; p < base + plane; p++) if (values[p] > values[top]) top = p;
      const hit = { image: i, value: values[top], y: Math.floor((top - base) / width), x: (top - base) % width };
      if (best.length < k || hit.value > best[best.length - 1].value) {
        best.push(hit);
        best.sort((a, b) => b.value - a.value || a.image - b.image);
        if (best.length > k) best.pop();
      }
    }
    result.push(best);
  }
  return result;
}

/** The `k` vectors (of `size` values each, `count` of them) nearest to vector `query` in Euclidean distance, nearest first, the query itself left out. */
export function nearestVectors(values: ArrayLike<number>, count: number, size: number, query: number, k: number): { image: number; distance: number }[] {
  const found: { image: number; distance: number }[] = [];
  const q = query * size;
  for (let i = 0; i < count; i++) {
    if (i === query) continue;
    let sum = 0;
    const base = i * size;
    for (let d = 0; d < size; d++) {
      const diff = values[base + d] - values[q + d];
      sum += diff * diff;
    }
    found.push({ image: i, distance: Math.sqrt(sum) });
  }
  found.sort((a, b) => a.distance - b.distance || a.image - b.image);
  return found.slice(0, k);
}

export interface InputWindow {
  top: number;
  left: number;
  height: number;
  width: number;
}

/**
 * The input pixels a unit at (y, x) of layer `layerIndex` depends on, through the
 * convolution and pooling windows before it (padding included, so the window may reach
 * outside the image). Per axis: size r_l = r_{l−1} + (K_eff − 1)·j_{l−1}, jump
 * j_l = j_{l−1}·S, and the first window starts at s_l = s_{l−1} − pad_l·j_{l−1}.
 * Layers that see everything (flatten, dense, global pooling) give the whole input.
 */
export function unitInputWindow(configs: LayerConfig[], inputShape: number[], layerIndex: number, y: number, x: number): InputWindow {
  const names = kerasLayerNames(configs);
  const axes = [
    { size: 1, jump: 1, start: 0 },
    { size: 1, jump: 1, start: 0 },
  ];
  let shape = [...inputShape];
  for (let i = 0; i <= layerIndex; i++) {
    const config = configs[i];
    const window = windowOf(config);
    if (window === 'all') return { top: 0, left: 0, height: inputShape[0], width: inputShape[1] };
    if (window) {
      window.forEach((w, a) => {
        const axis = axes[a];
        const keff = w.dilation * (w.kernel - 1) + 1;
        const [before] = w.padding === 'zero' ? [w.zeroPad] : resolveAxisPadding(shape[a], w.kernel, w.stride, w.dilation, w.padding);
        axis.start -= before * axis.jump;
        axis.size += (keff - 1) * axis.jump;
        axis.jump *= w.stride;
      });
    }
    try {
      shape = layerOutputShape(config, shape);
    } catch (error) {
      throw new RangeError(`${names[i]}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const [rows, cols] = axes;
  return { top: rows.start + y * rows.jump, left: cols.start + x * cols.jump, height: rows.size, width: cols.size };
}

type AxisWindow = { kernel: number; stride: number; dilation: number; padding: 'valid' | 'same' | 'zero'; zeroPad: number };

const pairOf = (v: number | [number, number] | undefined, fallback: number): [number, number] =>
  v === undefined ? [fallback, fallback] : typeof v === 'number' ? [v, v] : v;

/** Per-axis window of a layer, null for layers that keep positions, 'all' for layers that mix every position. */
function windowOf(config: LayerConfig): AxisWindow[] | null | 'all' {
  switch (config.type) {
    case 'conv2d': {
      const k = pairOf(config.kernelSize, 1), s = pairOf(config.strides, 1), d = pairOf(config.dilationRate, 1);
      return [0, 1].map((a) => ({ kernel: k[a], stride: s[a], dilation: d[a], padding: config.padding ?? 'valid', zeroPad: 0 }));
    }
    case 'maxPooling2d':
    case 'averagePooling2d': {
      const k = pairOf(config.poolSize, 2), s = pairOf(config.strides ?? config.poolSize, 2);
      return [0, 1].map((a) => ({ kernel: k[a], stride: s[a], dilation: 1, padding: config.padding ?? 'valid', zeroPad: 0 }));
    }
    case 'zeroPadding2d': {
      const p = config.padding ?? 1;
      const before = typeof p === 'number' ? [p, p] : Array.isArray(p[0]) ? [(p as [[number, number], [number, number]])[0][0], (p as [[number, number], [number, number]])[1][0]] : (p as [number, number]);
      return [0, 1].map((a) => ({ kernel: 1, stride: 1, dilation: 1, padding: 'zero' as const, zeroPad: before[a] }));
    }
    case 'flatten':
    case 'dense':
    case 'globalAveragePooling2d':
    case 'globalMaxPooling2d':
      return 'all';
    default:
      return null;
  }
}
