/**
 * The reveal.js deck (lessons/slides.html) as a presenter uses it: it loads in both
 * languages, ←/→ change slides, but inside a focused stepper they step the stepper and
 * the slide stays. Every slide is checked to fit 16:9 and 4:3 screens and saved to
 * screenshots/ so a person can look at what the class would see.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { elementsSettled, launchChromium, watchedPage } from './browser';
import { REPO_ROOT } from './paths';

interface Screen {
  width: number;
  height: number;
}

/** A 16:9 laptop or projector, and the 4:3 projectors many lecture rooms still have. */
const WIDE: Screen = { width: 1280, height: 720 };
const FOUR_BY_THREE: Screen = { width: 1024, height: 768 };
const SCREENSHOTS = join(REPO_ROOT, 'screenshots');
const HANGUL = /[\uac00-\ud7a3]/;

interface Indices {
  h: number;
  v: number;
}

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Pictures of slides that no longer exist would mislead whoever looks at the folder.
  for (const file of readdirSync(SCREENSHOTS)) if (/^deck-.*\.png$/.test(file)) rmSync(join(SCREENSHOTS, file));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the deck (reveal.js reads `transition=none` from the query) and waits until it is ready. */
async function openDeck(lang: 'en' | 'ko', screen: Screen = WIDE) {
  const watched = await watchedPage(browser, screen);
  await watched.page.goto(`${baseURL}/lessons/slides.html?lang=${lang}&transition=none`);
  await watched.page.waitForFunction(() => {
    const deck = (window as { Reveal?: { isReady?: () => boolean } }).Reveal;
    return deck?.isReady?.() === true;
  });
  await elementsSettled(watched.page);
  return watched;
}

function indices(page: Page): Promise<Indices> {
  return page.evaluate(() => (window as unknown as { Reveal: { getIndices(): Indices } }).Reveal.getIndices());
}

function goToSlide(page: Page, index: number): Promise<void> {
  return page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), index);
}

/** Index of the first slide holding an element with a numeric `step` (a stepper), or -1. */
function firstStepperSlide(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.slides > section')].findIndex((slide) =>
      [...slide.querySelectorAll('*')].some((element) => typeof (element as { step?: unknown }).step === 'number'),
    ),
  );
}

describe('slide deck', () => {
  test.each(['en', 'ko'] as const)('loads in %s with headings in that language and no error', async (lang) => {
    const { page, problems, close } = await openDeck(lang);
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    // Title, at least the conv stepper and matrix slides, and the embed snippet.
    expect(total).toBeGreaterThanOrEqual(3);
    // Every slide's headings and hints carry both languages; only the page's is displayed.
    const shownLangs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.slides .l10n')]
        .filter((text) => getComputedStyle(text).display !== 'none')
        .map((text) => text.lang),
    );
    expect(shownLangs.length).toBeGreaterThan(total);
    expect(new Set(shownLangs)).toEqual(new Set([lang]));
    const shownHeadings = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.slides .l10n')]
        .filter((text) => getComputedStyle(text).display !== 'none')
        .map((text) => text.textContent)
        .join(' '),
    );
    expect(HANGUL.test(shownHeadings)).toBe(lang === 'ko');
    expect(problems).toEqual([]);
    await close();
  });

  test('ArrowRight on the page moves to the next slide', async () => {
    const { page, problems, close } = await openDeck('en');
    expect(await indices(page)).toMatchObject({ h: 0 });
    await page.locator('body').press('ArrowRight');
    expect(await indices(page)).toMatchObject({ h: 1 });
    await page.locator('body').press('ArrowLeft');
    expect(await indices(page)).toMatchObject({ h: 0 });
    expect(problems).toEqual([]);
    await close();
  });

  test('ArrowRight inside a focused stepper steps it and keeps the slide', async () => {
    const { page, problems, close } = await openDeck('en');
    const slide = await firstStepperSlide(page);
    expect(slide).toBeGreaterThan(0);
    await goToSlide(page, slide);
    const stepper = page.locator(`.slides > section:nth-of-type(${slide + 1}) [step]`).first();
    await expect.poll(() => stepper.getAttribute('step')).toBe('0');
    await stepper.focus();
    const before = await indices(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepper.getAttribute('step')).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepper.getAttribute('step')).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepper.getAttribute('step')).toBe('1');
    expect(await indices(page)).toEqual(before);

    // Leaving the slide releases the stepper's focus, so the arrows drive the deck again.
    await page.evaluate(() => (window as unknown as { Reveal: { next(): void } }).Reveal.next());
    await page.keyboard.press('ArrowRight');
    expect(await indices(page)).toMatchObject({ h: before.h + 2 });
    expect(await stepper.getAttribute('step')).toBe('1');
    expect(problems).toEqual([]);
    await close();
  });

  test.each([
    { lang: 'en', screen: WIDE },
    { lang: 'ko', screen: WIDE },
    { lang: 'en', screen: FOUR_BY_THREE },
  ] as const)('every slide fits $screen.width×$screen.height in $lang (screenshots/deck-*.png)', async ({ lang, screen }) => {
    const { page, problems, close } = await openDeck(lang, screen);
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    const overflowing: string[] = [];
    for (let index = 0; index < total; index++) {
      await goToSlide(page, index);
      // Let the elements redraw at their measured size and finish a ≤ 300 ms transition.
      await elementsSettled(page);
      await page.waitForTimeout(400);
      const layout = await page.evaluate(() => {
        const slide = (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide();
        const boxes = [slide, ...slide.querySelectorAll('*')]
          .filter((element) => element === slide || element.localName.startsWith('cnn-'))
          .map((element) => element.getBoundingClientRect());
        const rendered = [...slide.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('cnn-'))
          .every((element) => (element.shadowRoot?.childElementCount ?? 0) > 0);
        // Content cut off inside an element (a box that clips or scrolls sideways).
        const clipped: string[] = [];
        const visit = (root: ShadowRoot) => {
          for (const inner of root.querySelectorAll<HTMLElement>('*')) {
            const overflowX = getComputedStyle(inner).overflowX;
            // Visually hidden texts (1 px boxes) and file pickers behind a button clip on purpose.
            const hiddenPicker = inner instanceof HTMLInputElement && inner.type === 'file';
            if (overflowX !== 'visible' && !hiddenPicker && inner.clientWidth > 1 && inner.scrollWidth > inner.clientWidth + 1) {
              clipped.push(`${root.host.localName} ${inner.localName}.${inner.className}`);
            }
            if (inner.shadowRoot) visit(inner.shadowRoot);
          }
        };
        for (const element of slide.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
        return {
          name: slide.dataset.slide ?? String(slide),
          rendered,
          clipped,
          bottom: Math.max(...boxes.map((box) => box.bottom), slide.getBoundingClientRect().top + slide.scrollHeight),
          right: Math.max(...boxes.map((box) => box.right)),
          top: Math.min(...boxes.map((box) => box.top)),
          left: Math.min(...boxes.map((box) => box.left)),
        };
      });
      const file = `deck-${lang}-${screen.width}x${screen.height}-${String(index + 1).padStart(2, '0')}-${layout.name}.png`;
      await page.screenshot({ path: join(SCREENSHOTS, file) });
      const fits = layout.top >= 0 && layout.left >= 0 && layout.bottom <= screen.height && layout.right <= screen.width;
      if (!fits || !layout.rendered || layout.clipped.length > 0) overflowing.push(`${file}: ${JSON.stringify(layout)}`);
    }
    expect(overflowing).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
