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
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
