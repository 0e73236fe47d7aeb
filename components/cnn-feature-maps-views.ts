/**
 * Templates of <cnn-feature-maps>: the input figure, the first layer's filter bank and
 * one section per layer. Canvases carry data attributes naming what to paint
 * (data-paint="map|vector|grid|filter|input", data-layer, data-channel); the element
 * paints them after rendering (cnn-feature-maps-paint.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { KERAS_CLASS_NAMES } from '../src/geometry';
import type { FilterBank, LayerActivation } from '../src/inference';
import type { Lang } from '../src/i18n';
import { tInference } from '../src/i18n/inference';

/** Vectors up to this length are drawn as bars; longer ones (a flattened stack) as a grid. */
export const MAX_BAR_VALUES = 128;

/** Numbers in labels: at most 3 significant decimals and a true minus sign. */
export function formatValue(value: number): string {
  const rounded = Math.abs(value) >= 100 ? value.toFixed(0) : Number(value.toPrecision(3)).toString();
  return rounded.replace('-', '−');
}

/** Rows and columns to lay a long vector out in: one map per row after a Flatten of maps, else about square. */
export function gridOf(layer: LayerActivation): { rows: number; cols: number } {
  const n = layer.shape[0];
  const from = layer.flattenedFrom;
  if (from && from.length === 3 && from[0] > 1) return { rows: from[0], cols: from[1] * from[2] };
  const cols = from && from.length === 3 ? from[2] : Math.ceil(Math.sqrt(n));
  return { rows: Math.ceil(n / cols), cols };
}

/** On-screen side of one map: larger maps get more room, so the shrinking through pooling shows. */
const mapSide = (height: number, zoom: number) => `calc(var(--_map-size) * ${(zoom * Math.sqrt(Math.min(height, 28) / 28)).toFixed(3)})`;

function caption(lang: Lang, layer: LayerActivation, isLast: boolean): string {
  const className = KERAS_CLASS_NAMES[layer.type];
  if (layer.kind === 'maps') {
    const [channels, height, width] = layer.shape;
    return tInference(lang, 'mapsCaption', { name: layer.name, className, channels, height, width });
  }
  const n = layer.shape[0];
  const from = layer.flattenedFrom;
  if (layer.type === 'flatten' && from && from.length === 3 && from[0] > 1) {
    return tInference(lang, 'flattenCaption', { name: layer.name, n, channels: from[0], size: from[1] * from[2] });
  }
  if (isLast) return tInference(lang, 'logitsCaption', { name: layer.name, className, n });
  return tInference(lang, 'vectorCaption', { name: layer.name, className, n });
}

function scaleNote(lang: Lang, layer: LayerActivation, perChannel: boolean): string {
  const top = formatValue(layer.signed ? Math.max(Math.abs(layer.min), Math.abs(layer.max)) : layer.max);
  if (layer.signed) return tInference(lang, 'scaleSigned', { max: top });
  return perChannel && layer.kind === 'maps' ? tInference(lang, 'scaleChannel') : tInference(lang, 'scaleLayer', { max: top });
}

function mapsView(lang: Lang, layer: LayerActivation, index: number, zoom: number): TemplateResult {
  const [channels, height, width] = layer.shape;
  const side = mapSide(height, zoom);
  const plane = height * width;
  return html`<div class="maps">
    ${Array.from({ length: channels }, (_, c) => {
      let max = -Infinity;
      for (let p = c * plane; p < (c + 1) * plane; p++) max = Math.max(max, layer.values[p]);
      return html`<canvas part="map" data-paint="map" data-layer=${index} data-channel=${c} width=${width} height=${height}
        style="width: ${side}; height: calc(${side} * ${(height / width).toFixed(4)})" role="img"
        aria-label=${tInference(lang, 'channelItem', { name: layer.name, n: c + 1, max: formatValue(max) })}></canvas>`;
    })}
  </div>`;
}

function vectorView(lang: Lang, layer: LayerActivation, index: number, isLast: boolean, zoom: number): TemplateResult {
  const n = layer.shape[0];
  const label = tInference(lang, 'vectorItem', { name: layer.name, n, min: formatValue(layer.min), max: formatValue(layer.max) });
  if (n > MAX_BAR_VALUES) {
    const { rows, cols } = gridOf(layer);
    return html`<canvas part="vector" class="grid" data-paint="grid" data-layer=${index} width=${cols} height=${rows}
      style="--_cols: ${cols}; --_rows: ${rows}; --_zoom: ${zoom}" role="img" aria-label=${label}></canvas>`;
  }
  return html`<div class="bars-frame ${isLast ? 'classes' : ''}" style="--_bars: ${n}; --_zoom: ${zoom}">
    <canvas part="vector" class="bars" data-paint="vector" data-layer=${index} role="img" aria-label=${label}></canvas>
    ${isLast && n <= 16 ? html`<div class="bar-labels" aria-hidden="true">${Array.from({ length: n }, (_, i) => html`<span>${i}</span>`)}</div>` : nothing}
  </div>`;
}

export function layerSection(
  lang: Lang,
  layer: LayerActivation,
  index: number,
  opts: { isLast: boolean; perChannel: boolean; zoom: number },
): TemplateResult {
  return html`<section part="layer" class="layer" data-name=${layer.name} aria-label=${caption(lang, layer, opts.isLast)}>
    <h3 part="layer-title">${caption(lang, layer, opts.isLast)}</h3>
    ${layer.kind === 'maps' ? mapsView(lang, layer, index, opts.zoom) : vectorView(lang, layer, index, opts.isLast, opts.zoom)}
    <p class="scale-note">${scaleNote(lang, layer, opts.perChannel)}</p>
  </section>`;
}

export function filtersFigure(lang: Lang, bank: FilterBank): TemplateResult {
  const size = bank.kernelHeight * bank.kernelWidth * bank.inChannels;
  return html`<figure part="filters" class="filters">
    <figcaption>${tInference(lang, 'filtersTitle', { name: bank.name, count: bank.filters, kh: bank.kernelHeight, kw: bank.kernelWidth })}</figcaption>
    <div class="filter-row">
      ${Array.from({ length: bank.filters }, (_, f) => {
        let min = Infinity;
        let max = -Infinity;
        for (let i = f * size; i < (f + 1) * size; i++) {
          min = Math.min(min, bank.weights[i]);
          max = Math.max(max, bank.weights[i]);
        }
        return html`<canvas part="filter" data-paint="filter" data-index=${f} width=${bank.kernelWidth} height=${bank.kernelHeight}
          role="img" aria-label=${tInference(lang, 'filterItem', { n: f + 1, min: formatValue(min), max: formatValue(max) })}></canvas>`;
      })}
    </div>
    <p class="scale-note"><span class="legend" aria-hidden="true"></span> ${tInference(lang, 'filterLegend')} (±${formatValue(bank.maxAbs)})</p>
  </figure>`;
}
