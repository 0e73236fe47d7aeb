/** The lab's control row: image, own file, colour mode, kernel preset, edge handling, display mapping. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ColourMode, DisplayMode, EdgeMode } from '../src/imaging';
import type { KernelPresetName } from '../src/presets';
import type { WidgetKey } from '../src/i18n/widgets';
import { SHIPPED_IMAGES } from './cnn-filter-lab-images';
import { renderPresetPicker } from './cnn-filter-lab-kernel-editor';

type Translate = (key: WidgetKey, params?: Record<string, string | number>) => string;

/** Value of the image option that stands for the reader's own file. */
export const OWN_FILE = '__file';

export interface LabControlsState {
  image: string;
  fileName: string | null;
  mode: ColourMode;
  edge: EdgeMode;
  display: DisplayMode | 'auto';
  preset: KernelPresetName | 'custom';
}

export interface LabControlsHandlers {
  onImage(name: string): void;
  onFile(file: File): void;
  onPreset(name: string): void;
  onMode(mode: ColourMode): void;
  onEdge(edge: EdgeMode): void;
  onDisplay(display: DisplayMode | 'auto'): void;
}

function selected(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

export function renderLabControls(state: LabControlsState, t: Translate, on: LabControlsHandlers): TemplateResult {
  const current = state.fileName !== null ? OWN_FILE : state.image;
  const option = (value: string, label: string, chosen: string) => html`<option value=${value} ?selected=${chosen === value}>${label}</option>`;
  const isShipped = SHIPPED_IMAGES.some((entry) => entry.name === state.image);
  const handleFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires change
    if (file) on.onFile(file);
  };
  return html`<label class="control"><span>${t('flImage')}</span>
      <select part="image-select" @change=${(e: Event) => on.onImage(selected(e))}>
        ${SHIPPED_IMAGES.map((entry) => option(entry.name, t(entry.title), current))}
        ${state.fileName !== null ? option(OWN_FILE, t('flOwnFile', { name: state.fileName }), current) : nothing}
        ${state.fileName === null && !isShipped ? option(state.image, state.image, current) : nothing}
      </select></label>
    <label part="upload" class="upload">${t('flUpload')}<input type="file" accept="image/*" @change=${handleFile} /></label>
    <label class="control"><span>${t('flMode')}</span>
      <select part="mode-select" @change=${(e: Event) => on.onMode(selected(e) === 'grey' ? 'grey' : 'rgb')}>
        ${option('rgb', t('flModeRgb'), state.mode)} ${option('grey', t('flModeGrey'), state.mode)}
      </select></label>
    ${renderPresetPicker(state.preset, t, on.onPreset)}
    <label class="control"><span>${t('flEdge')}</span>
      <select part="edge-select" @change=${(e: Event) => on.onEdge(selected(e) === 'replicate' ? 'replicate' : 'zero')}>
        ${option('zero', t('flEdgeZero'), state.edge)} ${option('replicate', t('flEdgeReplicate'), state.edge)}
      </select></label>
    <label class="control"><span>${t('flDisplay')}</span>
      <select part="display-select" @change=${(e: Event) => on.onDisplay(selected(e) as DisplayMode | 'auto')}>
        ${option('auto', t('flDisplayAuto'), state.display)} ${option('clamp', t('flDisplayClamp'), state.display)}
        ${option('abs', t('flDisplayAbs'), state.display)} ${option('signed', t('flDisplaySigned'), state.display)}
      </select></label>`;
}
