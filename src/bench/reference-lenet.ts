/**
 * LeNet-5 (modern: 'same' conv 6@5×5, max pool, conv 16@5×5, max pool, dense 120, 84, 10,
 * ReLU) on the scalar reference engine, one image at a time on nested float64 arrays,
 * with the weights copied from a tiled model so both engines compute the same thing.
 * Traces are switched off where the ops allow it (conv, pool): the benchmark measures
 * arithmetic, not the lesson-friendly step records.
 */
import {
  conv2d,
  conv2dBackward,
  dense,
  denseBackward,
  flatten,
  pool2d,
  pool2dBackward,
  relu,
  reluBackward,
  softmaxCrossEntropy,
  unflatten,
  type Matrix,
  type Tensor3,
  type Tensor4,
  type Vector,
} from '../reference';
import type { Sequential } from '../tiled';

type Nested = number | Nested[];

interface ReferenceWeights {
  c1: Tensor4; b1: Vector; c2: Tensor4; b2: Vector;
  d1: Matrix; e1: Vector; d2: Matrix; e2: Vector; d3: Matrix; e3: Vector;
}

function nest(values: Float32Array, shape: number[]): Nested {
  if (shape.length === 1) return Array.from(values);
  const inner = values.length / shape[0];
  return Array.from({ length: shape[0] }, (_, i) => nest(values.subarray(i * inner, (i + 1) * inner), shape.slice(1)));
}

/** The tiled model's parameters (PyTorch layouts in both engines) as nested arrays. */
export function referenceWeights(model: Sequential): ReferenceWeights {
  const [c1, b1, c2, b2, d1, e1, d2, e2, d3, e3] = model.parameters().map((p) => nest(p.value, p.shape));
  return { c1, b1, c2, b2, d1, e1, d2, e2, d3, e3 } as ReferenceWeights;
}

const POOL = { mode: 'max' as const, size: 2, trace: false };

/** Logits of one image [1][28][28]; keeps what backward needs. */
function forward(w: ReferenceWeights, image: Tensor3) {
  const z1 = conv2d(image, w.c1, w.b1, { padding: 'same', trace: false }).output;
  const a1 = relu(z1).output;
  const p1 = pool2d(a1, POOL).output;
  const z2 = conv2d(p1, w.c2, w.b2, { trace: false }).output;
  const a2 = relu(z2).output;
  const p2 = pool2d(a2, POOL).output;
  const f = flatten(p2);
  const z3 = dense(f, w.d1, w.e1).output;
  const a3 = relu(z3).output;
  const z4 = dense(a3, w.d2, w.e2).output;
  const a4 = relu(z4).output;
  const logits = dense(a4, w.d3, w.e3).output;
  return { image, z1, a1, p1, z2, a2, p2, f, z3, a3, z4, a4, logits };
}

/** Predicted class of each image. */
export function referencePredict(w: ReferenceWeights, images: Tensor3[]): number[] {
  return images.map((image) => {
    const { logits } = forward(w, image);
    return logits.indexOf(Math.max(...logits));
  });
}

function sgdUpdate(value: Nested[], grad: Nested[], scale: number): void {
  for (let i = 0; i < value.length; i++) {
    const g = grad[i];
    if (typeof g === 'number') (value as number[])[i] -= scale * g;
    else sgdUpdate(value[i] as Nested[], g, scale);
  }
}

/** One plain-SGD step on a batch (gradients summed image by image, then averaged); returns the mean loss. */
export function referenceTrainStep(w: ReferenceWeights, images: Tensor3[], labels: number[], lr: number): number {
  let loss = 0;
  const grads: Nested[][] = [];
  images.forEach((image, n) => {
    const s = forward(w, image);
    const ce = softmaxCrossEntropy(s.logits, labels[n]);
    loss += ce.loss;
    const g3 = denseBackward(s.a4, w.d3, ce.dlogits);
    const g2 = denseBackward(s.a3, w.d2, reluBackward(s.z4, g3.dinput));
    const g1 = denseBackward(s.f, w.d1, reluBackward(s.z3, g2.dinput));
    const dp2 = unflatten(g1.dinput, [16, 5, 5]) as Tensor3;
    const dz2 = reluBackward(s.z2, pool2dBackward(s.a2, dp2, POOL));
    const c2 = conv2dBackward(s.p1, w.c2, dz2);
    const dz1 = reluBackward(s.z1, pool2dBackward(s.a1, c2.dinput, POOL));
    const c1 = conv2dBackward(s.image, w.c1, dz1, { padding: 'same' });
    const all: Nested[] = [c1.dweights, c1.dbias, c2.dweights, c2.dbias, g1.dweights, g1.dbias, g2.dweights, g2.dbias, g3.dweights, g3.dbias];
    all.forEach((g, i) => {
      if (n === 0) grads[i] = g as Nested[];
      else sgdUpdate(grads[i], g as Nested[], -1); // accumulate: grads[i] += g
    });
  });
  const params: Nested[] = [w.c1, w.b1, w.c2, w.b2, w.d1, w.e1, w.d2, w.e2, w.d3, w.e3];
  params.forEach((p, i) => sgdUpdate(p as Nested[], grads[i], lr / images.length));
  return loss / images.length;
}

/** An MNIST image (pixel/255 floats, 784 values) as the reference engine's [1][28][28]. */
export function imageTensor(x: Float32Array, index: number): Tensor3 {
  return [nest(x.subarray(index * 784, (index + 1) * 784), [28, 28]) as Matrix];
}
