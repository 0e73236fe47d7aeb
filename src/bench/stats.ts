/**
 * Timing helpers for the benchmarks: warm-up, repetitions, median; wall-clock time and this
 * process's CPU time. On a shared machine wall time also counts the turns other processes
 * take on the cores, so CPU time is the figure that says what the code itself costs.
 */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of CPU time used by this process so far (every thread, user + system). */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export interface Throughput {
  /** Median images per wall-clock second over the repetitions. */
  imagesPerSecond: number;
  /** Every repetition's images per wall-clock second, for the spread. */
  samples: number[];
  /**
   * Median images per second of process CPU time: with one thread, what an otherwise idle
   * core would reach; with N worker threads, CPU time adds up over the threads, so this is
   * the work per image, not the parallel speed.
   */
  cpuImagesPerSecond: number;
}

/**
 * Runs `once` (which processes `images` images) `warmup` times untimed, so JIT compilation,
 * buffer allocation and thread start-up are not measured, then `reps` timed times.
 */
export async function measure(images: number, once: () => unknown | Promise<unknown>, reps = 5, warmup = 1): Promise<Throughput> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    const cpuStart = cpuMs();
    await once();
    samples.push(images / ((performance.now() - start) / 1000));
    cpuSamples.push(images / ((cpuMs() - cpuStart) / 1000));
  }
  return { imagesPerSecond: median(samples), samples, cpuImagesPerSecond: median(cpuSamples) };
}

/** Best CPU milliseconds per call of fn over `rounds` rounds of about `ms` each (after 3 warm-up calls). */
export function cpuBestTime(fn: () => void, rounds = 7, ms = 150): number {
  for (let i = 0; i < 3; i++) fn();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const start = cpuMs();
    let now = start;
    while (now - start < ms) {
      fn();
      calls++;
      now = cpuMs();
    }
    best = Math.min(best, (now - start) / calls);
  }
  return best;
}
