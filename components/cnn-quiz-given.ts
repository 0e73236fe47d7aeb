/**
 * The data shown with a quiz prompt: matrices and vectors as <cnn-matrix> (numbers
 * printed, colour only as a hint), named values as a table, and a model's layers as the
 * Keras calls a student would type, numbered as the prompt numbers them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { kerasLayerNames, kerasShapeText } from '../src/geometry';
import type { Lang } from '../src/i18n';
import { quizUiText } from '../src/i18n/quiz-ui';
import { layerCode, type GivenItem } from '../src/quiz';
import { formatNumber } from '../src/viz/format';
import './cnn-matrix';

type Theme = 'light' | 'dark' | undefined;

export function renderGiven(items: readonly GivenItem[], lang: Lang, theme: Theme): TemplateResult {
  const grids = items.filter((item) => item.kind === 'matrix' || item.kind === 'vector');
  const rest = items.filter((item) => item.kind !== 'matrix' && item.kind !== 'vector');
  return html`${grids.length > 0 ? html`<div class="given-grids">${grids.map((item) => renderItem(item, lang, theme))}</div>` : nothing}
  ${rest.map((item) => renderItem(item, lang, theme))}`;
}

function renderItem(item: GivenItem, lang: Lang, theme: Theme): TemplateResult {
  switch (item.kind) {
    case 'matrix':
      return matrixFigure(item.value, item.label[lang], item.role === 'kernel', theme);
    case 'vector':
      return matrixFigure([item.value], item.label[lang], item.role === 'kernel', theme);
    case 'values':
      return html`<table class="values" part="values">
        <thead>
          <tr>
            <th scope="col">${quizUiText(lang, 'values-symbol')}</th>
            <th scope="col">${quizUiText(lang, 'values-meaning')}</th>
            <th scope="col">${quizUiText(lang, 'values-value')}</th>
          </tr>
        </thead>
        <tbody>
          ${item.entries.map(
            (entry) => html`<tr>
              <th scope="row"><var>${entry.symbol}</var></th>
              <td>${entry.label[lang]}</td>
              <td class="number">${typeof entry.value === 'number' ? formatNumber(entry.value) : entry.value}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
    case 'layers':
      return renderLayers(item, lang);
  }
}

/** Signed data (and every kernel) on the diverging scale, images in greys, as elsewhere in ConvLab. */
function matrixFigure(values: number[][], label: string, kernel: boolean, theme: Theme): TemplateResult {
  const signed = kernel || values.some((row) => row.some((v) => v < 0));
  const caption = `${label} ${values.length}×${values[0]?.length ?? 0}`;
  return html`<cnn-matrix class="given-matrix" part="given-matrix" caption=${caption} scale=${signed ? 'diverging' : 'grey'}
    theme=${theme ?? nothing} .values=${values}></cnn-matrix>`;
}

function renderLayers(item: Extract<GivenItem, { kind: 'layers' }>, lang: Lang): TemplateResult {
  const names = kerasLayerNames(item.layers);
  return html`<table class="layers" part="layers">
    <caption>
      ${quizUiText(lang, 'layers-caption')}${item.inputShape
        ? html` · ${quizUiText(lang, 'layers-input', { shape: kerasShapeText([...item.inputShape]) })}`
        : nothing}
    </caption>
    <tbody>
      ${item.layers.map(
        (layer, i) => html`<tr class=${i === item.highlight ? 'asked' : ''}>
          <th scope="row">${i + 1}</th>
          <td><code>${names[i]}</code></td>
          <td><code>${layerCode(layer)}</code></td>
          <td class="asked-mark">${i === item.highlight ? html`◀ ${quizUiText(lang, 'layers-asked')}` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
