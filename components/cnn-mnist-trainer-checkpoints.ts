/**
 * The trainer's checkpoints in IndexedDB: on connect, the newest saved run of the
 * element's namespace is read and checked (a corrupt or mismatched one is refused with
 * its reason, never thrown); after every epoch a record is written (the old one is
 * deleted only after the new one is stored). Without IndexedDB the offer says so and
 * training goes on without checkpoints.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  CHECKPOINT_FORMAT, CHECKPOINT_VERSION, checkCheckpoint, checkpointKey, historyUpTo, openCheckpointStore,
  type CheckpointRecord, type CheckpointStore, type StopReason,
} from '../src/train/browser-api';
import type { TrainerRun } from './cnn-mnist-trainer-run';

export type CheckpointOffer =
  | { kind: 'resume' | 'finished'; record: CheckpointRecord }
  | { kind: 'refused'; reason: string }
  | { kind: 'unavailable' }
  | null;

export class CheckpointKeeper implements ReactiveController {
  offer: CheckpointOffer = null;
  saveError: { epoch: number; reason: string } | null = null;
  /** Resolves once the store has been opened and the saved run checked. */
  ready: Promise<void> = Promise.resolve();

  private store: CheckpointStore | null = null;
  /** Writes happen one after another, in the order epochs finish. */
  private queue: Promise<void> = Promise.resolve();
  private last: CheckpointRecord | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly namespace: () => string,
    private readonly open: () => Promise<CheckpointStore | null> = () => openCheckpointStore(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.ready = this.connect();
  }

  hostDisconnected(): void {
    this.store?.close();
    this.store = null;
  }

  private async connect(): Promise<void> {
    this.store = await this.open();
    if (!this.store) {
      this.offer = { kind: 'unavailable' };
      return this.host.requestUpdate();
    }
    try {
      const stored = await this.store.newest(this.namespace());
      if (stored === null || stored === undefined) return;
      const check = checkCheckpoint(stored);
      this.offer = check.ok ? { kind: check.record.finished ? 'finished' : 'resume', record: check.record } : { kind: 'refused', reason: check.reason };
    } catch (error) {
      this.offer = { kind: 'refused', reason: error instanceof Error ? error.message : String(error) };
    }
    this.host.requestUpdate();
  }

  /** Saves the state after the epoch the run just reported (history, latest and best weights). */
  saveEpoch(run: TrainerRun, epochs: number): void {
    if (!run.runId || !run.settings || !run.latestWeights || !run.best) return;
    const namespace = this.namespace();
    const record: CheckpointRecord = {
      format: CHECKPOINT_FORMAT, version: CHECKPOINT_VERSION, key: checkpointKey(namespace, run.runId, epochs), namespace,
      runId: run.runId, savedAt: Date.now(), settings: run.settings, history: historyUpTo(run.history, epochs), epoch: epochs,
      finished: null, weights: run.latestWeights, best: run.best, epochsWithoutImprovement: run.sinceBest,
    };
    this.write(record);
  }

  /** Marks the last saved record as finished (completed or stopped early), so it is offered to show, not resume. */
  markFinished(reason: StopReason): void {
    if (this.last && reason !== 'stopped') this.write({ ...this.last, finished: reason, savedAt: Date.now() });
  }

  private write(record: CheckpointRecord): void {
    this.last = record;
    const store = this.store;
    if (!store) return;
    this.queue = this.queue.then(async () => {
      try {
        await store.save(record);
        this.saveError = null;
      } catch (error) {
        this.saveError = { epoch: record.epoch, reason: error instanceof Error ? error.message : String(error) };
      }
      this.host.requestUpdate();
    });
  }

  /** Resolves when every write so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Forgets the offer; `erase` also deletes the saved records. */
  async dismiss(erase: boolean): Promise<void> {
    this.offer = null;
    this.host.requestUpdate();
    if (erase && this.store) {
      await this.queue;
      await this.store.discard(this.namespace()).catch(() => undefined);
    }
  }
}
