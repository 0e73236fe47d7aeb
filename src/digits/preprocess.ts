import { areaResize } from './area-resize';
import { crop, inkBoundingBox } from './bounding-box';
import { centreOfMass } from './centre-of-mass';
import { toInk } from './ink';
import { translateInto } from './translate';
import type { GreyImage, PreprocessOptions, PreprocessedDigit } from './types';

/**
 * A drawing of any size → an input like MNIST's, following how MNIST itself was made:
 * 1. crop to the ink's bounding box;
 * 2. scale it, keeping the aspect ratio, so its longer side is `boxSize` (20) pixels,
 *    averaging areas so the edges stay soft;
 * 3. place it in a `fieldSize` (28) square so its centre of mass is at the centre (14, 14).
 * Values are 0..1 with 0 background and 1 ink. An empty drawing gives zeros and `empty`.
 */
export function preprocessDigit(image: GreyImage, options: PreprocessOptions = {}): PreprocessedDigit {
  const { fieldSize = 28, boxSize = 20, shift = 'bilinear', inkThreshold = 0.1, darkInk = false } = options;
  if (!Number.isInteger(fieldSize) || !Number.isInteger(boxSize) || boxSize < 1 || boxSize > fieldSize) {
    throw new RangeError(`box size must be a whole number from 1 to the field size, got ${boxSize} in ${fieldSize}`);
  }
  const ink = toInk(image, darkInk);
  const box = inkBoundingBox(ink, inkThreshold);
  if (box === null) {
    return {
      pixels: new Float32Array(fieldSize * fieldSize),
      empty: true,
      box: null,
      scaledSize: { width: 0, height: 0 },
      centreOfMass: null,
    };
  }
  const scale = boxSize / Math.max(box.width, box.height);
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const scaled = areaResize(crop(ink, box), width, height);
  // The box holds ink above the threshold, so the scaled image has ink and a centre.
  const centre = centreOfMass(scaled) ?? { x: width / 2, y: height / 2 };
  const field = translateInto(scaled, fieldSize, fieldSize, fieldSize / 2 - centre.x, fieldSize / 2 - centre.y, shift);
  for (let i = 0; i < field.data.length; i++) field.data[i] = Math.min(1, field.data[i]);
  return {
    pixels: field.data,
    empty: false,
    box,
    scaledSize: { width, height },
    centreOfMass: centreOfMass(field),
  };
}
