/**
 * Accuracy bookkeeping: argmax over logits, the confusion matrix (rows = true class,
 * columns = predicted class, as in scikit-learn) and accuracy derived from it.
 */

/** Index of the largest of each row's `classes` logits (first one on ties). */
export function argmaxRows(logits: Float32Array, batch: number, classes: number, out = new Int32Array(batch)): Int32Array {
  for (let b = 0; b < batch; b++) {
    const row = b * classes;
    let best = 0;
    let bestValue = logits[row];
    for (let c = 1; c < classes; c++) {
      if (logits[row + c] > bestValue) {
        bestValue = logits[row + c];
        best = c;
      }
    }
    out[b] = best;
  }
  return out;
}

/** How many rows' argmax equals the label. */
export function countCorrect(logits: Float32Array, labels: ArrayLike<number>, batch: number, classes: number): number {
  let correct = 0;
  for (let b = 0; b < batch; b++) {
    const row = b * classes;
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[row + c] > logits[row + best]) best = c;
    if (best === labels[b]) correct++;
  }
  return correct;
}

/** counts[truth][predicted]. */
export type ConfusionMatrix = number[][];

export function confusionMatrix(labels: ArrayLike<number>, predictions: ArrayLike<number>, classes = 10): ConfusionMatrix {
  if (labels.length !== predictions.length) {
    throw new RangeError(`confusionMatrix: ${labels.length} labels but ${predictions.length} predictions`);
  }
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < labels.length; i++) m[labels[i]][predictions[i]]++;
  return m;
}

/** Fraction on the diagonal (0 for an empty matrix). */
export function accuracyOf(matrix: ConfusionMatrix): number {
  let total = 0;
  let diagonal = 0;
  matrix.forEach((row, t) => row.forEach((n, p) => {
    total += n;
    if (t === p) diagonal += n;
  }));
  return total === 0 ? 0 : diagonal / total;
}
