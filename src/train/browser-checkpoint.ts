/**
 * The saved state of a browser training run (kept in IndexedDB by
 * browser-checkpoint-store.ts): settings, history, the weights after the last finished
 * epoch (to resume) and the best weights by validation loss. Everything read back is
 * checked here before the page offers it: shape of the record, the settings, and both
 * weights files against the model the settings describe (WeightsFormatError's message
 * becomes the reason shown). Pure: no IndexedDB in this file.
 */
import { Sequential, loadWeights } from '../tiled';
import type { RunHistory } from './browser-history';
import type { BestCheckpoint, ResumePoint, StopReason } from './browser-protocol';
import { defaultSettings, settingProblems, trainerLayers, type TrainerSettings } from './browser-settings';

export const CHECKPOINT_FORMAT = 'convlab-trainer-checkpoint';
export const CHECKPOINT_VERSION = 1;

export interface CheckpointRecord {
  format: typeof CHECKPOINT_FORMAT;
  version: typeof CHECKPOINT_VERSION;
  /** `${namespace}/${runId}/${epoch}`: one record per saved epoch while it is written. */
  key: string;
  namespace: string;
  runId: string;
  /** Date.now() when written. */
  savedAt: number;
  settings: TrainerSettings;
  history: RunHistory;
  /** Epochs finished. */
  epoch: number;
  /** Why the run ended; null while it can be resumed. */
  finished: StopReason | null;
  /** A .cnnw file: the weights after `epoch` epochs. */
  weights: Uint8Array;
  best: BestCheckpoint;
  epochsWithoutImprovement: number;
}

export type CheckpointCheck = { ok: true; record: CheckpointRecord } | { ok: false; reason: string };

export const checkpointKey = (namespace: string, runId: string, epoch: number): string => `${namespace}/${runId}/${String(epoch).padStart(4, '0')}`;

/** Keys of a namespace other than the one just written (deleted only after it is safely stored). */
export function staleKeys(keys: readonly string[], namespace: string, kept: string): string[] {
  return keys.filter((key) => key.startsWith(`${namespace}/`) && key !== kept);
}

/** Where a resumed run starts from. */
export function resumePointOf(record: CheckpointRecord): ResumePoint {
  return { epoch: record.epoch, weights: record.weights, best: record.best, epochsWithoutImprovement: record.epochsWithoutImprovement };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => x === null || typeof x === 'number');

/** Throws WeightsFormatError (from loadWeights) when the file does not fit the model. */
export function checkWeightsFit(settings: TrainerSettings, weights: Uint8Array): void {
  const model = Sequential.fromConfigs(trainerLayers(settings), [28, 28, 1], { seed: 0, maxBatch: 1 });
  loadWeights(model, weights);
}

function historyProblem(h: unknown): string | null {
  if (!isRecord(h) || !isCount(h.batchesPerEpoch) || !isNumberList(h.batchLoss) || !isNumberList(h.batchAccuracy) || !Array.isArray(h.epochs)) {
    return 'its history is not readable';
  }
  return h.epochs.every((e) => isRecord(e) && isCount(e.epoch)) ? null : 'its epoch list is not readable';
}

/** Checks a value read from storage; the reason names the first problem in plain words. */
export function checkCheckpoint(value: unknown): CheckpointCheck {
  const fail = (reason: string): CheckpointCheck => ({ ok: false, reason });
  if (!isRecord(value) || value.format !== CHECKPOINT_FORMAT) return fail('it is not a ConvLab training checkpoint');
  if (value.version !== CHECKPOINT_VERSION) return fail(`it has version ${String(value.version)}, this page reads version ${CHECKPOINT_VERSION}`);
  if (typeof value.key !== 'string' || typeof value.namespace !== 'string' || typeof value.runId !== 'string' || typeof value.savedAt !== 'number') {
    return fail('its key, run or date is missing');
  }
  if (!isCount(value.epoch) || value.epoch < 1) return fail('its epoch count is missing');
  if (!isRecord(value.settings)) return fail('its settings are missing');
  const settings = { ...defaultSettings(), ...value.settings } as TrainerSettings;
  const problem = settingProblems(settings)[0];
  if (problem) return fail(`its setting "${problem.field}" cannot be used`);
  const historyIssue = historyProblem(value.history);
  if (historyIssue) return fail(historyIssue);
  const best = value.best;
  if (!(value.weights instanceof Uint8Array) || !isRecord(best) || !(best.weights instanceof Uint8Array) || !isCount(best.epoch) || typeof best.loss !== 'number') {
    return fail('its weights are missing');
  }
  if (value.finished !== null && !['completed', 'early-stopped', 'stopped'].includes(value.finished as string)) return fail('its end state is not readable');
  try {
    checkWeightsFit(settings, value.weights);
    checkWeightsFit(settings, best.weights);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const record = { ...value, settings, epochsWithoutImprovement: isCount(value.epochsWithoutImprovement) ? value.epochsWithoutImprovement : 0 };
  return { ok: true, record: record as unknown as CheckpointRecord };
}
