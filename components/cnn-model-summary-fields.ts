/**
 * The settings cell of one layer in <cnn-model-summary editable>: number inputs and
 * choices for the fields its type has (cnn-model-summary-edits.ts decides which). Each
 * control's accessible name says which layer it belongs to ("Filters of layer 3 (conv2d_1)").
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { IntOrPair, LayerConfig } from '../src/geometry';
import type { Lang } from '../src/i18n';
import { tModels } from '../src/i18n/models';
import { ACTIVATIONS, fieldValue, fieldsOf, pairParts, type FieldKey, type FieldSpec } from './cnn-model-summary-edits';

export type FieldChange = (key: FieldKey, value: number | IntOrPair | string) => void;

/** An empty or unreadable number input is kept as NaN, so geometry can say what is wrong. */
function readNumber(event: Event): number {
  const input = event.target as HTMLInputElement;
  return input.value.trim() === '' ? Number.NaN : Number(input.value);
}

const shown = (value: number): string => (Number.isFinite(value) ? String(value) : '');

export function renderSettings(config: LayerConfig, index: number, name: string, lang: Lang, onChange: FieldChange): TemplateResult {
  const fields = fieldsOf(config.type);
  return html`<div class="fields pinned">
    ${fields.map((field) => renderField(field, config, { index, name, lang, onChange }))}
  </div>`;
}

interface FieldContext {
  index: number;
  name: string;
  lang: Lang;
  onChange: FieldChange;
}

function renderField(field: FieldSpec, config: LayerConfig, context: FieldContext): TemplateResult {
  const { lang, index, name, onChange } = context;
  const visible = tModels(lang, field.label);
  const label = tModels(lang, 'fieldLabel', { field: visible, n: index + 1, name });
  const value = fieldValue(config, field.key);
  const id = `field-${index}-${field.key}`;
  let control: TemplateResult;
  switch (field.kind) {
    case 'int':
      control = html`<input id=${id} type="number" min="1" step="1" inputmode="numeric" aria-label=${label}
        .value=${shown(Number(value))} @input=${(e: Event) => onChange(field.key, readNumber(e))} />`;
      break;
    case 'rate':
      control = html`<input id=${id} type="number" min="0" max="0.99" step="0.05" inputmode="decimal" aria-label=${label}
        .value=${shown(Number(value))} @input=${(e: Event) => onChange(field.key, readNumber(e))} />`;
      break;
    case 'pair':
      control = renderPair(id, label, pairParts(value), (next) => onChange(field.key, next));
      break;
    case 'padding':
      control = html`<select id=${id} aria-label=${label} @change=${(e: Event) => onChange(field.key, (e.target as HTMLSelectElement).value)}>
        ${['valid', 'same'].map((option) => html`<option value=${option} ?selected=${value === option}>${option}</option>`)}
      </select>`;
      break;
    case 'activation':
      control = html`<select id=${id} aria-label=${label} @change=${(e: Event) => onChange(field.key, (e.target as HTMLSelectElement).value)}>
        ${ACTIVATIONS.map(
          (option) => html`<option value=${option} ?selected=${value === option}>
            ${option === 'linear' ? tModels(lang, 'activationNone') : option}
          </option>`,
        )}
        ${ACTIVATIONS.includes(value as never) ? nothing : html`<option selected value=${String(value)}>${String(value)}</option>`}
      </select>`;
      break;
  }
  return html`<span class="field" part="field"><label for=${id}>${visible}</label>${control}</span>`;
}

/** One input for a square window, two (rows × cols) for a rectangular one. */
function renderPair(id: string, label: string, parts: number[], onChange: (value: IntOrPair) => void): TemplateResult {
  if (parts.length === 1) {
    return html`<input id=${id} type="number" min="1" step="1" inputmode="numeric" aria-label=${label}
      .value=${shown(parts[0])} @input=${(e: Event) => onChange(readNumber(e))} />`;
  }
  const [rows, cols] = parts;
  return html`<input id=${id} type="number" min="1" step="1" aria-label=${`${label} (rows)`} .value=${shown(rows)}
      @input=${(e: Event) => onChange([readNumber(e), cols])} />×<input type="number" min="1" step="1"
      aria-label=${`${label} (cols)`} .value=${shown(cols)} @input=${(e: Event) => onChange([rows, readNumber(e)])} />`;
}
