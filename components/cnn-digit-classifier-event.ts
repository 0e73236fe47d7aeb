/**
 * `cnn-digit-classified`: fired by <cnn-digit-classifier> after it ran its model on the
 * pad's drawing, with the answer and how long the model took.
 */
export interface DigitClassifiedDetail {
  /** The most likely digit. */
  predicted: number;
  /** Ten class probabilities (softmax of the model's outputs). */
  probabilities: number[];
  /** Time of the model run in milliseconds (forward pass, softmax and activation copies). */
  milliseconds: number;
  /** As the pad's event: false while a stroke is still being drawn. */
  final: boolean;
}

export class DigitClassifiedEvent extends Event {
  static readonly eventName = 'cnn-digit-classified';

  constructor(readonly detail: DigitClassifiedDetail) {
    super(DigitClassifiedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cnn-digit-classified': DigitClassifiedEvent;
  }
}
