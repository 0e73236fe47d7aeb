import { describe, expect, it } from 'vitest';
import { buildModel, serializeWeights } from '../../../src/tiled';
import {
  CHECKPOINT_FORMAT, CHECKPOINT_VERSION, checkCheckpoint, checkpointKey, resumePointOf, staleKeys, type CheckpointRecord,
} from '../../../src/train/browser-checkpoint';
import { emptyHistory } from '../../../src/train/browser-history';
import { defaultSettings } from '../../../src/train/browser-settings';

const settings = { ...defaultSettings(), model: 'mlp' as const };
const mlpWeights = serializeWeights(buildModel('mlp', { seed: 1, maxBatch: 1 }));

function record(more: Partial<CheckpointRecord> = {}): CheckpointRecord {
  return {
    format: CHECKPOINT_FORMAT, version: CHECKPOINT_VERSION, key: checkpointKey('trainer', 'run-1', 2), namespace: 'trainer', runId: 'run-1',
    savedAt: 1700000000000, settings, history: { ...emptyHistory(), batchesPerEpoch: 2, batchLoss: [2, 1, 0.5, 0.4], batchAccuracy: [0.1, 0.5, 0.8, 0.9] },
    epoch: 2, finished: null, weights: mlpWeights, best: { epoch: 1, loss: 0.3, weights: mlpWeights }, epochsWithoutImprovement: 0, ...more,
  };
}

describe('checkpoint records', () => {
  it('accept a whole record and give its resume point', () => {
    const check = checkCheckpoint(record());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(resumePointOf(check.record)).toEqual({ epoch: 2, weights: mlpWeights, best: { epoch: 1, loss: 0.3, weights: mlpWeights }, epochsWithoutImprovement: 0 });
  });

  it('refuse weights that are not a weights file, with the format error as the reason', () => {
    const check = checkCheckpoint(record({ weights: new TextEncoder().encode('garbage bytes here') }));
    expect(check).toEqual({ ok: false, reason: 'not a ConvLab weights file: magic is "garb", expected "CNNW"' });
    const truncated = checkCheckpoint(record({ best: { epoch: 1, loss: 0.3, weights: mlpWeights.subarray(0, 200) } }));
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.reason).toMatch(/truncated weights file/);
  });

  it('refuse weights of another model than the settings describe', () => {
    const lenet = serializeWeights(buildModel('lenet5', { seed: 1, maxBatch: 1 }));
    const check = checkCheckpoint(record({ weights: lenet }));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/^weights do not match the model: tensor 1 is "conv2d\/kernel"/);
  });

  it('refuse other shapes of record, naming the problem', () => {
    const reasons = [
      checkCheckpoint(null),
      checkCheckpoint({ ...record(), format: 'x' }),
      checkCheckpoint({ ...record(), version: 2 }),
      checkCheckpoint({ ...record(), epoch: 0 }),
      checkCheckpoint({ ...record(), settings: { ...settings, batchSize: -3 } }),
      checkCheckpoint({ ...record(), history: { epochs: 'no' } }),
      checkCheckpoint({ ...record(), best: null }),
      checkCheckpoint({ ...record(), finished: 'exploded' }),
    ].map((c) => (c.ok ? 'accepted' : c.reason));
    expect(reasons).toEqual([
      'it is not a ConvLab training checkpoint',
      'it is not a ConvLab training checkpoint',
      'it has version 2, this page reads version 1',
      'its epoch count is missing',
      'its setting "batchSize" cannot be used',
      'its history is not readable',
      'its weights are missing',
      'its end state is not readable',
    ]);
  });

  it('fill settings added after the record was written from the defaults', () => {
    const { augment: _augment, ...older } = settings;
    const check = checkCheckpoint({ ...record(), settings: older });
    expect(check.ok && check.record.settings.augment).toBe(false);
  });

  it('keep only the newest key of a namespace, never another namespace’s', () => {
    const kept = checkpointKey('trainer', 'r2', 3);
    expect(kept).toBe('trainer/r2/0003');
    const keys = ['trainer/r1/0001', 'trainer/r2/0002', kept, 'compare/r9/0001', 'trainerx/r1/0001'];
    expect(staleKeys(keys, 'trainer', kept)).toEqual(['trainer/r1/0001', 'trainer/r2/0002']);
  });
});
