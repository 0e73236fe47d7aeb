/**
 * Pausing a run between batches: a gate the training backend waits at before every
 * step. The loop (loop.ts) knows nothing about it; Stop while paused opens the gate
 * and the waiting step throws TrainingAborted.
 */
import type { TrainingBackend } from './backend';
import { TrainingAborted } from './loop';

export class PauseGate {
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly onBlocked: () => void = () => {}) {}

  get paused(): boolean {
    return this.closed;
  }

  pause(): void {
    this.closed = true;
  }

  /** Opens the gate and lets every waiting step go on. */
  resume(): void {
    this.closed = false;
    const waiting = this.waiters;
    this.waiters = [];
    for (const go of waiting) go();
  }

  /** Resolves at once when open; otherwise reports the block once and waits for resume(). */
  async pass(): Promise<void> {
    if (!this.closed) return;
    this.onBlocked();
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}

/** The backend with every step first passing the gate (and refusing to start once aborted). */
export function pausableBackend<B extends TrainingBackend>(backend: B, gate: PauseGate, signal: AbortSignal): B {
  return {
    ...backend,
    model: backend.model,
    async step(order, start, count) {
      await gate.pass();
      if (signal.aborted) throw new TrainingAborted();
      return backend.step(order, start, count);
    },
    predict: (set) => backend.predict(set),
    setLearningRate: (lr) => backend.setLearningRate(lr),
    dispose: () => backend.dispose(),
  };
}
