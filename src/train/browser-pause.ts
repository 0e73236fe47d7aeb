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

/**
 * A function that, at most every `intervalMs`, lets the event loop run (a macrotask
 * through a MessageChannel, which is not clamped like setTimeout). A local backend's
 * steps never wait for anything, so without this a worker would not read "pause" or
 * "stop" until the run ended.
 */
export function eventLoopYielder(intervalMs = 25): { pause(): Promise<void>; close(): void } {
  const channel = new MessageChannel();
  let last = performance.now();
  let wake: (() => void) | null = null;
  channel.port1.onmessage = () => wake?.();
  return {
    async pause() {
      if (performance.now() - last < intervalMs) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        channel.port2.postMessage(null);
      });
      wake = null;
      last = performance.now();
    },
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/** The backend with every step first passing the gate (and refusing to start once aborted). */
export function pausableBackend<B extends TrainingBackend>(backend: B, gate: PauseGate, signal: AbortSignal): B {
  const yielder = eventLoopYielder();
  return {
    ...backend,
    model: backend.model,
    async step(order, start, count) {
      await yielder.pause();
      await gate.pass();
      if (signal.aborted) throw new TrainingAborted();
      return backend.step(order, start, count);
    },
    predict: (set) => backend.predict(set),
    setLearningRate: (lr) => backend.setLearningRate(lr),
    dispose: () => {
      yielder.close();
      return backend.dispose();
    },
  };
}
