/**
 * A question's worked solution: the generator's steps in the reader's language, then the
 * computation replayed by the element that teaches it, set up from solution.source —
 * conv2d in <cnn-conv-stepper> at the asked cell, pooling in <cnn-pool-stepper>, 1D in
 * <cnn-conv1d-stepper>, sizes in <cnn-output-size> or <cnn-transposed-stepper>, counts in
 * <cnn-model-summary explain>, concepts as the reason behind every option.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../src/i18n';
import { quizText } from '../src/i18n/quiz';
import { quizUiText } from '../src/i18n/quiz-ui';
import { transposedOutputSize } from '../src/geometry';
import type { Question, SolutionSource } from '../src/quiz';
import './cnn-conv-stepper';
import './cnn-conv1d-stepper';
import './cnn-matrix';
import './cnn-model-summary';
import './cnn-output-size';
import './cnn-pool-stepper';
import './cnn-transposed-stepper';

type Theme = 'light' | 'dark' | undefined;

/** Transposed inputs longer than this make the 1D stepper too wide; a shorter example is shown instead. */
const TRANSPOSED_MAX_INPUT = 8;

export function renderSolution(question: Question, lang: Lang, theme: Theme, id: string): TemplateResult {
  return html`<section class="solution" part="solution" id=${id} aria-labelledby="${id}-title">
    <h4 id="${id}-title">${quizText(lang, 'solution')}</h4>
    <ol class="steps" part="solution-steps">
      ${question.solution.steps.map((step) => html`<li>${step[lang]}</li>`)}
    </ol>
    ${renderReplay(question, lang, theme)}
  </section>`;
}

function renderReplay(question: Question, lang: Lang, theme: Theme): TemplateResult | typeof nothing {
  const source = question.solution.source;
  const replay = replayOf(source, question, lang, theme);
  if (replay === nothing) return nothing;
  const heading = source.kind === 'concept' ? quizUiText(lang, 'solution-options') : quizUiText(lang, 'solution-replay');
  return html`<div class="replay" part="replay" data-kind=${source.kind}>
    <h5>${heading}</h5>
    ${replay}
  </div>`;
}

function replayOf(source: SolutionSource, question: Question, lang: Lang, theme: Theme): TemplateResult | typeof nothing {
  const t = theme ?? nothing;
  switch (source.kind) {
    case 'conv2d':
      return html`<cnn-conv-stepper input=${JSON.stringify(source.input)} kernel=${JSON.stringify(source.weights)}
        bias=${JSON.stringify(source.bias)} stride=${source.stride} padding=${source.padding} step=${focusStep(source)}
        theme=${t}></cnn-conv-stepper>`;
    case 'pool2d':
      return html`<cnn-pool-stepper input=${JSON.stringify(source.input)} mode=${source.mode} size=${source.size}
        stride=${source.stride} theme=${t}></cnn-pool-stepper>`;
    case 'conv1d':
      return html`<cnn-conv1d-stepper input=${JSON.stringify(source.input)} kernel=${JSON.stringify(source.weights)}
        bias=${JSON.stringify(source.bias)} stride=${source.stride} padding=${source.padding} theme=${t}></cnn-conv1d-stepper>`;
    case 'pad2d': {
      const [rows, cols] = [source.output.length, source.output[0]?.length ?? 0];
      return html`<cnn-matrix scale="grey" caption=${quizUiText(lang, 'solution-padded', { rows, cols })} theme=${t}
        .values=${source.output} .padded=${source.padding}></cnn-matrix>`;
    }
    case 'padding':
      return html`<cnn-output-size w=${source.input} k=${source.kernel} p=${String(source.padding)} s=${source.stride} d="1"
        theme=${t}></cnn-output-size>`;
    case 'output-size':
      return html`<cnn-output-size w=${source.input} k=${source.kernel} p=${String(source.padding)} s=${source.stride}
        d=${source.dilation} theme=${t}></cnn-output-size>`;
    case 'transposed-size':
      return renderTransposed(source, lang, t);
    case 'params':
    case 'summary':
      return renderModel(source, question, t);
    case 'receptive-field':
      return renderReceptiveField(source, lang);
    case 'concept':
      return renderOptions(question, lang);
  }
}

