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

export interface BenchCase {
  key: string;
  images: number;
  once: () => unknown | Promise<unknown>;
}

/**
 * Like measure, but runs the cases in turn within each repetition (A B C, A B C, …), so a
 * burst of load from other processes on a shared machine hits every case alike instead
 * of one of them: ratios between cases stay meaningful when absolute figures wobble.
 */
export async function measureInterleaved(cases: readonly BenchCase[], reps = 5, warmup = 1): Promise<Map<string, Throughput>> {
  for (const c of cases) for (let i = 0; i < warmup; i++) await c.once();
  const samples = new Map<string, number[]>(cases.map((c) => [c.key, []]));
  for (let r = 0; r < reps; r++) {
    for (const c of cases) {
      const start = performance.now();
      await c.once();
      samples.get(c.key)!.push(c.images / ((performance.now() - start) / 1000));
    }
  }
  return new Map([...samples].map(([key, s]) => [key, { imagesPerSecond: median(s), samples: s }]));
}
