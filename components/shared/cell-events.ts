/**
 * Events of matrix cells, shared by <cnn-matrix> and the elements built on it. Both
 * bubble and cross shadow roots, so a stepper can listen on itself for its panels.
 */
import type { CellValue } from '../../src/viz/matrix-model';

/** A cell was chosen (click, Enter or Space). Positions count from 0 in the drawn matrix. */
export class CellSelectEvent extends Event {
  static readonly eventName = 'cnn-cell-select' as const;

  constructor(
    readonly row: number,
    readonly col: number,
  ) {
    super(CellSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * A cell's value was edited. Cancelable: call preventDefault() to refuse the edit and
 * keep the old value; otherwise the element shows the new value at once.
 */
export class CellEditEvent extends Event {
  static readonly eventName = 'cnn-cell-edit' as const;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly value: number,
    readonly previous: CellValue,
  ) {
    super(CellEditEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}
