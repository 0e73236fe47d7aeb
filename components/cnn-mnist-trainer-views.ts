/**
 * Templates of <cnn-mnist-trainer> below the settings: the checkpoint banner, the
 * progress bars, the charts, the table of epochs and the results (confusion matrix and
 * misclassified digits). Pure rendering from the run's state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { withThousands } from '../src/geometry';
import type { Lang } from '../src/i18n';
import { formatLoss, formatPercent, tTrainer, type TrainerKey } from '../src/i18n/trainer';
import {
  batchCurve, epochCurve, formatDuration, smooth, type EpochSummary, type RunHistory, type TestResults, type TrainerSettings,
} from '../src/train/browser-api';
import type { KernelBackendInfo } from '../src/tiled/kernels';
import type { ChartSeries } from './cnn-training-chart';
import type { GalleryItem } from './cnn-digit-gallery';
import type { CheckpointOffer } from './cnn-mnist-trainer-checkpoints';
import type { ResultsSource, TrainerRun } from './cnn-mnist-trainer-run';
import { WEIGHTS_EXTENSION } from './cnn-mnist-trainer-weights';
import './cnn-training-chart';
import './cnn-confusion-matrix';
import './cnn-digit-gallery';

/** Smoothing weight of per-batch curves (TensorBoard's default is 0.6; batches are noisy). */
export const SMOOTHING = 0.9;
/** Points drawn per batch curve at most. */
const MAX_POINTS = 400;

const modelName = (lang: Lang, settings: TrainerSettings): string => tTrainer(lang, `model_${settings.model}` as TrainerKey);

export function bannerView(
  lang: Lang,
  offer: CheckpointOffer,
  handlers: { resume(): void; show(): void; discard(): void },
): TemplateResult | typeof nothing {
  if (!offer) return nothing;
  if (offer.kind === 'unavailable') return html`<p part="notice" class="notice" role="status">${tTrainer(lang, 'noStorage')}</p>`;
  if (offer.kind === 'refused') {
    return html`<div part="banner" class="banner refused" role="alert">
      <p>${tTrainer(lang, 'refused', { reason: offer.reason })}</p>
      <button type="button" data-action="discard" @click=${handlers.discard}>${tTrainer(lang, 'discard')}</button>
    </div>`;
  }
  const { record } = offer;
  const params = {
    model: modelName(lang, record.settings), epoch: record.epoch, epochs: record.settings.epochs,
    date: new Date(record.savedAt).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
  };
  const resumable = offer.kind === 'resume';
  return html`<div part="banner" class="banner" role="status">
    <p>${tTrainer(lang, resumable ? 'offerResume' : 'offerFinished', params)}</p>
    <button type="button" data-action=${resumable ? 'resume-saved' : 'show-saved'} @click=${resumable ? handlers.resume : handlers.show}>
      ${tTrainer(lang, resumable ? 'resume' : 'show')}
    </button>
    <button type="button" data-action="discard" @click=${handlers.discard}>${tTrainer(lang, 'discard')}</button>
  </div>`;
}

/** The live region's sentence after an epoch. */
export function epochAnnouncement(lang: Lang, s: EpochSummary, epochs: number): string {
  const validation = s.validationLoss === null
    ? ''
    : tTrainer(lang, 'announceValidation', { loss: formatLoss(s.validationLoss), accuracy: formatPercent(s.validationAccuracy) });
  return tTrainer(lang, 'announceEpoch', {
    epoch: s.epoch + 1, epochs, loss: formatLoss(s.trainLoss), accuracy: formatPercent(s.trainAccuracy), validation, test: formatPercent(s.testAccuracy),
  });
}

export interface ActionsView {
  run: TrainerRun;
  canStart: boolean;
  hasWeights: boolean;
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
  download(): void;
  loadFile(event: Event): void;
}

/** Start, Pause or Resume, Stop, Download weights, Load weights (a file input styled as a button). */
export function actionsView(lang: Lang, v: ActionsView): TemplateResult {
  const t = (key: TrainerKey) => tTrainer(lang, key);
  const { run } = v;
  return html`<div part="actions" class="actions" role="group" aria-label=${t('actions')}>
    <button type="button" class="primary" data-action="start" ?disabled=${run.busy || !v.canStart} @click=${v.start}>${t('start')}</button>
    ${run.phase === 'paused'
      ? html`<button type="button" data-action="resume" @click=${v.resume}>${t('resume')}</button>`
      : html`<button type="button" data-action="pause" ?disabled=${!run.live} @click=${v.pause}>${t('pause')}</button>`}
    <button type="button" data-action="stop" ?disabled=${!run.live} @click=${v.stop}>${t('stop')}</button>
    <button type="button" data-action="download" ?disabled=${!v.hasWeights} @click=${v.download}>${t('download')}</button>
    <label class="file-button ${run.busy ? 'disabled' : ''}">
      <input type="file" accept=${`${WEIGHTS_EXTENSION},application/octet-stream`} ?disabled=${run.busy} @change=${v.loadFile} />${t('load')}
    </label>
  </div>`;
}

