/**
 * Debian's Chromium through playwright-core, and pages that record every console error
 * and uncaught exception, so a test can assert that a page loaded cleanly.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Without the networking flags Chromium floods the closed network (shared/TOOLCHAIN.md). */
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_FLAGS,
  });
}

/** A page plus what went wrong on it, in the order it happened. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console messages of type "error" and uncaught exceptions, as text. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh context (no shared storage between tests) with one page being watched. */
export async function watchedPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, context, problems, close: () => context.close() };
}

/** Every custom element has upgraded and finished its first Lit render. */
export async function elementsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pending = [...document.querySelectorAll('*')]
      .filter((element) => element.localName.includes('-'))
      .map(async (element) => {
        await customElements.whenDefined(element.localName).catch(() => undefined);
        const lit = element as Element & { updateComplete?: Promise<unknown> };
        await lit.updateComplete;
      });
    // Elements that never get defined (a tag from a later release) must not hang the test.
    await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 5000))]);
  });
}
