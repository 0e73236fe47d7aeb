/**
 * Where the e2e harness looks: the repository, the build outputs it needs and the sources
 * a build is made from (to tell whether dist/ is stale). Node only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = join(REPO_ROOT, 'dist');
export const LIB_DIR = join(DIST_DIR, 'lib');

/** Files every e2e test needs from `npm run build`. */
export function buildOutputs(): string[] {
  return [join(DIST_DIR, 'index.html'), join(LIB_DIR, 'convlab.js'), join(LIB_DIR, 'custom-elements.json')];
}

/** What a build reads: folders walked recursively, plus single files. */
const SOURCE_DIRS = ['src', 'components', 'lessons', 'public'];
const SOURCE_FILES = ['index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A folder's own time changes when a file in it is added, removed or renamed.
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

/** Modification time (ms) of the most recently changed source file. */
export function newestSourceTime(): number {
  const paths = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => join(REPO_ROOT, name));
  return Math.max(0, ...paths.map(newestIn));
}

/** Modification time (ms) of the oldest build output, or null when one is missing. */
export function oldestOutputTime(): number | null {
  const outputs = buildOutputs();
  if (!outputs.every((file) => existsSync(file))) return null;
  return Math.min(...outputs.map((file) => statSync(file).mtimeMs));
}
