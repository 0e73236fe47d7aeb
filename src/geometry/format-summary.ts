import { withThousands } from './digits';
import type { ModelSummary } from './types';

export interface FormatSummaryOptions {
  /** The model's name in the first line, Keras's default 'sequential'. */
  title?: string;
  /** Adds a column with each Param # formula, e.g. "(3·3·1 + 1)·32 = 320". */
  formulas?: boolean;
}

/**
 * The text table Keras's model.summary() prints (Layer (type) | Output Shape | Param #,
 * then Total / Trainable / Non-trainable params with thousands separators), for the CLI,
 * docs and slides. Columns are as wide as their longest cell, so nothing is wrapped.
 */
export function formatSummary(model: ModelSummary, opts: FormatSummaryOptions = {}): string {
  const header = ['Layer (type)', 'Output Shape', 'Param #'];
  const cells = model.rows.map((row) => [`${row.name} (${row.className})`, row.outputShapeText, withThousands(row.params)]);
  if (opts.formulas) {
    header.push('How');
    model.rows.forEach((row, index) => cells[index].push(row.paramsFormula));
  }
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (values: string[]): string =>
    ` ${values.map((value, column) => (column < values.length - 1 ? value.padEnd(widths[column] + 2) : value)).join('')}`;
  const ruleWidth = widths.reduce((sum, width) => sum + width + 2, 0);
  return [
    `Model: "${opts.title ?? 'sequential'}"`,
    '_'.repeat(ruleWidth),
    line(header),
    '='.repeat(ruleWidth),
    ...cells.map(line),
    '='.repeat(ruleWidth),
    `Total params: ${withThousands(model.totalParams)}`,
    `Trainable params: ${withThousands(model.trainableParams)}`,
    `Non-trainable params: ${withThousands(model.nonTrainableParams)}`,
    '_'.repeat(ruleWidth),
  ].join('\n');
}
