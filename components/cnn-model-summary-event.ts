/**
 * `cnn-model-change`: fired by <cnn-model-summary editable> after every edit of the layer
 * list, valid or not, so a page can rebuild a model, show a quiz or store the design.
 */
import type { LayerConfig, ModelSummary } from '../src/geometry';

export interface ModelChangeDetail {
  /** What the reader did. */
  action: 'edit' | 'add' | 'remove' | 'move' | 'reset';
  /** The whole layer list as it is now (a copy), including values that do not work. */
  layers: LayerConfig[];
  /** Channels last, without the batch axis. */
  inputShape: number[];
  /** True when every layer fits; then `summary` is set and `error` is null. */
  valid: boolean;
  summary: ModelSummary | null;
  /** geometry's LayerConfigError as plain data (layerIndex −1 for the model as a whole). */
  error: { layerIndex: number; layerName: string; reason: string; message: string } | null;
}

export class ModelChangeEvent extends Event {
  static readonly eventName = 'cnn-model-change';

  constructor(readonly detail: ModelChangeDetail) {
    super(ModelChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cnn-model-change': ModelChangeEvent;
  }
}
