/**
 * The trainer's settings form: model (with an editable layer list for "custom"),
 * optimizer and its rate, batch size, epochs, regularization, augmentation, early
 * stopping, validation split, seed, workers and the number of training images. Each
 * impossible value shows its problem under the field (aria-describedby) and blocks Start.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { summary, withThousands } from '../src/geometry';
import type { Lang } from '../src/i18n';
import { tTrainer, type TrainerKey } from '../src/i18n/trainer';
import {
  DEFAULT_RATES, LR_SCHEDULES, TRAINER_MODELS, TRAINER_OPTIMIZERS, recipeSettings, trainerLayers, type SettingProblem, type TrainerSettings,
} from '../src/train/browser-api';
import type { ModelChangeEvent } from './cnn-model-summary';
import './cnn-model-summary';

export interface SettingsView {
  lang: Lang;
  settings: TrainerSettings;
  problems: readonly SettingProblem[];
  /** While training: settings cannot change. */
  disabled: boolean;
  maxWorkers: number;
  /** SharedArrayBuffer is available (several workers possible). */
  isolated: boolean;
  /** The layers the custom editor starts from (not updated on every edit, so the editor keeps its state). */
  editorLayers: unknown;
  onChange(patch: Partial<TrainerSettings>): void;
  onLayers(event: ModelChangeEvent): void;
}

export const LIMIT_CHOICES = [1000, 2000, 5000, 10000, 30000] as const;

/** An empty number field is NaN, so the problem list can name it. */
const numberOf = (event: Event): number => {
  const text = (event.target as HTMLInputElement).value.trim();
  return text === '' ? Number.NaN : Number(text);
};

function problemText(lang: Lang, problem: SettingProblem): string {
  return tTrainer(lang, `problem_${problem.key}` as TrainerKey, problem.params);
}

