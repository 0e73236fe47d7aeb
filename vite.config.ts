import { defineConfig } from 'vitest/config';
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every HTML page of the site: the landing page plus each lesson. */
function htmlPages(): Record<string, string> {
  const pages: Record<string, string> = { index: resolve(__dirname, 'index.html') };
  for (const dir of ['lessons']) {
    const full = resolve(__dirname, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full)) {
      if (file.endsWith('.html')) pages[`${dir}/${file.replace(/\.html$/, '')}`] = resolve(full, file);
    }
  }
  return pages;
}

// Cross-origin isolation gives SharedArrayBuffer to multi-worker training.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolationHeaders, port: 5173, host: '127.0.0.1' },
  preview: { headers: isolationHeaders, port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    rollupOptions: { input: htmlPages() },
  },
  test: {
    // Two projects with disjoint globs: `vitest run --project unit` (npm run test:unit) and
    // `--project e2e` (npm run test:e2e: the built site in Chromium through playwright-core).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds dist/ when stale, serves it with `vite preview`, shares the URL.
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has 2 cores and the pages run real work.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
