/**
 * The state of the trainer's worker as the page sees it: phase, data loading, progress,
 * history, checkpoint weights and results. Messages can arrive a dozen times a second;
 * the host is repainted at most every PAINT_MS, on an animation frame, so drawing never
 * piles up on the main thread. The worker (and its replicas) end with the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImageDataset } from '../src/data';
import {
  TrainerClient, appendBatches, appendEpoch, blendRate, emptyHistory, etaSeconds, historyUpTo, imagesLeft, resumePointOf, transferEta,
  type BestCheckpoint, type CheckpointRecord, type ErrorCode, type FromTrainer, type RunHistory, type StopReason, type TestResults,
  type TrainerSettings,
} from '../src/train/browser-api';
import type { KernelChoice } from '../src/wasm/features';

export type TrainerPhase = 'idle' | 'loading' | 'ready' | 'training' | 'paused' | 'evaluating' | 'done' | 'error';

/** Repaint at most this often while messages stream in (4 per second). */
export const PAINT_MS = 250;

export type EpochMessage = Extract<FromTrainer, { type: 'epoch' }>;

export interface RunCallbacks {
  /** After each throttled repaint while training. */
  onPaint(): void;
  onEpoch(message: EpochMessage): void;
  onDone(reason: StopReason, results: TestResults): void;
  onResults(results: TestResults): void;
}

export type ResultsSource = { kind: 'epoch'; epochs: number } | { kind: 'file'; name: string };

export class TrainerRun implements ReactiveController {
  phase: TrainerPhase = 'idle';
  runId: string | null = null;
  settings: TrainerSettings | null = null;
  history: RunHistory = emptyHistory();
  loaded = { bytes: 0, total: 0, startedAt: 0, ready: false, trainCount: 0, testCount: 0 };
  progress = { epoch: 0, imagesDone: 0, imagesTotal: 0, rate: null as number | null, lastAt: 0, lastDone: 0, batch: 0 };
  started: Extract<FromTrainer, { type: 'started' }> | null = null;
  best: BestCheckpoint | null = null;
  latestWeights: Uint8Array | null = null;
  sinceBest = 0;
  results: TestResults | null = null;
  resultsSource: ResultsSource | null = null;
  stopReason: StopReason | null = null;
  error: { code: ErrorCode; message: string } | null = null;
  /** While phase is 'evaluating': the epoch being scored (0-based), or null for the final weights. */
  evaluatingEpoch: number | null = null;
  /** performance.now() when the run was started and when its results arrived (0 until then). */
  timing = { startedAt: 0, finishedAt: 0 };

  private client: TrainerClient | null = null;
  private unsubscribe: (() => void) | null = null;
  private pending: (() => void) | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPaint = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: RunCallbacks,
    private readonly createClient: () => TrainerClient = () => new TrainerClient(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.client?.dispose();
    this.client = null;
    this.unsubscribe = null;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    if (this.phase === 'training' || this.phase === 'paused' || this.phase === 'loading' || this.phase === 'evaluating') this.phase = 'idle';
  }

  /** A run is going (training, paused, or scoring an epoch): Stop applies. */
  get live(): boolean {
    return this.phase === 'training' || this.phase === 'paused' || (this.phase === 'evaluating' && this.evaluatingEpoch !== null);
  }

  get busy(): boolean {
    return this.phase === 'loading' || this.phase === 'training' || this.phase === 'paused' || this.phase === 'evaluating';
  }

  /** Seconds left in the run at the current rate (null while unknown). */
  get eta(): number | null {
    if (!this.settings || !this.started) return null;
    const left = imagesLeft(this.progress.epoch, this.settings.epochs, this.progress.imagesDone, this.started.trainCount);
    return etaSeconds(0, left, this.progress.rate ?? 0);
  }

  get loadEta(): number | null {
    return transferEta(this.loaded.bytes, this.loaded.total, performance.now() - this.loaded.startedAt);
  }

  private ensureClient(): TrainerClient {
    if (!this.client) {
      this.client = this.createClient();
      this.unsubscribe = this.client.subscribe((message) => this.receive(message));
    }
    return this.client;
  }

  /** Loads MNIST in the worker (nothing happens when it is loaded already). */
  load(baseUrl?: string): void {
    if (this.loaded.ready || this.phase === 'loading') return;
    this.phase = 'loading';
    this.loaded = { ...this.loaded, bytes: 0, total: 0, startedAt: performance.now() };
    this.ensureClient().load(baseUrl);
    this.host.requestUpdate();
  }

  /** Trains on these images instead of the MNIST assets (tests, offline demos). */
  useData(train: ImageDataset, test: ImageDataset): void {
    this.ensureClient().useData(train, test);
  }

  start(settings: TrainerSettings, options: { baseUrl?: string; initialWeights?: Uint8Array; resume?: CheckpointRecord; kernels?: KernelChoice } = {}): void {
    if (this.busy && this.phase !== 'loading') return;
    const { resume } = options;
    this.runId = resume?.runId ?? `run-${Date.now().toString(36)}`;
    this.settings = structuredClone(settings);
    this.history = resume ? structuredClone(resume.history) : emptyHistory();
    this.best = resume?.best ?? null;
    this.latestWeights = resume?.weights ?? null;
    this.sinceBest = resume?.epochsWithoutImprovement ?? 0;
    Object.assign(this, { results: null, resultsSource: null, stopReason: null, error: null, started: null });
    this.timing = { startedAt: performance.now(), finishedAt: 0 };
    this.progress = { epoch: resume?.epoch ?? 0, imagesDone: 0, imagesTotal: 0, rate: null, lastAt: 0, lastDone: 0, batch: 0 };
    const runId = this.runId;
    const go = (): void => {
      this.phase = 'training';
      this.ensureClient().start(runId, settings, { initialWeights: options.initialWeights, resume: resume && resumePointOf(resume), kernels: options.kernels });
      this.host.requestUpdate();
    };
    if (this.loaded.ready) go();
    else {
      this.pending = go;
      this.load(options.baseUrl);
    }
    this.host.requestUpdate();
  }