/** A labelled number input with its problem (if any) announced through aria-describedby. */
function numberField(view: SettingsView, field: keyof TrainerSettings, attrs: { min: number; max: number; step: number | 'any' }, hint?: string): TemplateResult {
  const { lang, settings } = view;
  const value = settings[field] as number;
  const problem = view.problems.find((p) => p.field === field);
  const id = `setting-${field}`;
  const described = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${problem ? 'invalid' : ''}" data-field=${field}>
    <label for=${id}>${tTrainer(lang, field as TrainerKey)}</label>
    <input id=${id} type="number" inputmode="decimal" min=${attrs.min} max=${attrs.max} step=${attrs.step}
      .value=${Number.isFinite(value) ? String(value) : ''} ?disabled=${view.disabled}
      aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described || nothing}
      @change=${(e: Event) => view.onChange({ [field]: numberOf(e) })} />
    ${hint ? html`<small id=${`${id}-hint`} class="hint">${hint}</small>` : nothing}
    ${problem ? html`<small id=${`${id}-problem`} class="problem" role="alert">${problemText(lang, problem)}</small>` : nothing}
  </div>`;
}

function checkbox(view: SettingsView, field: 'augment' | 'earlyStopping'): TemplateResult {
  return html`<div class="field check" data-field=${field}>
    <label><input type="checkbox" .checked=${view.settings[field]} ?disabled=${view.disabled}
      @change=${(e: Event) => view.onChange({ [field]: (e.target as HTMLInputElement).checked })} />
      ${tTrainer(view.lang, field)}</label>
  </div>`;
}

function select<T extends string>(view: SettingsView, field: 'model' | 'optimizer' | 'lrSchedule', options: readonly T[]): TemplateResult {
  const { lang, settings } = view;
  return html`<div class="field" data-field=${field}>
    <label for=${`setting-${field}`}>${tTrainer(lang, field)}</label>
    <select id=${`setting-${field}`} ?disabled=${view.disabled} @change=${(e: Event) => view.onChange({ [field]: (e.target as HTMLSelectElement).value })}>
      ${options.map((o) => html`<option value=${o} ?selected=${settings[field] === o}>${tTrainer(lang, `${field}_${o}` as TrainerKey)}</option>`)}
    </select>
  </div>`;
}

function limitField(view: SettingsView): TemplateResult {
  const { lang, settings } = view;
  const current = settings.limit;
  const choices: (number | null)[] = [null, ...LIMIT_CHOICES];
  if (current !== null && !choices.includes(current)) choices.push(current);
  const problem = view.problems.find((p) => p.field === 'limit');
  return html`<div class="field" data-field="limit">
    <label for="setting-limit">${tTrainer(lang, 'limit')}</label>
    <select id="setting-limit" ?disabled=${view.disabled}
      @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; view.onChange({ limit: v === 'all' ? null : Number(v) }); }}>
      ${choices.map((n) => html`<option value=${n ?? 'all'} ?selected=${n === current}>${n === null ? tTrainer(lang, 'limitAll') : withThousands(n)}</option>`)}
    </select>
    ${problem ? html`<small class="problem" role="alert">${problemText(lang, problem)}</small>` : nothing}
  </div>`;
}

function parameterCount(settings: TrainerSettings): number | null {
  try {
    return summary(trainerLayers(settings), [28, 28, 1]).totalParams;
  } catch {
    return null;
  }
}

/**
 * What one edit of the form changes: choosing a course model brings its tested recipe
 * (src/train/recipes.ts); choosing another optimizer brings a usual starting rate (Adam
 * and SGD want rates 50× apart). Returns the full patch and what to announce.
 */
export function settingsChange(lang: Lang, current: TrainerSettings, edit: Partial<TrainerSettings>): { patch: Partial<TrainerSettings>; announcement: string | null } {
  const patch = { ...edit };
  let announcement: string | null = null;
  const t = (key: string, params?: Record<string, string | number>) => tTrainer(lang, key as TrainerKey, params);
  if (patch.optimizer && patch.optimizer !== current.optimizer) {
    patch.learningRate = DEFAULT_RATES[patch.optimizer];
    announcement = t('rateChanged', { rate: patch.learningRate, optimizer: t(`optimizer_${patch.optimizer}`) });
  }
  if (patch.model && patch.model !== 'custom' && patch.model !== current.model) {
    const recipe = recipeSettings(patch.model);
    Object.assign(patch, recipe);
    announcement = t('recipeApplied', {
      model: t(`model_${patch.model}`), optimizer: t(`optimizer_${recipe.optimizer}`), rate: recipe.learningRate,
      batch: recipe.batchSize, schedule: t(`lrSchedule_${recipe.lrSchedule}`),
    });
  }
  return { patch, announcement };
}

export function settingsForm(view: SettingsView): TemplateResult {
  const { lang, settings } = view;
  const params = parameterCount(settings);
  const layersProblem = view.problems.find((p) => p.field === 'customLayers');
  const workersHint = view.isolated ? tTrainer(lang, 'workersHint', { n: view.maxWorkers }) : tTrainer(lang, 'workersIsolated');
  return html`<fieldset part="settings" class="settings" ?disabled=${view.disabled}>
    <legend>${tTrainer(lang, 'settingsLegend')}</legend>
    <div class="model-row">
      ${select(view, 'model', TRAINER_MODELS)}
      ${params !== null ? html`<p class="params">${tTrainer(lang, 'parameters', { n: withThousands(params) })}</p>` : nothing}
    </div>
    ${settings.model === 'custom'
      ? html`<div class="custom-layers">
          <cnn-model-summary editable .layers=${view.editorLayers} input-shape="[28, 28, 1]" @cnn-model-change=${view.onLayers}></cnn-model-summary>
          ${layersProblem && (layersProblem.key === 'outputs' || params !== null)
            ? html`<p class="problem" role="alert">${problemText(lang, layersProblem)}</p>`
            : nothing /* a shape error is shown by the summary itself, next to its layer */}
        </div>`
      : nothing}
    <div class="grid">
      ${select(view, 'optimizer', TRAINER_OPTIMIZERS)}
      ${numberField(view, 'learningRate', { min: 0, max: 10, step: 'any' })}
      ${select(view, 'lrSchedule', LR_SCHEDULES)}
      ${settings.lrSchedule === 'step' ? numberField(view, 'lrDecay', { min: 0.01, max: 1, step: 0.05 }) : nothing}
      ${numberField(view, 'batchSize', { min: 1, max: 1024, step: 1 })}
      ${numberField(view, 'epochs', { min: 1, max: 100, step: 1 })}
      ${limitField(view)}
      ${numberField(view, 'validationSplit', { min: 0, max: 0.5, step: 0.05 })}
      ${numberField(view, 'dropout', { min: 0, max: 0.9, step: 0.05 })}
      ${numberField(view, 'weightDecay', { min: 0, max: 0.1, step: 'any' })}
      ${checkbox(view, 'augment')}
      ${checkbox(view, 'earlyStopping')}
      ${settings.earlyStopping ? numberField(view, 'patience', { min: 1, max: 20, step: 1 }) : nothing}
      ${numberField(view, 'seed', { min: 0, max: 2 ** 31 - 1, step: 1 })}
      ${numberField(view, 'workers', { min: 1, max: view.isolated ? view.maxWorkers : 1, step: 1 }, workersHint)}
    </div>
  </fieldset>`;
}
