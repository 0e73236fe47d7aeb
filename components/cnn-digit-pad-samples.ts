/**
 * Hand-drawn digits 0–9 as pen paths in a unit square (x right, y down), so a reader
 * without a mouse, pen or touch screen can still give the pad a digit, and tests can
 * draw with the same brush a person uses. Each digit is one or two strokes.
 */
export type Stroke = readonly (readonly [number, number])[];

/** Points on an ellipse, for the round parts. */
function ellipse(cx: number, cy: number, rx: number, ry: number, from = 0, to = 2 * Math.PI, steps = 24): Stroke {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const angle = from + ((to - from) * i) / steps;
    return [cx + rx * Math.sin(angle), cy - ry * Math.cos(angle)] as const;
  });
}

type Point = readonly [number, number];
/** Straight pieces meet at sharp corners: each becomes its own stroke, so smoothing cannot round them. */
const corners = (...points: Point[]): Stroke[] => points.slice(1).map((point, i) => [points[i], point]);

export const SAMPLE_DIGITS: readonly (readonly Stroke[])[] = [
  [ellipse(0.5, 0.5, 0.19, 0.31)],
  corners([0.4, 0.3], [0.53, 0.18], [0.51, 0.82]),
  [
    [
      [0.3, 0.32],
      [0.38, 0.2],
      [0.52, 0.17],
      [0.65, 0.23],
      [0.67, 0.36],
      [0.58, 0.51],
      [0.3, 0.8],
    ],
    ...corners([0.3, 0.8], [0.72, 0.8]),
  ],
  [
    [
      [0.31, 0.22],
      [0.46, 0.16],
      [0.62, 0.2],
      [0.65, 0.33],
      [0.49, 0.47],
      [0.66, 0.57],
      [0.67, 0.71],
      [0.54, 0.82],
      [0.31, 0.78],
    ],
  ],
  [...corners([0.56, 0.18], [0.28, 0.6], [0.74, 0.6]), ...corners([0.6, 0.36], [0.6, 0.83])],
  [
    ...corners([0.68, 0.18], [0.37, 0.18], [0.34, 0.46]),
    [
      [0.34, 0.46],
      [0.52, 0.42],
      [0.66, 0.52],
      [0.67, 0.68],
      [0.55, 0.8],
      [0.32, 0.78],
    ],
  ],
  [
    [
      [0.64, 0.17],
      [0.46, 0.29],
      [0.35, 0.49],
      [0.34, 0.7],
      [0.46, 0.82],
      [0.61, 0.79],
      [0.66, 0.63],
      [0.54, 0.52],
      [0.36, 0.59],
    ],
  ],
  corners([0.3, 0.2], [0.7, 0.2], [0.46, 0.83]),
  [
    [
      [0.5, 0.48],
      [0.36, 0.38],
      [0.37, 0.24],
      [0.5, 0.17],
      [0.63, 0.24],
      [0.64, 0.38],
      [0.5, 0.48],
      [0.34, 0.6],
      [0.35, 0.75],
      [0.5, 0.83],
      [0.65, 0.75],
      [0.66, 0.6],
      [0.5, 0.48],
    ],
  ],
  [
    [
      [0.64, 0.33],
      [0.53, 0.2],
      [0.39, 0.23],
      [0.36, 0.39],
      [0.49, 0.48],
      [0.63, 0.41],
      [0.65, 0.2],
    ],
    ...corners([0.65, 0.2], [0.62, 0.83]),
  ],
];
