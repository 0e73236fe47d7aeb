// Browser tests (Lit elements) in Debian's Chromium; vitest owns test/unit, this owns test/browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { commonjsDeps } from './test/browser/commonjs-deps-plugin.mjs';

const chromeFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Test files run in parallel tabs; keep background tabs painting so rAF-based waits finish.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a second file runs in a background tab, where animation frames
  // (which fixture() and Lit's updates may wait for) are not delivered reliably.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // commonjsDeps: mathjs (quiz grading) depends on CommonJS packages the browser cannot import as is.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), commonjsDeps()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromeFlags,
      },
    }),
  ],
};
