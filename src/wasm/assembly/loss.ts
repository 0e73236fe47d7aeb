// @ts-nocheck — AssemblyScript, compiled by asc (types: ./tsconfig.json); the app's tsc skips it.
/**
 * Softmax cross-entropy from logits, mean over the batch, in float64 like the JavaScript
 * kernel (labels are checked there before this runs):
 *   loss_s = log Σ_j exp(z_j − max z) − (z_label − max z)
 *   dL/dz_j = (softmax(z)_j − 1[j = label]) / batch
 */
import { at } from './simd';

/** labels: i32 per sample. Writes dlogits; returns the mean loss. */
export function softmaxCrossEntropy(logits: usize, labels: usize, batch: i32, classes: i32, dlogits: usize): f64 {
  let total: f64 = 0;
  for (let s = 0; s < batch; s++) {
    const off = s * classes;
    const label = load<i32>(at(labels, s));
    let max = <f64>load<f32>(at(logits, off));
    for (let j = 1; j < classes; j++) max = Math.max(max, <f64>load<f32>(at(logits, off + j)));
    let sum: f64 = 0;
    for (let j = 0; j < classes; j++) {
      const e = Math.exp(<f64>load<f32>(at(logits, off + j)) - max);
      store<f32>(at(dlogits, off + j), <f32>e);
      sum += e;
    }
    total += Math.log(sum) - (<f64>load<f32>(at(logits, off + label)) - max);
    const scale = 1 / (sum * batch);
    for (let j = 0; j < classes; j++) {
      const p = at(dlogits, off + j);
      store<f32>(p, <f32>(<f64>load<f32>(p) * scale));
    }
    const target = at(dlogits, off + label);
    store<f32>(target, <f32>(<f64>load<f32>(target) - 1 / <f64>batch));
  }
  return total / batch;
}
