/**
 * Screenshots of the browser trainer for a person to look at (not part of CI):
 *   npx tsx test/e2e/trainer-screenshots.ts [--schemes light,dark] [--limit 3000]
 * Serves the site with vite on port 5192 (unless something already answers there), then
 * for 1280×720 and 390×844, English and Korean: a short LeNet-5 run, a shot while it
 * trains (settings, progress, charts) and shots after it (results; whole page).
 * Files go to screenshots/trainer-<lang>-<scheme>-<size>-<moment>.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { REPO_ROOT } from './paths';

const PORT = 5192;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SIZES = [{ width: 1280, height: 720 }, { width: 390, height: 844 }];
const OUT = join(REPO_ROOT, 'screenshots');

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

/** Scrolls the trainer's part into view (its top at the top of the window). */
async function scrollToPart(page: Page, part: string): Promise<void> {
  await page.evaluate((p) => {
    const target = document.querySelector('cnn-mnist-trainer')?.shadowRoot?.querySelector(`[part~="${p}"]`);
    target?.scrollIntoView({ block: 'start' });
  }, part);
  await page.waitForTimeout(400);
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`screenshots/${name}.png`);
}

async function main(): Promise<void> {
  const limit = Number(option('limit', '3000'));
  const schemes = option('schemes', 'light').split(',') as ('light' | 'dark')[];
  mkdirSync(OUT, { recursive: true });
  const server = await ensureServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    for (const scheme of schemes) {
      for (const size of SIZES) {
        for (const lang of ['en', 'ko']) {
          const context = await browser.newContext({ viewport: size, colorScheme: scheme });
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error(`page error (${lang} ${size.width}): ${error.message}`));
          await page.goto(`${ORIGIN}/lessons/train.html?lang=${lang}`, { waitUntil: 'load' });
          await page.waitForFunction(() => customElements.get('cnn-mnist-trainer') !== undefined);
          await page.evaluate((n) => {
            Object.assign(document.querySelector('cnn-mnist-trainer')!, { limit: n, epochs: 2, earlyStopping: false });
          }, limit);
          const base = `trainer-${lang}-${scheme}-${size.width}x${size.height}`;
          await scrollToPart(page, 'settings');
          await shoot(page, `${base}-settings`);
          await page.evaluate(() => (document.querySelector('cnn-mnist-trainer') as HTMLElement & { start(): void }).start());
          // While training: halfway through the second epoch.
          await page.waitForFunction(() => {
            const t = document.querySelector('cnn-mnist-trainer') as HTMLElement & { run: { history: { batchLoss: number[]; batchesPerEpoch: number } } };
            const h = t.run.history;
            return h.batchesPerEpoch > 0 && h.batchLoss.length > 1.5 * h.batchesPerEpoch;
          }, null, { timeout: 120000, polling: 200 });
          await scrollToPart(page, 'actions');
          await shoot(page, `${base}-during`);
          await page.waitForFunction(() => document.querySelector('cnn-mnist-trainer')?.getAttribute('phase') === 'done', null, { timeout: 120000, polling: 250 });
          await scrollToPart(page, 'charts');
          await shoot(page, `${base}-after-charts`);
          await scrollToPart(page, 'results');
          await shoot(page, `${base}-after-results`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
