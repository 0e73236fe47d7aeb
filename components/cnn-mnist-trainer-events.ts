/**
 * Events of <cnn-mnist-trainer>: progress while training (at most a few per second),
 * one per finished epoch, and one when the run ends. They bubble and cross shadow roots
 * so a lesson page can react (unlock a quiz, show a remark at 98 %).
 */
import { smooth, type EpochSummary, type StopReason, type TestResults } from '../src/train/browser-api';
import type { TrainerRun } from './cnn-mnist-trainer-run';

export interface TrainingProgressDetail {
  runId: string;
  /** 0-based epoch being trained, of `epochs`. */
  epoch: number;
  epochs: number;
  imagesDone: number;
  imagesTotal: number;
  imagesPerSecond: number;
  /** Smoothed training loss and accuracy of the latest batches. */
  loss: number;
  accuracy: number;
  /** Seconds left for the run, or null while unknown. */
  etaSeconds: number | null;
}

export interface TrainingEpochDetail extends EpochSummary {
  runId: string;
  epochs: number;
  /** This epoch is the new best checkpoint. */
  improved: boolean;
}

export interface TrainingDoneDetail {
  runId: string;
  reason: StopReason;
  /** Test accuracy of the best checkpoint (the weights kept and downloaded). */
  testAccuracy: number;
  /** Epochs behind those weights. */
  epochs: number;
  results: TestResults;
}

/** The progress of a run as the event reports it (loss and accuracy smoothed over the latest batches). */
export function progressDetail(run: TrainerRun, runId: string, epochs: number, smoothing: number): TrainingProgressDetail {
  const tail = (values: number[]) => smooth(values.slice(-200), smoothing).at(-1) ?? Number.NaN;
  return {
    runId, epoch: run.progress.epoch, epochs, imagesDone: run.progress.imagesDone, imagesTotal: run.progress.imagesTotal,
    imagesPerSecond: run.progress.rate ?? 0, loss: tail(run.history.batchLoss), accuracy: tail(run.history.batchAccuracy), etaSeconds: run.eta,
  };
}

export class TrainingProgressEvent extends Event {
  static readonly eventName = 'cnn-training-progress';
  constructor(readonly detail: TrainingProgressDetail) {
    super(TrainingProgressEvent.eventName, { bubbles: true, composed: true });
  }
}

export class TrainingEpochEvent extends Event {
  static readonly eventName = 'cnn-training-epoch';
  constructor(readonly detail: TrainingEpochDetail) {
    super(TrainingEpochEvent.eventName, { bubbles: true, composed: true });
  }
}

export class TrainingDoneEvent extends Event {
  static readonly eventName = 'cnn-training-done';
  constructor(readonly detail: TrainingDoneDetail) {
    super(TrainingDoneEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cnn-training-progress': TrainingProgressEvent;
    'cnn-training-epoch': TrainingEpochEvent;
    'cnn-training-done': TrainingDoneEvent;
  }
}