/** The run's kernels; when they fell back to JavaScript the reason is spelled out (always in the title). */
function kernelsView(lang: Lang, kernels: KernelBackendInfo): TemplateResult {
  const name = tTrainer(lang, 'kernelsUsed', { name: tTrainer(lang, `kernel_${kernels.kind}` as TrainerKey) });
  return html`<p class="muted" data-kernels=${kernels.kind} title=${kernels.reason}>${name}${kernels.kind === 'js'
    ? html` <small>(${kernels.reason})</small>` : nothing}</p>`;
}

export function progressView(lang: Lang, run: TrainerRun, epochs: number): TemplateResult {
  const { loaded, progress, started } = run;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const dataText = loaded.ready
    ? tTrainer(lang, 'dataReady', { train: withThousands(loaded.trainCount), test: withThousands(loaded.testCount) })
    : tTrainer(lang, 'dataLoading', { loaded: mb(loaded.bytes), total: mb(loaded.total), eta: formatDuration(run.loadEta) });
  const showData = run.phase === 'loading' || loaded.ready;
  const training = started !== null && run.live;
  const done = started ? progress.epoch * started.trainCount + progress.imagesDone : 0;
  const total = started ? epochs * started.trainCount : 1;
  return html`<div part="progress" class="progress">
    ${showData
      ? html`<div class="bar" data-bar="data">
          <label for="data-progress">${tTrainer(lang, 'dataProgress')}</label>
          <progress id="data-progress" max=${loaded.ready ? 1 : loaded.total || 1} .value=${loaded.ready ? 1 : loaded.bytes}></progress>
          <span class="bar-text">${dataText}</span>
        </div>`
      : nothing}
    ${training && started
      ? html`<div class="bar" data-bar="train">
          <label for="train-progress">${tTrainer(lang, 'trainProgress')}</label>
          <progress id="train-progress" max=${total} .value=${done}></progress>
          <span class="bar-text">${tTrainer(lang, 'trainStatus', {
            epoch: progress.epoch + 1, epochs, done: withThousands(progress.imagesDone), total: withThousands(started.trainCount),
            rate: withThousands(Math.round(progress.rate ?? 0)), eta: formatDuration(run.eta),
          })}</span>
        </div>
        <p class="muted">${tTrainer(lang, 'workersUsed', {
          workers: started.workers, train: withThousands(started.trainCount), validation: withThousands(started.validationCount),
          params: withThousands(started.parameterCount),
        })}</p>`
      : nothing}
    ${started?.kernels ? kernelsView(lang, started.kernels) : nothing}
    ${run.phase === 'paused' ? html`<p class="status" role="status">${tTrainer(lang, 'paused')}</p>` : nothing}
    ${run.phase === 'evaluating'
      ? html`<p class="status" role="status">${run.evaluatingEpoch === null
          ? tTrainer(lang, 'evaluating', { n: withThousands(loaded.testCount) })
          : tTrainer(lang, 'evaluatingEpoch', { epoch: run.evaluatingEpoch + 1 })}</p>`
      : nothing}
  </div>`;
}

/** Loss and accuracy series of a run: smoothed per-batch training, per-epoch validation and test. */
export function chartSeries(lang: Lang, history: RunHistory): { loss: ChartSeries[]; accuracy: ChartSeries[] } {
  const per = history.batchesPerEpoch;
  const training = tTrainer(lang, 'seriesTraining');
  const validation = tTrainer(lang, 'seriesValidation');
  const hasValidation = history.epochs.some((e) => e.validationLoss !== null);
  const loss: ChartSeries[] = [{ label: training, points: batchCurve(smooth(history.batchLoss, SMOOTHING), per, MAX_POINTS), style: 0 }];
  const accuracy: ChartSeries[] = [{ label: training, points: batchCurve(smooth(history.batchAccuracy, SMOOTHING), per, MAX_POINTS), style: 0 }];
  if (hasValidation) {
    loss.push({ label: validation, kind: 'points', dashed: true, style: 1, points: epochCurve(history.epochs, (e) => e.validationLoss) });
    accuracy.push({ label: validation, kind: 'points', dashed: true, style: 1, points: epochCurve(history.epochs, (e) => e.validationAccuracy) });
  }
  accuracy.push({ label: tTrainer(lang, 'seriesTest'), kind: 'points', style: 2, points: epochCurve(history.epochs, (e) => e.testAccuracy) });
  return { loss, accuracy };
}

