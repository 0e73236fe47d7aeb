/**
 * Softmax cross-entropy, mean over the batch, from logits (a model's final softmax is folded
 * in here, which is both cheaper and stabler than softmax followed by log):
 *   loss_s = logΣ_j exp(z_j − max z) − (z_label − max z)
 *   dL/dz_j = (softmax(z)_j − 1[j = label]) / batch
 */
export function softmaxCrossEntropy(
  logits: Float32Array, labels: ArrayLike<number>, batch: number, classes: number, dlogits: Float32Array,
): number {
  let total = 0;
  for (let s = 0; s < batch; s++) {
    const off = s * classes;
    const label = labels[s];
    if (!(label >= 0 && label < classes && Number.isInteger(label))) {
      throw new RangeError(`label ${s} is ${label}, expected an integer class in 0..${classes - 1}`);
    }
    let max = logits[off];
    for (let j = 1; j < classes; j++) if (logits[off + j] > max) max = logits[off + j];
    let sum = 0;
    for (let j = 0; j < classes; j++) {
      const e = Math.exp(logits[off + j] - max);
      dlogits[off + j] = e;
      sum += e;
    }
    total += Math.log(sum) - (logits[off + label] - max);
    const scale = 1 / (sum * batch);
    for (let j = 0; j < classes; j++) dlogits[off + j] *= scale;
    dlogits[off + label] -= 1 / batch;
  }
  return total / batch;
}

/** Index of the largest logit of each sample (the first one on ties). */
export function argmaxRows(logits: Float32Array, batch: number, classes: number, out: Int32Array, outOff = 0): void {
  for (let s = 0; s < batch; s++) {
    const off = s * classes;
    let best = 0;
    for (let j = 1; j < classes; j++) if (logits[off + j] > logits[off + best]) best = j;
    out[outOff + s] = best;
  }
}
