/**
 * The kernels benchmark in headless Chromium: `npx tsx src/bench/chromium.ts [--reps N]`. Serves
 * the repository with vite (its config sends COOP/COEP, so the page is cross-origin isolated
 * and the 2-worker runs get SharedArrayBuffer), opens src/bench/chromium/index.html in Debian's
 * Chromium and prints the page's figures: training and inference images/s (wall clock) of
 * the JavaScript, SIMD and relaxed SIMD kernels, in the page's thread and with 2 Web Workers.
 * `--epoch` adds one epoch of MNIST (needs npm run build:data) on 2 workers, JS and relaxed SIMD.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import type { ChromiumBench } from './chromium/page';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const PORT = 5197;
const root = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const at = process.argv.indexOf('--reps');
  const reps = at >= 0 ? Number(process.argv[at + 1]) : 5;
  const epoch = process.argv.includes('--epoch');
  const server = await createServer({ root, logLevel: 'warn', server: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${PORT}/src/bench/chromium/index.html?reps=${reps}${epoch ? '&epoch' : ''}`);
    await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench !== undefined, undefined, { timeout: 600_000 });
    const result = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as ChromiumBench;
    if (result.error) throw new Error(result.error);
    console.log(`\nLeNet-5 (modern) in ${result.userAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? 'Chromium'}, ` +
      `cross-origin isolated: ${result.crossOriginIsolated}; wall clock, median of ${reps} reps; train batch 64, inference batch 256`);
    console.log(`'auto' picks ${result.auto.kind}: ${result.auto.reason}\n`);
    const header = ['kernels', 'threads', 'train img/s', 'infer img/s'];
    const body = result.rows.map((r) => [r.kind, r.workers === 1 ? 'page' : `${r.workers} workers`, Math.round(r.trainImagesPerSecond).toLocaleString('en-US'),
      Math.round(r.inferImagesPerSecond).toLocaleString('en-US')]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    body.forEach((b) => console.log(line(b)));
    for (const e of result.epochs) {
      console.log(`\none epoch of MNIST (lenet5 recipe, seed 1, 2 workers), ${e.kind}: ${e.seconds.toFixed(1)} s of training, test accuracy ${(100 * e.testAccuracy).toFixed(2)} %`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`chromium bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
