/**
 * The curriculum's worked inputs (CURRICULUM §2, §3, §5), by name, so elements accept
 * `input="example-a"` and lessons default to the numbers the courses use.
 */
export type InputPresetName =
  | 'example-a'
  | 'example-b'
  | 'example-c'
  | 'padding-example'
  | 'pool-a'
  | 'pool-b'
  | 'small-3x3'
  | 'x-pattern';

const EXAMPLE_C_CHANNEL = [
  [200, 200, 200, 200, 200],
  [200, 200, 200, 200, 200],
  [200, 200, 200, 200, 200],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
];

/** Every preset as [C][H][W]. */
export const INPUT_PRESETS: Record<InputPresetName, number[][][]> = {
  'example-a': [
    [
      [7, 2, 3, 3, 8],
      [4, 5, 3, 8, 4],
      [3, 3, 2, 8, 4],
      [2, 8, 7, 2, 7],
      [5, 4, 4, 5, 4],
    ],
  ],
  'example-b': [
    [
      [1, 1, 1, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 1, 1, 1],
      [0, 0, 1, 1, 0],
      [0, 1, 1, 0, 0],
    ],
  ],
  'example-c': [EXAMPLE_C_CHANNEL, EXAMPLE_C_CHANNEL, EXAMPLE_C_CHANNEL],
  'padding-example': [
    [
      [1, 2, 3, 4, 5],
      [2, 1, 0, 1, 2],
      [3, 0, 1, 1, 0],
      [1, 4, 1, 1, 2],
      [2, 1, 1, 0, 0],
    ],
  ],
  'pool-a': [
    [
      [1, 3, 2, 1],
      [2, 9, 1, 1],
      [1, 3, 2, 3],
      [5, 6, 1, 2],
    ],
  ],
  'pool-b': [
    [
      [4, 3, 1, 5],
      [1, 3, 4, 8],
      [4, 5, 4, 3],
      [6, 5, 9, 4],
    ],
  ],
  'small-3x3': [
    [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
  ],
  // The 5×5 "X" of lesson 1: a dense layer sees it as 25 unrelated numbers.
  'x-pattern': [
    [
      [1, 0, 0, 0, 1],
      [0, 1, 0, 1, 0],
      [0, 0, 1, 0, 0],
      [0, 1, 0, 1, 0],
      [1, 0, 0, 0, 1],
    ],
  ],
};

/** Example B's kernel and example C's filter (all 0.1 over 3 channels). */
export const EXAMPLE_B_KERNEL = [
  [1, 0, 1],
  [0, 1, 0],
  [1, 0, 1],
];
export const EXAMPLE_C_FILTER = [0, 1, 2].map(() => [
  [0.1, 0.1, 0.1],
  [0.1, 0.1, 0.1],
  [0.1, 0.1, 0.1],
]);

export const INPUT_PRESET_NAMES = Object.keys(INPUT_PRESETS) as InputPresetName[];

export function isInputPreset(name: string): name is InputPresetName {
  return Object.prototype.hasOwnProperty.call(INPUT_PRESETS, name);
}
