import type { ConfusionMatrix } from '../train';

/**
 * A confusion matrix as aligned text: rows are true classes, columns predictions (so the
 * diagonal holds the correct counts), plus each row's recall so the weakest digit
 * stands out.
 */
export function formatConfusion(matrix: ConfusionMatrix): string {
  const classes = matrix.length;
  const cell = Math.max(4, ...matrix.flat().map((n) => String(n).length + 1));
  const head = `${'true\\pred'.padEnd(10)}${Array.from({ length: classes }, (_, c) => String(c).padStart(cell)).join('')}   recall`;
  const rows = matrix.map((row, t) => {
    const total = row.reduce((a, b) => a + b, 0);
    const recall = total === 0 ? '   -  ' : `${((row[t] / total) * 100).toFixed(1).padStart(5)}%`;
    return `${String(t).padEnd(10)}${row.map((n) => String(n).padStart(cell)).join('')}   ${recall}`;
  });
  return [head, ...rows].join('\n');
}
