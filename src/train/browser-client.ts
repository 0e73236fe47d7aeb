/**
 * The page's handle on the browser trainer: starts the coordinator worker lazily, sends
 * typed messages (copying what the caller keeps, transferring the copies) and hands every
 * reply to the listeners. A crashed worker becomes an 'error' message, never a throw.
 */
import type { ImageDataset } from '../data';
import { isFromTrainer, transferablesOf, type FromTrainer, type ResumePoint, type ToTrainer } from './browser-protocol';
import type { TrainerSettings } from './browser-settings';
import type { KernelChoice } from '../wasm/features';

export type TrainerListener = (message: FromTrainer) => void;

/** The coordinator worker (the URL is literal so bundlers find the entry). */
export function startTrainerWorker(): Worker {
  return new Worker(new URL('./browser-trainer-worker.ts', import.meta.url), { type: 'module', name: 'convlab-trainer' });
}

/** A copy whose buffer can be transferred while the caller keeps the original. */
const own = (bytes: Uint8Array): Uint8Array => bytes.slice();

export class TrainerClient {
  private worker: Worker | null = null;
  private readonly listeners = new Set<TrainerListener>();

  constructor(private readonly createWorker: () => Worker = startTrainerWorker) {}

  /** Calls `listener` with every message from the worker; returns the unsubscribe function. */
  subscribe(listener: TrainerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Fetch the MNIST assets in the worker (progress arrives as loadProgress messages). */
  load(baseUrl?: string): void {
    this.send({ type: 'load', baseUrl });
  }

  /** Train on these images instead of the assets; the images are copied first. */
  useData(train: ImageDataset, test: ImageDataset): void {
    const copy = (d: ImageDataset): ImageDataset => ({ ...d, images: d.images.slice(), labels: d.labels.slice() });
    this.send({ type: 'useData', train: copy(train), test: copy(test) });
  }

  /** Trains; `kernels` picks the engine's kernels (absent: 'auto', the fastest the browser runs). */
  start(runId: string, settings: TrainerSettings, options: { initialWeights?: Uint8Array; resume?: ResumePoint; kernels?: KernelChoice } = {}): void {
    const { initialWeights, resume, kernels } = options;
    this.send({
      type: 'start',
      runId,
      settings: structuredClone(settings),
      initialWeights: initialWeights && own(initialWeights),
      resume: resume && { ...resume, weights: own(resume.weights), best: resume.best && { ...resume.best, weights: own(resume.best.weights) } },
      ...(kernels ? { kernels } : {}),
    });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.send({ type: 'resume' });
  }

  stop(): void {
    this.send({ type: 'stop' });
  }

  /** Scores a weights file on the test set (answered by 'results' or 'error'). */
  evaluate(weights: Uint8Array): void {
    this.send({ type: 'evaluate', weights: own(weights) });
  }

  /** Ends the worker (and its replicas); a later call starts a fresh one. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private send(message: ToTrainer): void {
    this.ensureWorker().postMessage(message, transferablesOf(message));
  }

  private emit(message: FromTrainer): void {
    for (const listener of [...this.listeners]) listener(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent) => {
      if (isFromTrainer(event.data)) this.emit(event.data);
      else this.emit({ type: 'error', runId: null, code: 'worker', message: 'the trainer sent a message this page does not understand' });
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.emit({ type: 'error', runId: null, code: 'worker', message: event.message || 'the training worker could not start' });
    };
    this.worker = worker;
    return worker;
  }
}
