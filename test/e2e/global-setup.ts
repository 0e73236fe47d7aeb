/**
 * Global setup of the e2e project: make sure dist/ is a build of the current sources
 * (rebuilding with `npm run build` when it is missing or older than any source file),
 * serve it with `vite preview` on a free local port (the same COOP/COEP headers as the
 * real site), and hand the URL to the tests through `inject('baseURL')`.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildOutputs, newestSourceTime, oldestOutputTime, REPO_ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
  }
}

function ensureFreshBuild(): void {
  const outputs = oldestOutputTime();
  const sources = newestSourceTime();
  if (outputs !== null && outputs >= sources) return;
  const why = outputs === null ? `missing ${buildOutputs().join(' or ')}` : 'sources changed since the last build';
  console.log(`[e2e] building the site (${why}) …`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  console.log(`[e2e] build done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureFreshBuild();
  // Port 0: the system picks a free port, so parallel runs and a running dev server never clash.
  const server = await preview({
    root: REPO_ROOT,
    logLevel: 'warn',
    preview: { port: 0, strictPort: true, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}
