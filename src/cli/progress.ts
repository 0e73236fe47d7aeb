import type { StepProgress } from '../train';

/** Seconds as m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Seconds left for the whole run at the current speed (evaluation time not included). */
export function etaSeconds(p: StepProgress): number {
  const remaining = (p.epochs - p.epoch - 1) * p.imagesTotal + (p.imagesTotal - p.imagesDone);
  return remaining / p.imagesPerSecond;
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

/** "epoch 1/5 [########------------]  12,800/60,000  loss 0.2345  acc 93.1%  2,345 img/s  ETA 1:23" */
export function progressLine(p: StepProgress, barWidth = 20): string {
  const filled = Math.round((p.imagesDone / p.imagesTotal) * barWidth);
  const bar = '#'.repeat(filled) + '-'.repeat(barWidth - filled);
  const width = grouped(p.imagesTotal).length;
  return (
    `epoch ${p.epoch + 1}/${p.epochs} [${bar}] ${grouped(p.imagesDone).padStart(width)}/${grouped(p.imagesTotal)}` +
    `  loss ${p.loss.toFixed(4)}  acc ${(p.accuracy * 100).toFixed(1)}%` +
    `  ${grouped(p.imagesPerSecond)} img/s  ETA ${formatDuration(etaSeconds(p))}`
  );
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Draws progress on stderr: on a terminal, one line redrawn in place at most 10 times
 * a second; otherwise (a log file, CI) a full line at every tenth of an epoch, so logs
 * stay short and readable.
 */
export function createProgressReporter(stream: ProgressStream, now: () => number = () => performance.now()) {
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let drawn = false;
  return {
    step(p: StepProgress): void {
      const done = p.imagesDone === p.imagesTotal;
      if (stream.isTTY) {
        if (!done && now() - lastDraw < 100) return;
        lastDraw = now();
        stream.write(`\r${progressLine(p)}\x1b[K`);
        drawn = true;
        if (done) {
          stream.write('\n');
          drawn = false;
        }
        return;
      }
      const tenth = Math.floor((p.imagesDone / p.imagesTotal) * 10);
      if (tenth === lastTenth) return;
      lastTenth = done ? -1 : tenth;
      stream.write(`${progressLine(p)}\n`);
    },
    /** Ends a partly drawn line (before printing anything else, e.g. after Ctrl-C). */
    interrupt(): void {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
