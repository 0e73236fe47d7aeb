import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReplicaPort, SpawnReplica } from './ports';
import type { FromReplica, ToReplica } from './protocol';

/**
 * Node replica threads running TypeScript. `execArgv: ['--import', 'tsx']` does not
 * work for worker entry files on Node 20 (the .ts entry is resolved before tsx's hooks
 * are registered in the worker), so each worker starts from a small evaluated script
 * that registers tsx's ESM hooks in that thread, then imports the real entry. This
 * works whether the parent runs under tsx (the CLI) or vitest.
 */
function bootstrapSource(entryUrl: string): string {
  return `import(${JSON.stringify(tsxEsmApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(entryUrl)}); });`;
}

/**
 * The ESM build of tsx's API, located through tsx's own export map: its CommonJS build
 * cannot register hooks from an evaluated worker script, and a bare 'tsx/esm/api' would
 * resolve against the process's working directory rather than this project.
 */
function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports['./esm/api'];
  const relative = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!relative) throw new Error('tsx does not export ./esm/api for import; cannot start TypeScript worker threads');
  return pathToFileURL(join(dirname(packageJson), relative)).href;
}

const defaultEntry = new URL('./node-replica-worker.ts', import.meta.url).href;

/** Spawns replica threads running node-replica-worker.ts (or another entry with the same protocol). */
export function nodeReplicaSpawner(entryUrl: string = defaultEntry): SpawnReplica {
  const source = bootstrapSource(entryUrl);
  return (index) => spawnNodeReplica(source, index);
}

function spawnNodeReplica(source: string, index: number): ReplicaPort {
  const worker = new Worker(source, { eval: true, name: `convlab-replica-${index}` });
  let stopping = false;
  return {
    post: (message: ToReplica) => worker.postMessage(message),
    listen(onMessage, onFailure) {
      worker.on('message', (m: FromReplica) => onMessage(m));
      worker.on('error', (error) => onFailure(error instanceof Error ? error : new Error(String(error))));
      worker.on('exit', (code) => {
        if (!stopping) onFailure(new Error(`replica ${index} exited unexpectedly (code ${code})`));
      });
    },
    async terminate() {
      stopping = true;
      await worker.terminate();
    },
  };
}
