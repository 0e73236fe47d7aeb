/**
 * Weights files (.cnnw) in and out of the trainer: a file name for downloads, the
 * download itself, and reading a chosen file into settings (which model it is, with
 * which dropout) after checking its header. Nothing here trains or evaluates.
 */
import { MODELS, type LayerConfig } from '../src/geometry';
import { readWeightsHeader } from '../src/tiled';
import { checkWeightsFit, type TrainerModel, type TrainerSettings } from '../src/train/browser-api';

export const WEIGHTS_EXTENSION = '.cnnw';

export function weightsFileName(settings: TrainerSettings, epochs: number): string {
  return `convlab-${settings.model}-${epochs}-epoch${epochs === 1 ? '' : 's'}${WEIGHTS_EXTENSION}`;
}

/** Saves bytes as a file through a temporary link (the browser's download UI). */
export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/octet-stream' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type WeightsChoice =
  | { ok: true; bytes: Uint8Array; patch: Pick<TrainerSettings, 'model' | 'customLayers' | 'dropout'> }
  | { ok: false; reason: string };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads the header of a weights file and finds the settings it was trained with: a
 * course model (possibly with a dropout layer before its last dense layer) or custom
 * layers. Refuses files that are not weights or not for 28×28 digits in 10 classes.
 */
export function weightsChoice(bytes: Uint8Array): WeightsChoice {
  let configs: LayerConfig[];
  try {
    const header = readWeightsHeader(bytes);
    if (!same(header.inputShape, [28, 28, 1])) return { ok: false, reason: `its input shape is (${header.inputShape.join(', ')}), not (28, 28, 1)` };
    configs = header.configs;
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const last = configs.map((c) => c.type).lastIndexOf('dense');
  const before = configs[last - 1];
  const dropout = before?.type === 'dropout' ? before.rate : 0;
  const base = dropout > 0 ? configs.filter((_, i) => i !== last - 1) : configs;
  const named = (['lenet5', 'lenet5-classic', 'mlp'] as const).find((name) => same(MODELS[name].layers, base));
  const model: TrainerModel = named ?? 'custom';
  return { ok: true, bytes, patch: { model, customLayers: structuredClone(named ? MODELS[named].layers : base), dropout } };
}

/** The settings a weights file needs (from `current`, with the file's model), or why it cannot be used. */
export function settingsForWeights(bytes: Uint8Array, current: TrainerSettings): { ok: true; settings: TrainerSettings } | { ok: false; reason: string } {
  const choice = weightsChoice(bytes);
  if (!choice.ok) return choice;
  const settings = { ...current, ...choice.patch };
  try {
    checkWeightsFit(settings, bytes);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, settings };
}
