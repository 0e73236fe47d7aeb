/**
 * The built site in Chromium: the landing page and every lesson of lessons/manifest.ts
 * load in English and Korean without a console error or an uncaught exception.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { lessons } from '../../lessons/manifest';
import { elementsSettled, launchChromium, watchedPage } from './browser';
import { DIST_DIR } from './paths';

const LANGS = ['en', 'ko'] as const;
const HANGUL = /[\uac00-\ud7a3]/;

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Text of the 3×3 `cnn-matrix` grids on the page (searching open shadow roots too), row-major. */
function threeByThreeGrids(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const grids: string[][] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'cnn-matrix' && element.shadowRoot) {
          const cells = [...element.shadowRoot.querySelectorAll('[role="gridcell"]')];
          const rows = element.shadowRoot.querySelectorAll('[role="row"]').length;
          if (rows === 3 && cells.length === 9) grids.push(cells.map((cell) => cell.textContent?.trim() ?? ''));
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return grids;
  });
}

/** Opens `path` in `lang`, waits for every element's first render, returns what went wrong. */
async function load(path: string, lang: (typeof LANGS)[number]) {
  const watched = await watchedPage(browser);
  const separator = path.includes('?') ? '&' : '?';
  await watched.page.goto(`${baseURL}${path}${separator}lang=${lang}`, { waitUntil: 'load' });
  await elementsSettled(watched.page);
  return watched;
}

describe('landing page', () => {
  test.each(LANGS)('loads in %s with the worked example and no error', async (lang) => {
    const { page, problems, close } = await load('/', lang);
    // Curriculum example A: the vertical-edge kernel gives 6 in the output's top-left cell.
    await page.waitForFunction(() => document.querySelector('cnn-matrix') !== null);
    const grids = await threeByThreeGrids(page);
    expect(grids.some((cells) => cells[0] === '6')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // Headings, not the whole page: the language switch says "한국어" in English too.
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.textContent).join(' '));
    expect(HANGUL.test(headings)).toBe(lang === 'ko');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('lessons listed in lessons/manifest.ts', () => {
  const pages = lessons.flatMap((lesson) => LANGS.map((lang) => ({ slug: lesson.slug, lang })));

  test('every listed lesson has a unique slug and a built page', () => {
    const slugs = lessons.map((lesson) => lesson.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    // vite preview answers a missing page with the landing page, so look in dist/.
    const missing = slugs.filter((slug) => !existsSync(join(DIST_DIR, 'lessons', `${slug}.html`)));
    expect(missing).toEqual([]);
  });

  test.each(pages)('lesson $slug loads in $lang with no error', async ({ slug, lang }) => {
    const { page, problems, close } = await load(`/lessons/${slug}.html`, lang);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(problems).toEqual([]);
    await close();
  });
});
