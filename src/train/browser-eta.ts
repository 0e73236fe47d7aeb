/**
 * Remaining-time estimates for the progress bars: data loading (bytes) and training
 * (images over the remaining epochs). Pure: callers pass times and counts.
 */

/** Seconds left at a steady rate, or null while the rate is unknown (nothing done yet, or a stall). */
export function etaSeconds(done: number, total: number, perSecond: number): number | null {
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) return null;
  return Math.max(0, total - done) / perSecond;
}

/** Seconds left for a transfer that has moved `loaded` of `total` in `elapsedMs`. */
export function transferEta(loaded: number, total: number, elapsedMs: number): number | null {
  if (loaded <= 0 || elapsedMs <= 0) return null;
  return etaSeconds(loaded, total, loaded / (elapsedMs / 1000));
}

/**
 * Images still to train in the run: the rest of the current epoch and every epoch after
 * it. `epoch` is 0-based, `imagesDone` counts this epoch's images.
 */
export function imagesLeft(epoch: number, epochs: number, imagesDone: number, imagesPerEpoch: number): number {
  const remainingEpochs = Math.max(0, epochs - epoch - 1);
  return Math.max(0, imagesPerEpoch - imagesDone) + remainingEpochs * imagesPerEpoch;
}

/** "0:42", "12:05", "1:02:03"; "—" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * A rate that reacts within seconds but does not jump with every message: an
 * exponential average of instantaneous rates, weighted by the time each covers.
 */
export function blendRate(previous: number | null, instant: number, seconds: number, halfLifeSeconds = 2): number {
  if (previous === null || !Number.isFinite(previous)) return instant;
  const keep = 0.5 ** (seconds / halfLifeSeconds);
  return previous * keep + instant * (1 - keep);
}
