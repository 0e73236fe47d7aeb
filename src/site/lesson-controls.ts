/**
 * Page-level controls that drive a keyed element's attributes, for "switch the padding",
 * "flip the kernel" or "load this configuration" prompts next to an element that has no
 * such control of its own. They read the element's attributes on every render, so they
 * show what a link or the element itself set, and writing an attribute moves the URL too.
 */
import { html, type TemplateResult } from 'lit';
import type { Bilingual, Content, LessonView } from './lesson-kit';

export interface ChoiceOption {
  /** The attribute text this option sets. */
  value: string;
  label: Bilingual | Content;
}

const pick = (lang: 'en' | 'ko', label: Bilingual | Content): Content =>
  typeof label === 'object' && label !== null && 'en' in label && 'ko' in label ? (label as Bilingual)[lang] : (label as Content);

/** A row of buttons choosing one value of `attribute` (aria-pressed marks the current one). */
export function attrChoice(
  view: LessonView,
  key: string,
  attribute: string,
  label: Bilingual<string>,
  options: ChoiceOption[],
  fallback = '',
): TemplateResult {
  const current = view.attr(key, attribute) ?? fallback;
  return html`<div class="control-row" role="group" aria-label=${label[view.lang]}>
    <span class="control-label" aria-hidden="true">${label[view.lang]}</span>
    ${options.map(
      (option) => html`<button type="button" class="chip" aria-pressed=${current === option.value ? 'true' : 'false'}
        @click=${() => view.setAttr(key, attribute, option.value)}>${pick(view.lang, option.label)}</button>`,
    )}
  </div>`;
}

/** A switch for a boolean attribute (present = on). */
export function attrToggle(view: LessonView, key: string, attribute: string, label: Bilingual): TemplateResult {
  const on = view.attr(key, attribute) !== null;
  return html`<label class="control-row toggle">
    <input type="checkbox" .checked=${on} @change=${(event: Event) =>
      view.setAttr(key, attribute, (event.target as HTMLInputElement).checked ? '' : null)} />
    <span>${label[view.lang]}</span>
  </label>`;
}

export interface PresetOption {
  label: Bilingual | Content;
  /** Attributes to set (text) or remove (null) together. */
  attributes: Record<string, string | null>;
}

/** Buttons that each load a whole configuration, e.g. "W = 6, S = 2". */
export function attrPresets(view: LessonView, key: string, label: Bilingual<string>, presets: PresetOption[]): TemplateResult {
  const matches = (preset: PresetOption) =>
    Object.entries(preset.attributes).every(([name, value]) => view.attr(key, name) === value);
  return html`<div class="control-row" role="group" aria-label=${label[view.lang]}>
    <span class="control-label" aria-hidden="true">${label[view.lang]}</span>
    ${presets.map(
      (preset) => html`<button type="button" class="chip" aria-pressed=${matches(preset) ? 'true' : 'false'}
        @click=${() => {
          for (const [name, value] of Object.entries(preset.attributes)) view.setAttr(key, name, value);
        }}>${pick(view.lang, preset.label)}</button>`,
    )}
  </div>`;
}
