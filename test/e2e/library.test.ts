/**
 * The embeddable bundle on its own: a plain HTML page with one script tag, served from a
 * temporary folder that holds nothing but that page and a copy of dist/lib/convlab.js
 * (no vite, no node_modules, no other asset), as an instructor's slides would be.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { elementsSettled, launchChromium, watchedPage } from './browser';
import { LIB_DIR } from './paths';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Embed</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/lib/convlab.js"></script>
  </head>
  <body>
    <cnn-matrix values="[[1,-2],[3,4]]"></cnn-matrix>
  </body>
</html>
`;

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** A static file server over `root` on a free port of 127.0.0.1. */
async function serveFolder(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Tag names the custom-elements manifest declares (components/**, by the analyzer). */
function manifestTags(): string[] {
  const manifest = JSON.parse(readFileSync(join(LIB_DIR, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
}

describe('library bundle dist/lib/convlab.js', () => {
  let browser: Browser;
  let folder: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'convlab-embed-'));
    mkdirSync(join(folder, 'lib'));
    copyFileSync(join(LIB_DIR, 'convlab.js'), join(folder, 'lib', 'convlab.js'));
    writeFileSync(join(folder, 'index.html'), PAGE);
    ({ server, origin } = await serveFolder(folder));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('one script tag renders a cnn-matrix and loads nothing else', async () => {
    const { page, problems, close } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/`);
    await elementsSettled(page);
    const cells = await page.evaluate(() => {
      const matrix = document.querySelector('cnn-matrix');
      const found = matrix?.shadowRoot?.querySelectorAll('[role="gridcell"]') ?? [];
      return [...found].map((cell) => cell.textContent?.trim());
    });
    // Row-major, printed with a true minus sign.
    expect(cells).toEqual(['1', '−2', '3', '4']);
    expect(requested).toEqual(['/', '/lib/convlab.js']);
    expect(problems).toEqual([]);
    await close();
  });

  test('defines every tag the custom-elements manifest declares', async () => {
    const tags = manifestTags();
    expect(tags).toContain('cnn-matrix');
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => customElements.get('cnn-matrix') !== undefined);
    const undefinedTags = await page.evaluate((names) => names.filter((name) => !customElements.get(name)), tags);
    // A tag listed here is missing its import line in components/index.ts.
    expect(undefinedTags).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
