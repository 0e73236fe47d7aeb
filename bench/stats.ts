/** Timing helpers for the benchmark: warm-up, repetitions, median. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Throughput {
  /** Median images per second over the repetitions. */
  imagesPerSecond: number;
  /** Every repetition's images per second, for the spread. */
  samples: number[];
}

/**
 * Runs `once` (which processes `images` images) `warmup` times untimed, so JIT compilation,
 * buffer allocation and thread start-up are not measured, then `reps` timed times.
 */
export async function measure(images: number, once: () => unknown | Promise<unknown>, reps = 5, warmup = 1): Promise<Throughput> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await once();
    samples.push(images / ((performance.now() - start) / 1000));
  }
  return { imagesPerSecond: median(samples), samples };
}
