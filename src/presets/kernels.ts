/**
 * Named 3×3 kernels from the image-filter lesson (CURRICULUM §6). Values are exact
 * fractions where the filter normalises (box and Gaussian blur), so sums stay exact.
 */
export type KernelPresetName =
  | 'identity'
  | 'box-blur'
  | 'gaussian-blur'
  | 'vertical-edge'
  | 'horizontal-edge'
  | 'edge'
  | 'laplacian'
  | 'laplacian-8'
  | 'sharpen';

export const KERNEL_PRESETS: Record<KernelPresetName, number[][]> = {
  identity: [
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ],
  'box-blur': [
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ],
  // The 3×3 binomial approximation of a Gaussian: centre weighted, sums to 1.
  'gaussian-blur': [
    [1 / 16, 2 / 16, 1 / 16],
    [2 / 16, 4 / 16, 2 / 16],
    [1 / 16, 2 / 16, 1 / 16],
  ],
  // Worked example A's kernel: bright on the left, dark on the right gives a positive response.
  'vertical-edge': [
    [1, 0, -1],
    [1, 0, -1],
    [1, 0, -1],
  ],
  'horizontal-edge': [
    [1, 1, 1],
    [0, 0, 0],
    [-1, -1, -1],
  ],
  edge: [
    [1, 0, -1],
    [0, 0, 0],
    [-1, 0, 1],
  ],
  // Sum of the second differences along rows and columns (4-neighbour Laplacian).
  laplacian: [
    [0, 1, 0],
    [1, -4, 1],
    [0, 1, 0],
  ],
  'laplacian-8': [
    [-1, -1, -1],
    [-1, 8, -1],
    [-1, -1, -1],
  ],
  sharpen: [
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ],
};

export const KERNEL_PRESET_NAMES = Object.keys(KERNEL_PRESETS) as KernelPresetName[];

export function isKernelPreset(name: string): name is KernelPresetName {
  return Object.prototype.hasOwnProperty.call(KERNEL_PRESETS, name);
}
