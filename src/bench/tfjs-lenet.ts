/**
 * The same LeNet-5 as a peer: TensorFlow.js ops (tfjs-layers is not installed) on the
 * wasm backend, weights copied from the tiled model and converted to TensorFlow's
 * layouts (conv kernels [kh, kw, in, out], dense [in, out], and the first dense layer's
 * rows permuted from channels-first to channels-last flattening).
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Sequential } from '../tiled';

type Tf = typeof import('@tensorflow/tfjs-core');
type Tensor2D = import('@tensorflow/tfjs-core').Tensor2D;
type Tensor4D = import('@tensorflow/tfjs-core').Tensor4D;

export interface TfjsLenet {
  /** 'wasm' (with its SIMD/threads flavour) or 'cpu (fallback: …)'. */
  backend: string;
  /** Predicted classes of `batch` images (pixel/255 floats, 784 each). */
  predict(x: Float32Array, batch: number): Promise<Int32Array>;
  dispose(): void;
}

async function chooseBackend(tf: Tf): Promise<string> {
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // In Node the wasm binaries are read from disk: point tfjs at the package's dist folder.
    const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
    wasm.setWasmPaths(`${dist}/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('tf.setBackend("wasm") returned false');
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
    return `wasm (${simd ? 'SIMD' : 'no SIMD'}, ${threads ? 'threads' : '1 thread'})`;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    await import('@tensorflow/tfjs-backend-cpu');
    await tf.setBackend('cpu');
    return `cpu (FALLBACK: wasm failed: ${why})`;
  }
}

export async function createTfjsLenet(model: Sequential): Promise<TfjsLenet> {
  const tf = await import('@tensorflow/tfjs-core');
  const backend = await chooseBackend(tf);
  const p = model.parameters();
  const convKernel = (i: number) => tf.transpose(tf.tensor4d(p[i].value, p[i].shape as [number, number, number, number]), [2, 3, 1, 0]) as Tensor4D;
  const denseKernel = (i: number): Tensor2D => tf.transpose(tf.tensor2d(p[i].value, p[i].shape as [number, number]));
  const vector = (i: number) => tf.tensor1d(p[i].value);
  // dense_1 sees the 16×5×5 map flattened as (c, h, w) in the tiled engine, (h, w, c) here.
  const [units, inputs] = p[4].shape;
  const permuted = new Float32Array(units * inputs);
  for (let o = 0; o < units; o++) {
    for (let c = 0; c < 16; c++) {
      for (let hw = 0; hw < 25; hw++) permuted[(hw * 16 + c) * units + o] = p[4].value[o * inputs + c * 25 + hw];
    }
  }
  const w = {
    c1: convKernel(0), b1: vector(1), c2: convKernel(2), b2: vector(3),
    d1: tf.tensor2d(permuted, [inputs, units]), e1: vector(5), d2: denseKernel(6), e2: vector(7), d3: denseKernel(8), e3: vector(9),
  };
  return {
    backend,
    async predict(x, batch) {
      const classes = tf.tidy(() => {
        const input = tf.tensor4d(x.subarray(0, batch * 784), [batch, 28, 28, 1]);
        let h = tf.relu(tf.add(tf.conv2d(input, w.c1, 1, 'same'), w.b1)) as Tensor4D;
        h = tf.maxPool(h, 2, 2, 'valid');
        h = tf.relu(tf.add(tf.conv2d(h, w.c2, 1, 'valid'), w.b2)) as Tensor4D;
        h = tf.maxPool(h, 2, 2, 'valid');
        let v = tf.reshape(h, [batch, 400]) as Tensor2D;
        v = tf.relu(tf.add(tf.matMul(v, w.d1), w.e1)) as Tensor2D;
        v = tf.relu(tf.add(tf.matMul(v, w.d2), w.e2)) as Tensor2D;
        return tf.argMax(tf.add(tf.matMul(v, w.d3), w.e3), 1);
      });
      const data = await classes.data();
      classes.dispose();
      return Int32Array.from(data);
    },
    dispose: () => Object.values(w).forEach((t) => t.dispose()),
  };
}
