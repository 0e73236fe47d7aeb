/**
 * `cnn-digit-input`: fired by <cnn-digit-pad> with the drawing preprocessed like MNIST
 * (28×28, 0 background … 1 ink, centred by its centre of mass), for an element that runs
 * a model on it. Fired while drawing (throttled), at the end of every stroke, and when
 * the pad is cleared or a sample digit is drawn.
 */
import type { PixelBox, Point } from '../src/digits';

export interface DigitInputDetail {
  /** 784 values, row by row, a fresh array each time (safe to transfer to a worker). */
  pixels: Float32Array;
  /** True when the pad is blank: then every value is 0. */
  empty: boolean;
  /** False while a stroke is still being drawn; true when it ends, or after clear / sample. */
  final: boolean;
  /** What caused it. */
  cause: 'drawing' | 'stroke' | 'clear' | 'sample';
  /** The ink's bounding box on the pad (pad pixels), or null when empty. */
  box: PixelBox | null;
  /** Where the centre of mass landed in the 28×28 field (about (14, 14)), or null when empty. */
  centreOfMass: Point | null;
}

export class DigitInputEvent extends Event {
  static readonly eventName = 'cnn-digit-input';

  constructor(readonly detail: DigitInputDetail) {
    super(DigitInputEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cnn-digit-input': DigitInputEvent;
  }
}