  pause(): void {
    if (this.live && this.phase !== 'paused') this.client?.pause();
  }

  resume(): void {
    if (this.phase === 'paused') this.client?.resume();
  }

  stop(): void {
    if (this.live) this.client?.stop();
  }

  /** Scores weights on the test set; `source` says where they came from. */
  evaluate(weights: Uint8Array, source: ResultsSource, baseUrl?: string): void {
    if (this.busy && this.phase !== 'loading') return;
    this.resultsSource = source;
    const go = (): void => {
      this.phase = 'evaluating';
      this.ensureClient().evaluate(weights);
      this.host.requestUpdate();
    };
    if (this.loaded.ready) go();
    else {
      this.pending = go;
      this.load(baseUrl);
    }
  }

  /** Shows a stored history (a finished run) without training. */
  showHistory(record: CheckpointRecord): void {
    this.runId = record.runId;
    this.settings = structuredClone(record.settings);
    this.history = historyUpTo(record.history, record.epoch);
    this.best = record.best;
    this.latestWeights = record.weights;
    this.stopReason = record.finished;
    this.host.requestUpdate();
  }

  private receive(message: FromTrainer): void {
    switch (message.type) {
      case 'loadProgress':
        this.loaded = { ...this.loaded, bytes: message.loadedBytes, total: message.totalBytes };
        return this.schedulePaint();
      case 'dataReady': {
        this.loaded = { ...this.loaded, ready: true, trainCount: message.trainCount, testCount: message.testCount, bytes: this.loaded.total };
        if (this.phase === 'loading') this.phase = 'ready';
        const pending = this.pending;
        this.pending = null;
        pending?.();
        return this.host.requestUpdate();
      }
      case 'started':
        this.started = message;
        this.progress = { ...this.progress, epoch: message.startEpoch, lastAt: performance.now(), lastDone: 0 };
        return this.host.requestUpdate();
      case 'progress':
        return this.onProgress(message);
      case 'paused':
        this.phase = 'paused';
        return this.host.requestUpdate();
      case 'resumed':
        this.phase = 'training';
        this.progress.lastAt = performance.now();
        return this.host.requestUpdate();
      case 'epoch':
        appendEpoch(this.history, message.summary);
        this.latestWeights = message.weights;
        this.sinceBest = message.epochsWithoutImprovement;
        if (message.improved) {
          const loss = message.summary.validationLoss ?? message.summary.trainLoss;
          this.best = { epoch: message.summary.epoch, loss, weights: message.weights };
        }
        this.callbacks.onEpoch(message);
        return this.host.requestUpdate();
      case 'evaluating':
        this.phase = 'evaluating';
        this.evaluatingEpoch = message.epoch ?? null;
        return this.host.requestUpdate();
      case 'done':
        this.phase = 'done';
        this.timing.finishedAt = performance.now();
        this.stopReason = message.reason;
        this.results = message.results;
        this.resultsSource = { kind: 'epoch', epochs: message.results.epochs };
        this.callbacks.onDone(message.reason, message.results);
        return this.host.requestUpdate();
      case 'results':
        this.phase = this.loaded.ready ? 'done' : 'idle';
        this.results = message.results;
        this.callbacks.onResults(message.results);
        return this.host.requestUpdate();
      case 'error':
        this.pending = null;
        this.error = { code: message.code, message: message.message };
        if (message.code !== 'busy') this.phase = this.loaded.ready ? 'ready' : 'error';
        return this.host.requestUpdate();
    }
  }

  private onProgress(message: Extract<FromTrainer, { type: 'progress' }>): void {
    if (this.phase === 'evaluating') this.phase = 'training';
    appendBatches(this.history, message.epoch, message.firstBatch, message.batchesPerEpoch, message.losses, message.accuracies);
    const now = performance.now();
    const p = this.progress;
    const sameEpoch = message.epoch === p.epoch && message.imagesDone > p.lastDone;
    const seconds = (now - p.lastAt) / 1000;
    // The rate over the last interval, blended, so a paused or evaluating stretch does not drag the ETA.
    const rate = sameEpoch && seconds > 0 ? blendRate(p.rate, (message.imagesDone - p.lastDone) / seconds, seconds) : (p.rate ?? message.imagesPerSecond);
    this.progress = {
      epoch: message.epoch, imagesDone: message.imagesDone, imagesTotal: message.imagesTotal, rate,
      lastAt: now, lastDone: message.imagesDone, batch: message.firstBatch + message.losses.length,
    };
    this.schedulePaint();
  }

  /** Repaints on the next animation frame, but no sooner than PAINT_MS after the last one. */
  private schedulePaint(): void {
    if (this.frame || this.timer !== undefined) return;
    const paint = (): void => {
      this.timer = undefined;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.lastPaint = performance.now();
        this.host.requestUpdate();
        this.callbacks.onPaint();
      });
    };
    const wait = PAINT_MS - (performance.now() - this.lastPaint);
    if (wait > 0) this.timer = setTimeout(paint, wait);
    else paint();
  }
}
