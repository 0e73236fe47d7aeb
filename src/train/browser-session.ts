/**
 * The coordinator worker's state: the data (fetched once, or handed over by the page),
 * at most one run at a time, and the answers to every page message. Platform-light:
 * posting and spawning replicas are injected, so tests drive it in Node.
 */
import { fetchMnist, type ImageDataset } from '../data';
import { modelFromWeights, WeightsFormatError } from '../tiled';
import { testResults } from './browser-evaluate';
import { PauseGate } from './browser-pause';
import type { ErrorCode, ToTrainer } from './browser-protocol';
import { runTraining, type RunControl, type RunEnvironment } from './browser-run';
import { EVAL_BATCH, settingProblems } from './browser-settings';

export interface SessionEnvironment extends RunEnvironment {
  /** Loads the MNIST assets (fetchMnist by default). */
  fetchData?: typeof fetchMnist;
}

/** Data loading reports at most this often (a fetch delivers hundreds of chunks). */
const LOAD_PROGRESS_MS = 50;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class TrainerSession {
  private data: { train: ImageDataset; test: ImageDataset } | null = null;
  private loading = false;
  private run: { id: string; control: RunControl } | null = null;

  constructor(private readonly env: SessionEnvironment) {}

  /** True while a run is going (paused included). */
  get busy(): boolean {
    return this.run !== null;
  }

  handle(message: ToTrainer): void {
    switch (message.type) {
      case 'load':
        void this.load(message.baseUrl);
        return;
      case 'useData':
        this.data = { train: message.train, test: message.test };
        this.ready();
        return;
      case 'start':
        void this.start(message);
        return;
      case 'pause':
        this.run?.control.gate.pause();
        return;
      case 'resume':
        if (this.run?.control.gate.paused) {
          this.run.control.gate.resume();
          this.env.post({ type: 'resumed', runId: this.run.id });
        }
        return;
      case 'stop':
        this.run?.control.abort.abort();
        this.run?.control.gate.resume();
        return;
      case 'evaluate':
        this.evaluate(message.weights);
        return;
    }
  }

  private fail(code: ErrorCode, message: string, runId: string | null = null): void {
    this.env.post({ type: 'error', runId, code, message });
  }

  private ready(): void {
    const { train, test } = this.data!;
    this.env.post({ type: 'dataReady', trainCount: train.count, testCount: test.count, rows: train.rows, cols: train.cols });
  }

  private async load(baseUrl?: string): Promise<void> {
    if (this.data) return this.ready();
    if (this.loading) return;
    this.loading = true;
    let lastReport = -Infinity;
    try {
      const fetched = await (this.env.fetchData ?? fetchMnist)({
        baseUrl,
        shared: this.env.sharedMemory,
        onProgress: ({ loadedBytes, totalBytes }) => {
          const now = performance.now();
          if (now - lastReport < LOAD_PROGRESS_MS && loadedBytes < totalBytes) return;
          lastReport = now;
          this.env.post({ type: 'loadProgress', loadedBytes, totalBytes });
        },
      });
      if (!fetched.train || !fetched.test) throw new Error('the MNIST assets lack the train or test split');
      this.data = { train: fetched.train, test: fetched.test };
      this.ready();
    } catch (error) {
      this.fail('data', messageOf(error));
    } finally {
      this.loading = false;
    }
  }

  private async start(message: Extract<ToTrainer, { type: 'start' }>): Promise<void> {
    const { runId } = message;
    if (this.run) return this.fail('busy', `a run (${this.run.id}) is already going`, runId);
    if (!this.data) return this.fail('data', 'no images loaded yet', runId);
    const problem = settingProblems(message.settings)[0];
    if (problem) return this.fail('settings', `${problem.field}: ${problem.key} ${JSON.stringify(problem.params)}`, runId);
    const control: RunControl = {
      gate: new PauseGate(() => this.env.post({ type: 'paused', runId })),
      abort: new AbortController(),
    };
    this.run = { id: runId, control };
    try {
      const outcome = await runTraining(message, this.data, this.env, control);
      // Free before telling the page, so it may start the next run as soon as it hears.
      this.run = null;
      this.env.post({ type: 'done', runId, ...outcome });
    } catch (error) {
      this.run = null;
      this.fail(error instanceof WeightsFormatError ? 'weights' : error instanceof RangeError ? 'settings' : 'training', messageOf(error), runId);
    }
  }

  private evaluate(weights: Uint8Array): void {
    if (this.run) return this.fail('busy', `a run (${this.run.id}) is going; evaluate after it`);
    if (!this.data) return this.fail('data', 'no images loaded yet');
    const { test } = this.data;
    try {
      const model = modelFromWeights(weights, { maxBatch: EVAL_BATCH });
      if (model.inputSize !== test.rows * test.cols || model.outputSize !== 10) {
        throw new WeightsFormatError(`the weights are for inputs of ${model.inputSize} values and ${model.outputSize} classes, not ${test.rows}×${test.cols} digits in 10 classes`);
      }
      this.env.post({ type: 'evaluating', runId: null });
      this.env.post({ type: 'results', results: testResults(model, test, EVAL_BATCH, 0) });
    } catch (error) {
      this.fail(error instanceof WeightsFormatError ? 'weights' : 'training', messageOf(error));
    }
  }
}
