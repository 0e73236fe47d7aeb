/**
 * Lesson 1's picture of connections: the 9 pixels of a 3×3 image on top, 4 outputs below,
 * one line per weight. A dense layer draws all 36 lines, each its own weight; a 2×2
 * convolution draws 16, and only 4 distinct weights (same colour and dash = same weight).
 * Which input meets which weight is read from the reference engine's trace, not re-derived.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Lang } from '../i18n';
import { conv2d } from '../reference';
import { formatNumber } from '../viz/format';

const WIDTH = 320;
const HEIGHT = 190;
const TOP = 34;
const BOTTOM = 150;
const RADIUS = 13;

/** Four weights need four looks that differ in more than hue. */
const WEIGHT_STYLES = [
  { color: '#1b7f5f', dash: '' },
  { color: '#d95f02', dash: '7 4' },
  { color: '#6a5acd', dash: '2 4' },
  { color: '#c2185b', dash: '10 4 2 4' },
];

const inputX = (index: number, count: number) => 22 + (index * (WIDTH - 44)) / (count - 1);
const outputX = (index: number, count: number) => 70 + (index * (WIDTH - 140)) / (count - 1);

export interface ConnectionData {
  inputs: number[];
  outputs: number[];
  /** One entry per line of the convolution: input index, output index, weight index. */
  edges: { input: number; output: number; weight: number }[];
  weights: number[];
}

/** Convolves `image` with `kernel` (stride 1, no padding) and lists which input meets which weight. */
export function convConnections(image: number[][], kernel: number[][]): ConnectionData {
  const { output, steps } = conv2d([image], [[kernel]]);
  const width = image[0].length;
  const kernelWidth = kernel[0].length;
  const edges = steps.flatMap((step, output) =>
    step.terms.map((term) => ({ input: term.row * width + term.col, output, weight: term.kernelRow * kernelWidth + term.kernelCol })),
  );
  return { inputs: image.flat(), outputs: output[0].flat(), edges, weights: kernel.flat() };
}

function nodes(values: (number | string)[], y: number, place: (i: number, n: number) => number, kind: string) {
  return values.map(
    (value, i) => svg`<g class=${`node ${kind}`}>
      <circle cx=${place(i, values.length)} cy=${y} r=${RADIUS}></circle>
      <text x=${place(i, values.length)} y=${y} dy="0.35em" text-anchor="middle">${value}</text>
    </g>`,
  );
}

export function connectionDiagram(lang: Lang, data: ConnectionData, kind: 'dense' | 'conv'): TemplateResult {
  const inputCount = data.inputs.length;
  const outputCount = data.outputs.length;
  const lines =
    kind === 'dense'
      ? data.inputs.flatMap((_, input) =>
          data.outputs.map(
            (_, output) => svg`<line class="dense-line" x1=${inputX(input, inputCount)} y1=${TOP + RADIUS}
              x2=${outputX(output, outputCount)} y2=${BOTTOM - RADIUS}></line>`,
          ),
        )
      : data.edges.map(({ input, output, weight }) => {
          const style = WEIGHT_STYLES[weight % WEIGHT_STYLES.length];
          return svg`<line x1=${inputX(input, inputCount)} y1=${TOP + RADIUS} x2=${outputX(output, outputCount)}
            y2=${BOTTOM - RADIUS} stroke=${style.color} stroke-dasharray=${style.dash} stroke-width="2.2"></line>`;
        });
  const outputs = kind === 'dense' ? data.outputs.map((_, i) => `y${i + 1}`) : data.outputs.map((value) => formatNumber(value));
  const lineCount = kind === 'dense' ? inputCount * outputCount : data.edges.length;
  const label =
    lang === 'ko'
      ? `${kind === 'dense' ? '완전 연결층' : '합성곱'}: 입력 ${inputCount}개, 출력 ${outputCount}개, 연결 ${lineCount}개`
      : `${kind === 'dense' ? 'Dense layer' : 'Convolution'}: ${inputCount} inputs, ${outputCount} outputs, ${lineCount} connections`;
  return html`<svg class="connections ${kind}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${label}>
    ${lines} ${nodes(data.inputs, TOP, inputX, 'input')} ${nodes(outputs, BOTTOM, outputX, 'output')}
    <text class="axis-label" x="4" y=${HEIGHT - 8}>${lang === 'ko' ? `연결 ${lineCount}개` : `${lineCount} connections`}</text>
  </svg>`;
}

/** The key of the convolution picture: which colour and dash is which shared weight. */
export function weightLegend(lang: Lang, weights: number[]): TemplateResult {
  return html`<ul class="weight-legend" aria-label=${lang === 'ko' ? '공유 가중치' : 'Shared weights'}>
    ${weights.map((weight, i) => {
      const style = WEIGHT_STYLES[i % WEIGHT_STYLES.length];
      return html`<li>
        <svg viewBox="0 0 36 10" aria-hidden="true"><line x1="0" y1="5" x2="36" y2="5" stroke=${style.color}
          stroke-dasharray=${style.dash} stroke-width="2.5"></line></svg>
        <var>w</var><sub>${i + 1}</sub> = ${formatNumber(weight)}
      </li>`;
    })}
  </ul>`;
}
