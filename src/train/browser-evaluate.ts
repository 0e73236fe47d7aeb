/**
 * Scoring weights on a labelled set with an inference model in the coordinator: mean
 * loss (what early stopping watches), accuracy, the confusion matrix and the most
 * confident mistakes with their images. The loop's own evaluate() yields classes only.
 */
import { fillRange, type ImageDataset } from '../data';
import type { TrainableModel } from './engine-types';
import type { Mistake, TestResults } from './browser-protocol';

export interface Scores {
  loss: number;
  accuracy: number;
  confusion: number[][];
  mistakes: Mistake[];
}

/**
 * Runs the whole set in batches of `batch` (the model must hold that many). Keeps at most
 * `keepMistakes` mistakes, the most confident first (ties: lower index first).
 */
export function scoreModel(model: TrainableModel, data: ImageDataset, batch: number, keepMistakes = 0): Scores {
  const classes = model.outputSize;
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const x = new Float32Array(batch * data.rows * data.cols);
  let lossSum = 0;
  let correct = 0;
  const mistakes: Mistake[] = [];
  for (let start = 0; start < data.count; start += batch) {
    const n = Math.min(batch, data.count - start);
    fillRange(data, start, n, x);
    const logits = model.forward(x, n, 'infer');
    for (let s = 0; s < n; s++) {
      const row = s * classes;
      let best = 0;
      for (let c = 1; c < classes; c++) if (logits[row + c] > logits[row + best]) best = c;
      const max = logits[row + best];
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp(logits[row + c] - max);
      const label = data.labels[start + s];
      // −log softmax(label) = log Σ exp(z − max) − (z_label − max)
      lossSum += Math.log(sum) - (logits[row + label] - max);
      confusion[label][best]++;
      if (best === label) correct++;
      else if (keepMistakes > 0) mistakes.push({ index: start + s, label, predicted: best, confidence: 1 / sum });
    }
  }
  mistakes.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  return {
    loss: data.count > 0 ? lossSum / data.count : 0,
    accuracy: data.count > 0 ? correct / data.count : 0,
    confusion,
    mistakes: mistakes.slice(0, keepMistakes),
  };
}

/** Copies the images of the mistakes, in order, into one buffer (to transfer to the page). */
export function mistakeImages(data: ImageDataset, mistakes: readonly Mistake[]): Uint8Array {
  const size = data.rows * data.cols;
  const out = new Uint8Array(mistakes.length * size);
  mistakes.forEach((m, i) => out.set(data.images.subarray(m.index * size, (m.index + 1) * size), i * size));
  return out;
}

/** Full test results for the page: scores plus the mistakes' pixels. */
export function testResults(model: TrainableModel, test: ImageDataset, batch: number, epochs: number, keepMistakes = 48): TestResults {
  const scores = scoreModel(model, test, batch, keepMistakes);
  return {
    accuracy: scores.accuracy,
    loss: scores.loss,
    confusion: scores.confusion,
    mistakes: scores.mistakes,
    mistakeImages: mistakeImages(test, scores.mistakes),
    rows: test.rows,
    cols: test.cols,
    epochs,
  };
}
