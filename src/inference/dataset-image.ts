/**
 * One stored MNIST image as a network input, through src/data's fillRange so that it is
 * normalised exactly as in training (x = pixel / 255).
 */
import { fillRange, type ImageDataset } from '../data';

export function datasetImage(data: ImageDataset, index: number): { pixels: Float32Array; label: number } {
  if (!(Number.isInteger(index) && index >= 0 && index < data.count)) {
    throw new RangeError(`image ${index} is not in 0…${data.count - 1}`);
  }
  const pixels = new Float32Array(data.rows * data.cols);
  fillRange(data, index, 1, pixels);
  return { pixels, label: data.labels[index] };
}
