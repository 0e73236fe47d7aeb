/**
 * Measures the browser trainer in headless Chromium (not part of CI; run by hand):
 *   npm run build:data && npx tsx test/e2e/measure-training.ts [--epochs 1] [--workers 2] [--model lenet5]
 * Starts `vite` on port 5192 (unless something already answers there), opens
 * lessons/train.html and reports:
 *   - MNIST asset loading: time to dataReady and how many progress updates were drawn;
 *   - training: seconds of the epoch (training only, as the loop measures it), images/s,
 *     wall time to the end, test accuracy;
 *   - main thread: long tasks (PerformanceObserver 'longtask') during the run, and the
 *     longest gap between two redraws of the loss chart.
 */
import { chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { REPO_ROOT } from './paths';

const PORT = 5192;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

async function ensureServer(): Promise<ViteDevServer | null> {
  try {
    await fetch(`${ORIGIN}/generated/mnist/manifest.json`);
    return null;
  } catch {
    const server = await createServer({ root: REPO_ROOT, logLevel: 'warn', server: { port: PORT, strictPort: true, host: '127.0.0.1' } });
    await server.listen();
    return server;
  }
}

interface PageFigures {
  loadMs: number;
  loadUpdates: number;
  phases: string[];
  longTasks: { at: number; ms: number; phase: string }[];
  redraws: { at: number; phase: string }[];
  wallMs: number;
  epochs: { seconds: number; imagesPerSecond: number; testAccuracy: number; trainLoss: number }[];
  testAccuracy: number;
  workers: number;
}

async function main(): Promise<void> {
  const model = option('model', 'lenet5');
  const epochs = Number(option('epochs', '1'));
  const workers = Number(option('workers', '2'));
  const server = await ensureServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // Long tasks of the whole visit, from the first script on.
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${ORIGIN}/lessons/train.html?lang=en`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('cnn-mnist-trainer') !== undefined);
    const figures = await page.evaluate(
      async ({ model, epochs, workers }) => {
        type Trainer = HTMLElement & Record<string, unknown> & { start(): void; run: { phase: string; results: { accuracy: number } | null; started: { workers: number } | null } };
        const trainer = document.querySelector('cnn-mnist-trainer') as unknown as Trainer;
        Object.assign(trainer, { model, epochs, workers, validationSplit: 0, earlyStopping: false, limit: null });
        await (trainer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const longTasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        const redraws: number[] = [];
        let loadUpdates = 0;
        let lastLoaded = -1;
        let chartObserver: MutationObserver | null = null;
        const began = performance.now();
        let loadMs = 0;
        const epochsSeen: PageFigures['epochs'] = [];
        trainer.addEventListener('cnn-training-epoch', (e) => {
          const d = (e as CustomEvent).detail as { seconds: number; imagesPerSecond: number; testAccuracy: number; trainLoss: number };
          epochsSeen.push({ seconds: d.seconds, imagesPerSecond: d.imagesPerSecond, testAccuracy: d.testAccuracy, trainLoss: d.trainLoss });
        });
        const done = new Promise<number>((resolve) => trainer.addEventListener('cnn-training-done', (e) => resolve((e as CustomEvent).detail.testAccuracy)));
        trainer.start();
        // Poll the page as a person would see it: the progress bar's value and the chart.
        await new Promise<void>((resolve) => {
          const tick = () => {
            const root = trainer.shadowRoot!;
            const bar = root.querySelector<HTMLProgressElement>('#data-progress');
            if (bar && bar.value !== lastLoaded) {
              lastLoaded = bar.value;
              loadUpdates++;
            }
            if (trainer.run.phase === 'training' && loadMs === 0) loadMs = performance.now() - began;
            const svg = root.querySelector('cnn-training-chart')?.shadowRoot?.querySelector('svg.chart');
            if (svg && !chartObserver && trainer.run.phase === 'training') {
              chartObserver = new MutationObserver(() => redraws.push(performance.now()));
              chartObserver.observe(svg, { subtree: true, attributes: true, attributeFilter: ['d'] });
            }
            if (loadMs > 0 && chartObserver) resolve();
            else setTimeout(tick, 20);
          };
          tick();
        });
        const trainingFrom = performance.now();
        // Phase changes, to tell redraw gaps while training from the evaluation at the end of an epoch.
        const phases: { at: number; phase: string }[] = [{ at: trainingFrom, phase: 'training' }];
        const phaseObserver = new MutationObserver(() => {
          const phase = trainer.getAttribute('phase') ?? '';
          if (phase !== phases.at(-1)?.phase) phases.push({ at: performance.now(), phase });
        });
        phaseObserver.observe(trainer, { attributes: true, attributeFilter: ['phase'] });
        const testAccuracy = await done;
        chartObserver!.disconnect();
        phaseObserver.disconnect();
        const phaseAt = (t: number) => phases.filter((p) => p.at <= t).at(-1)?.phase ?? 'training';
        return {
          loadMs, loadUpdates, phases: phases.map((p) => `${Math.round(p.at - trainingFrom)}:${p.phase}`),
          longTasks: longTasks.filter((t) => t.start >= trainingFrom).map((t) => ({ at: Math.round(t.start - trainingFrom), ms: Math.round(t.duration), phase: phaseAt(t.start) })),
          redraws: redraws.map((t) => ({ at: t, phase: phaseAt(t) })),
          wallMs: performance.now() - began, epochs: epochsSeen, testAccuracy, workers: trainer.run.started?.workers ?? 0,
        } satisfies PageFigures;
      },
      { model, epochs, workers },
    );
    // Gaps between redraws while batches are being trained (evaluation at an epoch's end draws nothing new).
    const gaps = figures.redraws.slice(1).flatMap((r, i) => (r.phase === 'training' && figures.redraws[i].phase === 'training' ? [r.at - figures.redraws[i].at] : []));
    const taskMs = figures.longTasks.map((t) => t.ms);
    console.log(JSON.stringify({ model, requestedWorkers: workers, epochs: figures.epochs }));
    console.log(`MNIST assets: ready in ${(figures.loadMs / 1000).toFixed(2)} s (${figures.loadUpdates} progress bar updates)`);
    figures.epochs.forEach((e, i) =>
      console.log(`epoch ${i + 1}: ${e.seconds.toFixed(1)} s training, ${Math.round(e.imagesPerSecond)} images/s, test accuracy ${(e.testAccuracy * 100).toFixed(2)}%`),
    );
    console.log(`run: ${(figures.wallMs / 1000).toFixed(1)} s from Start to results with ${figures.workers} worker(s); best-checkpoint test accuracy ${(figures.testAccuracy * 100).toFixed(2)}%`);
    console.log(`main thread: ${taskMs.length} long task(s) from Start to results${taskMs.length ? `, longest ${Math.max(...taskMs)} ms` : ''}: ${JSON.stringify(figures.longTasks)}`);
    console.log(`loss chart: ${figures.redraws.length} redraws, longest gap while training ${gaps.length ? Math.max(...gaps).toFixed(0) : '—'} ms`);
  } finally {
    await browser.close();
    await server?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
