/**
 * Worked example A (CURRICULUM §2) for the landing page: a 5×5 input, the vertical-edge
 * kernel, stride 1, no padding. Every number shown comes from the reference engine's
 * trace; this file only picks steps out of it and lays them out.
 */
import { html } from 'lit';
import type { Lang } from '../i18n';
import { tCommon } from '../i18n/common';
import { productEquation } from '../narrate';
import { INPUT_PRESETS, KERNEL_PRESETS } from '../presets';
import { conv2d, type ConvStep } from '../reference';
import '../../components/cnn-matrix';
import type { CellSelectEvent } from '../../components/cnn-matrix';

export interface WorkedExample {
  input: number[][];
  kernel: number[][];
  output: number[][];
  steps: ConvStep[];
}

/** Runs the reference engine once; an engine error is returned as text to show. */
export function computeExampleA(): WorkedExample | { error: string } {
  const input = INPUT_PRESETS['example-a'];
  const kernel = KERNEL_PRESETS['vertical-edge'];
  try {
    const { output, steps } = conv2d(input, [[kernel]]);
    return { input: input[0], kernel, output: output[0], steps };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** "… = −3" never breaks before its result: the spaces around "=" become non-breaking. */
const keepSumTogether = (equation: string) => equation.replace(/ = (?=[^=]*$)/, '\u00a0=\u00a0');

const shape = (m: number[][]) => `${m.length}×${m[0]?.length ?? 0}`;

/** The step that writes output cell (row, col). */
export function stepAt(example: WorkedExample, row: number, col: number): ConvStep | undefined {
  return example.steps.find((step) => step.outRow === row && step.outCol === col);
}

export function workedExampleView(
  lang: Lang,
  example: WorkedExample | { error: string },
  step: ConvStep | undefined,
  onSelect: (row: number, col: number) => void,
) {
  if ('error' in example || !step) {
    const detail = 'error' in example ? example.error : '';
    return html`<p class="error" role="alert">${tCommon(lang, 'exampleUnavailable', { detail })}</p>`;
  }
  const where = tCommon(lang, 'exampleStep', { row: step.outRow, col: step.outCol });
  return html`<div class="example-row">
      <cnn-matrix
        caption=${tCommon(lang, 'exampleInput', { shape: shape(example.input) })}
        scale="none"
        .values=${example.input}
        .highlight=${step.window}
      ></cnn-matrix>
      <span class="operator" aria-hidden="true">∗</span>
      <cnn-matrix
        caption=${tCommon(lang, 'exampleKernel', { shape: shape(example.kernel) })}
        scale="diverging"
        .values=${example.kernel}
      ></cnn-matrix>
      <span class="operator" aria-hidden="true">=</span>
      <cnn-matrix
        caption=${tCommon(lang, 'exampleOutput', { shape: shape(example.output) })}
        scale="diverging"
        interactive
        .values=${example.output}
        .active=${{ row: step.outRow, col: step.outCol }}
        @cnn-cell-select=${(event: CellSelectEvent) => onSelect(event.row, event.col)}
      ></cnn-matrix>
      <p class="narration" aria-live="polite">
        <span class="where">${where}</span>${keepSumTogether(productEquation(step).text)}
      </p>
    </div>`;
}
