/**
 * The `cnn-step` event every stepper fires when the shown step changes (by playing, a
 * key, a button, a click on an output cell, the `step` attribute) or when an edit
 * recomputes the trace. `detail.kind` says which element sent it and which position
 * fields it carries; positions count from 0, as in the reference engine's trace.
 */
interface StepPosition {
  /** Index of the step in the trace, from 0. */
  step: number;
  /** Number of steps in the trace. */
  total: number;
}

export type CnnStepDetail =
  | (StepPosition & { kind: 'conv2d'; outChannel: number; outRow: number; outCol: number; value: number })
  | (StepPosition & {
      kind: 'pool';
      channel: number;
      outRow: number;
      outCol: number;
      value: number;
      /** Max pooling's winning input cell. */
      winner?: { row: number; col: number };
    })
  | (StepPosition & { kind: 'conv1d'; outChannel: number; outPosition: number; value: number })
  /** Transposed convolution: the input cell being scattered and its value. */
  | (StepPosition & { kind: 'transposed2d'; inChannel: number; inRow: number; inCol: number; value: number })
  | (StepPosition & { kind: 'transposed1d'; inChannel: number; inPosition: number; value: number });

export class CnnStepEvent extends Event {
  static readonly eventName = 'cnn-step';

  constructor(readonly detail: CnnStepDetail) {
    super(CnnStepEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cnn-step': CnnStepEvent;
  }
}
