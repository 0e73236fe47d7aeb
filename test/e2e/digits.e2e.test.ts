/**
 * The built site as a student uses lessons 11–13: draw a "1" and a "0" on the pad of
 * lesson 11 with real mouse moves and get them read as 1 and 0 by the pretrained LeNet-5
 * shipped in public/pretrained; the pages of lessons 10–13 fit a 390 px phone without
 * sideways scrolling and load without errors. Screenshots at 1280×720 and 390×844, in
 * English and Korean, go to screenshots/digits-*.png for a person to look at.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { elementsSettled, launchChromium, watchedPage } from './browser';
import { REPO_ROOT } from './paths';

const SCREENSHOTS = join(REPO_ROOT, 'screenshots');
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;
const LANGS = ['en', 'ko'] as const;
const LESSONS = ['10-parameters', '11-lenet-mnist', '12-training-techniques', '13-what-cnns-see'];

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const file of readdirSync(SCREENSHOTS)) if (/^digits-.*\.png$/.test(file)) rmSync(join(SCREENSHOTS, file));
});

afterAll(async () => {
  await browser?.close();
});

/** The classifier's model has loaded (it fetches /pretrained/lenet5.cnnw). */
async function modelReady(page: Page, selector = 'cnn-digit-classifier'): Promise<void> {
  await page.waitForFunction((s) => (document.querySelector(s) as (Element & { network?: unknown }) | null)?.network != null, selector, { timeout: 20_000 });
}

/** Draws one stroke through points given as fractions of the pad, with the mouse. */
async function drawStroke(page: Page, points: [number, number][]): Promise<void> {
  // Playwright's CSS selectors reach into open shadow roots.
  const pad = page.locator('cnn-digit-classifier cnn-digit-pad canvas[part="pad"]').first();
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the drawing pad is not on screen');
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 2 });
  await page.mouse.up();
}

const prediction = (page: Page) =>
  page.evaluate(() => (document.querySelector('cnn-digit-classifier') as Element & { prediction: number | null }).prediction);

const ONE: [number, number][] = Array.from({ length: 10 }, (_, i) => [0.5, 0.15 + i * 0.078]);
const ZERO: [number, number][] = Array.from({ length: 41 }, (_, i) => {
  const a = (i / 40) * 2 * Math.PI;
  return [0.5 + 0.22 * Math.sin(a), 0.5 - 0.3 * Math.cos(a)];
});

describe('draw a digit (lesson 11)', () => {
  test.each(LANGS)('a "1" and a "0" drawn with the mouse are read as 1 and 0 (%s)', async (lang) => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${baseURL}/lessons/11-lenet-mnist.html?lang=${lang}`, { waitUntil: 'load' });
    await elementsSettled(page);
    await modelReady(page);
    await drawStroke(page, ONE);
    await expect.poll(() => prediction(page)).toBe(1);
    const digit = page.locator('cnn-digit-classifier [part="digit"]');
    expect((await digit.textContent())?.trim()).toBe('1');
    await page.locator('cnn-digit-classifier cnn-digit-pad [part="clear-button"]').click();
    await expect.poll(() => prediction(page)).toBe(null);
    await drawStroke(page, ZERO);
    await expect.poll(() => prediction(page)).toBe(0);
    await page.locator('#draw').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `digits-${lang}-1280x720-11-draw-zero.png`) });
    expect(problems).toEqual([]);
    await close();
  });
});

describe('lessons 10–13 on a laptop and a phone', () => {
  const cases = LESSONS.flatMap((slug) => LANGS.flatMap((lang) => SCREENS.map((screen) => ({ slug, lang, screen }))));

  test.each(cases)('$slug in $lang at $screen.width×$screen.height: no error, no sideways scrolling', async ({ slug, lang, screen }) => {
    const { page, problems, close } = await watchedPage(browser, screen);
    await page.goto(`${baseURL}/lessons/${slug}.html?lang=${lang}`, { waitUntil: 'load' });
    await elementsSettled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The first demo of the page, as a student first sees it.
    await page.locator('.demo').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `digits-${lang}-${screen.width}x${screen.height}-${slug}.png`) });
    expect(problems).toEqual([]);
    await close();
  });

  test.each(LANGS)('lesson 13 shows the feature maps of a test image and keeps the image in the URL (%s)', async (lang) => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${baseURL}/lessons/13-what-cnns-see.html?lang=${lang}&f.image=1`, { waitUntil: 'load' });
    await elementsSettled(page);
    const maps = page.locator('cnn-feature-maps[data-url-key="f"]');
    await expect.poll(() => maps.locator('canvas[part="map"]').count(), { timeout: 20_000 }).toBe(6 + 6 + 16 + 16);
    // Test image 1 is a 2; the next one (→) is a 1.
    expect(await maps.evaluate((el) => (el as unknown as { inference: { predicted: number } | null }).inference?.predicted)).toBe(2);
    await maps.locator('[part="container"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('f.image'))).toBe('2');
    await maps.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `digits-${lang}-1280x720-13-feature-maps.png`) });
    expect(problems).toEqual([]);
    await close();
  });
});
