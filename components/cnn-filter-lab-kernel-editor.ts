/**
 * The lab's kernel controls: the preset picker and the editable grid of weights with its
 * divisor and a normalise button. Templates only; the element owns the state.
 */
import { html, type TemplateResult } from 'lit';
import { KERNEL_PRESET_NAMES, type KernelPresetName } from '../src/presets';
import { KernelSpecError, type KernelSpec, type KernelSpecErrorCode } from '../src/imaging';
import type { WidgetKey } from '../src/i18n/widgets';
import { formatNumber, parseNumberText } from '../src/viz/format';

export const PRESET_LABELS: Record<KernelPresetName, WidgetKey> = {
  identity: 'presetIdentity',
  'box-blur': 'presetBoxBlur',
  'gaussian-blur': 'presetGaussianBlur',
  'vertical-edge': 'presetVerticalEdge',
  'horizontal-edge': 'presetHorizontalEdge',
  edge: 'presetEdge',
  laplacian: 'presetLaplacian',
  'laplacian-8': 'presetLaplacian8',
  sharpen: 'presetSharpen',
};

type Translate = (key: WidgetKey, params?: Record<string, string | number>) => string;

export function renderPresetPicker(selected: KernelPresetName | 'custom', t: Translate, onChange: (value: string) => void): TemplateResult {
  return html`<label class="control">
    <span>${t('flKernel')}</span>
    <select part="kernel-select" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${KERNEL_PRESET_NAMES.map((name) => html`<option value=${name} ?selected=${selected === name}>${t(PRESET_LABELS[name])}</option>`)}
      <option value="custom" ?selected=${selected === 'custom'}>${t('flCustom')}</option>
    </select>
  </label>`;
}

export interface KernelEditorHandlers {
  onCell(row: number, col: number, value: number): void;
  onDivisor(value: number): void;
  onNormalise(): void;
}

/** The weights as inputs, "÷ divisor", the sum of the applied kernel and a normalise button. */
export function renderKernelEditor(
  spec: KernelSpec,
  weightSum: number,
  canNormalise: boolean,
  t: Translate,
  handlers: KernelEditorHandlers,
): TemplateResult {
  const number = (e: Event) => (e.target as HTMLInputElement).valueAsNumber;
  // Text fields, not number fields: a number field can neither show the true minus sign
  // nor accept it. Typed "-4" and "−4" both read as −4 and are shown back as "−4"; text
  // that is not a number (yet) reaches the parser as NaN, which names the cell.
  const weight = (e: Event) => parseNumberText((e.target as HTMLInputElement).value) ?? Number.NaN;
  return html`<div part="kernel-editor">
    <div class="kernel-grid" style="--_kernel-cols: ${spec.weights[0].length}">
      ${spec.weights.map((row, r) =>
        row.map(
          (w, c) =>
            html`<input
              type="text"
              autocomplete="off"
              spellcheck="false"
              class=${w > 0 ? 'pos' : w < 0 ? 'neg' : 'zero'}
              aria-label=${t('flWeightCell', { row: r, col: c })}
              .value=${formatNumber(w, 6)}
              @input=${(e: Event) => handlers.onCell(r, c, weight(e))}
            />`,
        ),
      )}
    </div>
    <div class="kernel-side">
      <label class="control">
        <span>${t('flDivisor')}</span>
        <span class="divisor">÷ <input type="number" step="any" .value=${String(spec.divisor)} @input=${(e: Event) => handlers.onDivisor(number(e))} /></span>
      </label>
      <button type="button" ?disabled=${!canNormalise} @click=${handlers.onNormalise}>${t('flNormalise')}</button>
      <span class="weight-sum">${t('flWeightSum', { sum: formatNumber(weightSum) })}</span>
    </div>
  </div>`;
}

const KERNEL_ERROR_KEYS: Record<KernelSpecErrorCode, WidgetKey> = {
  'unknown-preset': 'flKernelUnknown',
  'bad-json': 'flKernelJson',
  'not-matrix': 'flKernelMatrix',
  ragged: 'flKernelRagged',
  'not-number': 'flKernelNumber',
  'too-large': 'flKernelLarge',
  'bad-divisor': 'flKernelDivisor',
};

/** A kernel parse failure in the reader's language (src/imaging already counts positions from 0). */
export function describeKernelError(error: unknown, t: Translate): string {
  if (!(error instanceof KernelSpecError)) return error instanceof Error ? error.message : String(error);
  return t(KERNEL_ERROR_KEYS[error.code], error.params);
}