export function chartsView(lang: Lang, history: RunHistory, epochs: number): TemplateResult {
  const { loss, accuracy } = chartSeries(lang, history);
  return html`<div part="charts" class="charts">
    <cnn-training-chart metric="loss" .xMax=${epochs} .series=${loss} lang=${lang}></cnn-training-chart>
    <cnn-training-chart metric="accuracy" .xMax=${epochs} .series=${accuracy} lang=${lang}></cnn-training-chart>
  </div>`;
}

export function epochTableView(lang: Lang, history: RunHistory, bestEpoch: number | null): TemplateResult | typeof nothing {
  if (history.epochs.length === 0) return nothing;
  const t = (key: TrainerKey) => tTrainer(lang, key);
  return html`<div class="table-scroll"><table part="epochs" class="epochs">
    <caption>${t('epochTable')}</caption>
    <thead><tr>
      ${(['colEpoch', 'colRate', 'colTrainLoss', 'colTrainAccuracy', 'colValidationLoss', 'colValidationAccuracy', 'colTestAccuracy', 'colTime'] as const)
        .map((key) => html`<th scope="col">${t(key)}</th>`)}
    </tr></thead>
    <tbody>
      ${history.epochs.map((e) => html`<tr class=${e.epoch === bestEpoch ? 'best' : ''}>
        <th scope="row">${e.epoch + 1}${e.epoch === bestEpoch ? html` <span class="star" title=${t('bestMark')}>★<span class="sr-only">${t('bestMark')}</span></span>` : nothing}</th>
        <td>${Number(e.learningRate.toPrecision(3))}</td>
        <td>${formatLoss(e.trainLoss)}</td>
        <td>${formatPercent(e.trainAccuracy)}</td>
        <td>${formatLoss(e.validationLoss)}</td>
        <td>${formatPercent(e.validationAccuracy)}</td>
        <td>${formatPercent(e.testAccuracy)}</td>
        <td>${formatDuration(e.seconds)}</td>
      </tr>`)}
    </tbody>
  </table></div>`;
}

/** The misclassified digits, optionally only those of one (true, predicted) pair. */
export function galleryItems(results: TestResults, only: { truth: number; predicted: number } | null): GalleryItem[] {
  const size = results.rows * results.cols;
  return results.mistakes
    .map((m, i) => ({ ...m, pixels: results.mistakeImages.subarray(i * size, (i + 1) * size) }))
    .filter((m) => !only || (m.label === only.truth && m.predicted === only.predicted));
}

export function resultsView(
  lang: Lang,
  results: TestResults,
  source: ResultsSource | null,
  monitorsValidation: boolean,
  selected: { truth: number; predicted: number } | null,
  onShowAll: () => void,
): TemplateResult {
  const t = (key: TrainerKey, params?: Record<string, string | number>) => tTrainer(lang, key, params);
  const epochs = source?.kind === 'epoch' ? source.epochs : results.epochs;
  const from = source?.kind === 'file'
    ? t('resultsFromFile', { name: source.name })
    : epochs > 0
      ? t('resultsFromEpoch', { epoch: epochs, monitor: t(monitorsValidation ? 'monitorValidation' : 'monitorTraining') })
      : t('resultsNoEpoch');
  return html`<section part="results" class="results" aria-labelledby="results-heading">
    <h3 id="results-heading">${t('resultsHeading')}</h3>
    <p class="headline"><span class="label">${t('testAccuracy')}</span> <strong data-result="accuracy">${formatPercent(results.accuracy)}</strong></p>
    <p class="muted">${from}</p>
    <div class="results-grid">
      <cnn-confusion-matrix .matrix=${results.confusion} .selected=${selected} lang=${lang}></cnn-confusion-matrix>
      <div class="gallery-box">
        <cnn-digit-gallery max="30" .items=${galleryItems(results, selected)} .rows=${results.rows} .cols=${results.cols} lang=${lang}
          caption=${selected ? t('galleryFiltered', { truth: selected.truth, predicted: selected.predicted }) : t('galleryCaption')}></cnn-digit-gallery>
        ${selected ? html`<button type="button" data-action="show-all" @click=${onShowAll}>${t('galleryShowAll')}</button>` : nothing}
      </div>
    </div>
  </section>`;
}
