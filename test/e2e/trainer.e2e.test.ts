/**
 * lessons/train.html on the built site: training LeNet-5 on a few thousand MNIST images
 * from the generated assets, the loss falling and the chart drawing, pause and resume,
 * then a reload that offers to resume from the saved checkpoint, and resuming it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { elementsSettled, launchChromium, watchedPage } from './browser';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface TrainerView {
  phase: string | null;
  batches: number;
  epochs: number;
  firstLoss: number;
  lastLoss: number;
  pathPoints: number;
}

/** What the trainer shows, read through its shadow root (and its loss chart's). */
function trainerView(page: Page): Promise<TrainerView> {
  return page.evaluate(() => {
    type Trainer = HTMLElement & { run: { history: { batchLoss: number[]; epochs: unknown[] } } };
    const trainer = document.querySelector('cnn-mnist-trainer') as Trainer;
    const losses = trainer.run.history.batchLoss;
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    const path = trainer.shadowRoot?.querySelector('cnn-training-chart')?.shadowRoot?.querySelector('g.series path');
    return {
      phase: trainer.getAttribute('phase'),
      batches: losses.length,
      epochs: trainer.run.history.epochs.length,
      firstLoss: mean(losses.slice(0, 10)),
      lastLoss: mean(losses.slice(-10)),
      pathPoints: (path?.getAttribute('d')?.match(/[ML]/g) ?? []).length,
    };
  });
}

async function until(page: Page, check: (view: TrainerView) => boolean, what: string, timeoutMs = 60000): Promise<TrainerView> {
  const started = Date.now();
  for (;;) {
    const view = await trainerView(page);
    if (check(view)) return view;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(view)}`);
    await page.waitForTimeout(100);
  }
}

describe('lessons/train.html', () => {
  test('trains, draws the falling loss, pauses, resumes, and offers to resume after a reload', { timeout: 180_000 }, async () => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${baseURL}/lessons/train.html?lang=en`, { waitUntil: 'load' });
    await elementsSettled(page);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    // A short run: 6,000 images of LeNet-5, 2 epochs, 2 workers, on the JavaScript kernels: this
    // test is about the page's flow, and the WebAssembly kernels finish an epoch before a click lands.
    await page.evaluate(() => {
      const trainer = document.querySelector('cnn-mnist-trainer')!;
      trainer.setAttribute('kernels', 'js');
      Object.assign(trainer, { limit: 6000, epochs: 2, validationSplit: 0.1, workers: 2, earlyStopping: false });
    });
    await page.locator('cnn-mnist-trainer [data-action="start"]').click();

    const drawn = await until(page, (v) => v.batches >= 40 && v.pathPoints >= 20, 'the chart to draw 40 batches');
    expect(drawn.lastLoss).toBeLessThan(drawn.firstLoss);

    await page.locator('cnn-mnist-trainer [data-action="pause"]').click();
    const paused = await until(page, (v) => v.phase === 'paused', 'the pause');
    await page.waitForTimeout(500);
    expect((await trainerView(page)).batches).toBe(paused.batches);
    await page.locator('cnn-mnist-trainer [data-action="resume"]').click();
    await until(page, (v) => v.batches > paused.batches, 'training to go on');

    // After the first epoch its checkpoint is written; pause in the second epoch and reload.
    await until(page, (v) => v.epochs >= 1 && v.phase === 'training', 'the second epoch');
    await page.locator('cnn-mnist-trainer [data-action="pause"]').click();
    await until(page, (v) => v.phase === 'paused', 'the pause in the second epoch');
    await page.reload({ waitUntil: 'load' });
    await elementsSettled(page);
    const banner = page.locator('cnn-mnist-trainer [part="banner"]');
    await banner.waitFor({ timeout: 20000 });
    expect(await banner.textContent()).toMatch(/A saved run can continue: LeNet-5 \(ReLU, max pooling\), 1 of 2 epochs/);

    await page.locator('cnn-mnist-trainer [data-action="resume-saved"]').click();
    const done = await until(page, (v) => v.phase === 'done', 'the resumed run to finish', 120000);
    expect(done.epochs).toBe(2);
    const accuracy = await page.locator('cnn-mnist-trainer [data-result="accuracy"]').textContent();
    expect(Number(accuracy?.replace('%', ''))).toBeGreaterThan(80);
    expect(problems).toEqual([]);
    await close();
  });
});