/** conv2d traces run output channel by channel, row by row: the asked cell's index in that order. */
export function focusStep(source: Extract<SolutionSource, { kind: 'conv2d' }>): number {
  const focus = source.focus;
  if (!focus) return 0;
  const rows = source.output[0]?.length ?? 0;
  const cols = source.output[0]?.[0]?.length ?? 0;
  return focus.outChannel * rows * cols + focus.outRow * cols + focus.outCol;
}

function renderTransposed(source: Extract<SolutionSource, { kind: 'transposed-size' }>, lang: Lang, theme: string | typeof nothing) {
  const shortest = [2, 3, 4].find((w) => sizeOr0(w, source) > 0) ?? 4;
  const width = source.input <= TRANSPOSED_MAX_INPUT ? source.input : Math.max(3, shortest);
  const input = Array.from({ length: width }, (_, i) => i + 1);
  const kernel = Array.from({ length: source.kernel }, () => 1);
  return html`${width !== source.input
      ? html`<p class="note">${quizUiText(lang, 'transposed-example', { W: width, fullW: source.input })}</p>`
      : nothing}
    <cnn-transposed-stepper mode="1d" input=${JSON.stringify(input)} kernel=${JSON.stringify(kernel)} stride=${source.stride}
      padding=${source.padding} output-padding=${source.outputPadding} theme=${theme}></cnn-transposed-stepper>`;
}

function sizeOr0(width: number, source: Extract<SolutionSource, { kind: 'transposed-size' }>): number {
  try {
    const { stride, padding, outputPadding, kernel } = source;
    return transposedOutputSize({ input: width, kernel, stride, padding, outputPadding }).size;
  } catch {
    return 0;
  }
}

/** The model the prompt showed (a Dense after Flatten needs the Flatten), else the source's layer alone. */
function renderModel(source: Extract<SolutionSource, { kind: 'params' | 'summary' }>, question: Question, theme: string | typeof nothing) {
  const given = question.given.find((item) => item.kind === 'layers');
  const layers = given?.kind === 'layers' ? given.layers : source.kind === 'summary' ? source.layers : [source.layer];
  const inputShape = (given?.kind === 'layers' ? given.inputShape : undefined) ?? source.inputShape;
  return html`<cnn-model-summary explain theme=${theme} .layers=${layers} .inputShape=${inputShape}></cnn-model-summary>`;
}

function renderReceptiveField(source: Extract<SolutionSource, { kind: 'receptive-field' }>, lang: Lang): TemplateResult {
  const t = (key: Parameters<typeof quizUiText>[1]) => quizUiText(lang, key);
  return html`<table class="rf" part="receptive-field">
    <thead>
      <tr><th scope="col">${t('rf-layer')}</th><th scope="col">${t('rf-keff')}</th><th scope="col">${t('rf-stride')}</th>
        <th scope="col">${t('rf-field')}</th><th scope="col">${t('rf-jump')}</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">${t('rf-start')}</th><td></td><td></td><td class="number">1</td><td class="number">1</td></tr>
      ${source.layers.map(
        (layer, i) => html`<tr>
          <th scope="row">${i + 1}</th>
          <td class="number">${layer.dilation * (layer.kernel - 1) + 1}</td>
          <td class="number">${layer.stride}</td>
          <td class="number">${source.sizes[i]}</td>
          <td class="number">${source.jumps[i]}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderOptions(question: Question, lang: Lang): TemplateResult | typeof nothing {
  const answer = question.answer;
  if (answer.kind !== 'choice') return nothing;
  return html`<ul class="option-reasons" part="option-reasons">
    ${answer.options.map((option) => {
      const right = option.id === answer.correct;
      return html`<li class=${right ? 'right' : 'wrong'} data-option=${option.id}>
        <span class="mark" aria-hidden="true">${right ? '✓' : '✗'}</span>
        <span class="visually-hidden">${quizUiText(lang, right ? 'option-is-correct' : 'option-is-wrong')}:</span>
        <strong>${option.text[lang]}</strong> — ${option.explanation[lang]}
      </li>`;
    })}
  </ul>`;
}
