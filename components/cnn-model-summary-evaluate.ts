/**
 * The summary of a layer list that may be wrong. geometry's summary() stops at the first
 * impossible layer; for the editor we still want the rows before it (they are fine), the
 * names of every layer, and the error attached to the layer that caused it.
 */
import { LayerConfigError, kerasLayerNames, summary, type LayerConfig, type ModelSummary, type SummaryRow } from '../src/geometry';

export interface Evaluation {
  /** Keras names of every layer, also those after an error. */
  names: string[];
  /** One entry per layer: its summary row, or null from the failing layer on. */
  rows: (SummaryRow | null)[];
  /** The complete summary, or null when some layer cannot work. */
  summary: ModelSummary | null;
  /** geometry's error (layerIndex −1 for the model or input as a whole), or null. */
  error: LayerConfigError | null;
}

export function evaluateLayers(layers: LayerConfig[], inputShape: number[]): Evaluation {
  const names = kerasLayerNames(layers);
  try {
    const complete = summary(layers, inputShape);
    return { names, rows: complete.rows, summary: complete, error: null };
  } catch (caught) {
    const error =
      caught instanceof LayerConfigError
        ? caught
        : new LayerConfigError(-1, 'model', caught instanceof Error ? caught.message : String(caught));
    // Every layer before the failing one passed, so the shorter model summarises cleanly.
    const before = error.layerIndex > 0 ? summary(layers.slice(0, error.layerIndex), inputShape).rows : [];
    return { names, rows: layers.map((_, index) => before[index] ?? null), summary: null, error };
  }
}

/** The shape a layer receives: the previous row's output, or the model's input for the first. */
export function layerInputShape(rows: (SummaryRow | null)[], index: number, inputShape: number[]): number[] | null {
  if (index === 0) return inputShape;
  return rows[index - 1]?.outputShape ?? null;
}
