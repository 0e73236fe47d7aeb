/**
 * Screenshots of site pages for a person to look at: every page × language × colour
 * scheme × viewport, into screenshots/ (git-ignored). Serve the site first, e.g.
 *   npx vite --port 5199
 *   npx tsx test/e2e/screenshot.ts --base http://127.0.0.1:5199 / /lessons/convolution.html
 * Options: --langs en,ko  --schemes light,dark  --sizes 1280x720,390x844  --full (whole page)
 * Console errors and page exceptions are printed, so a broken page is noticed too.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

interface Options {
  base: string;
  paths: string[];
  langs: string[];
  schemes: ('light' | 'dark')[];
  sizes: { width: number; height: number }[];
  full: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    base: 'http://127.0.0.1:5199',
    paths: [],
    langs: ['en', 'ko'],
    schemes: ['light', 'dark'],
    sizes: [{ width: 1280, height: 720 }, { width: 390, height: 844 }],
    full: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i] ?? '';
    if (arg === '--base') options.base = next();
    else if (arg === '--langs') options.langs = next().split(',');
    else if (arg === '--schemes') options.schemes = next().split(',') as Options['schemes'];
    else if (arg === '--sizes') {
      options.sizes = next().split(',').map((size) => {
        const [width, height] = size.split('x').map(Number);
        return { width, height };
      });
    } else if (arg === '--full') options.full = true;
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths = ['/'];
  return options;
}

/** "/lessons/padding.html" → "lessons-padding". */
const slugOf = (path: string) => path.replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const outDir = resolve('screenshots');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_FLAGS });
  try {
    for (const path of options.paths) {
      for (const scheme of options.schemes) {
        for (const size of options.sizes) {
          const context = await browser.newContext({ viewport: size, colorScheme: scheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          page.on('console', (msg) => {
            if (msg.type() === 'error') console.log(`  console error (${path}): ${msg.text()}`);
          });
          page.on('pageerror', (error) => console.log(`  page error (${path}): ${error.message}`));
          for (const lang of options.langs) {
            const url = new URL(path, options.base);
            url.searchParams.set('lang', lang);
            await page.goto(url.href, { waitUntil: 'networkidle' });
            await page.evaluate(() => document.fonts.ready);
            await page.waitForTimeout(400); // let outline transitions settle
            const file = resolve(outDir, `${slugOf(path)}-${lang}-${scheme}-${size.width}x${size.height}.png`);
            await page.screenshot({ path: file, fullPage: options.full });
            console.log(file);
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
