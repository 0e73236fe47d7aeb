import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  encodeIdxImages,
  encodeIdxLabels,
  fetchMnist,
  fnv1a32,
  MnistAssetError,
  validateManifest,
  type LoadProgress,
} from '../../../src/data';
import { buildMnistAssets, MNIST_IDX_FILES } from '../../../src/data/node';

const work = mkdtempSync(join(tmpdir(), 'convlab-assets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Synthetic idx sources: 30 train and 12 test images of 3×4; image i is all (i mod 256), label i mod 10. */
function writeSources(dir: string): void {
  for (const [split, count] of [['train', 30], ['test', 12]] as const) {
    const pixels = new Uint8Array(count * 12);
    for (let i = 0; i < count; i++) pixels.fill(i, i * 12, (i + 1) * 12);
    const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
    writeFileSync(join(dir, MNIST_IDX_FILES[split].images), encodeIdxImages(pixels, count, 3, 4));
    writeFileSync(join(dir, MNIST_IDX_FILES[split].labels), encodeIdxLabels(labels));
  }
}

/** A fetch over the output folder, as the dev server would serve it. */
function diskFetch(dir: string) {
  return async (url: string): Promise<Response> => {
    try {
      return new Response(readFileSync(join(dir, url.replace(/^\/generated\/mnist\//, ''))));
    } catch {
      return new Response('missing', { status: 404 });
    }
  };
}

describe('MNIST browser assets', () => {
  const source = join(work, 'src');
  const out = join(work, 'out');
  mkdirSync(source);
  writeSources(source);

  it('builds files that the browser loader accepts, then skips an up-to-date build', async () => {
    expect(buildMnistAssets(source, out).status).toBe('built');
    const manifest = validateManifest(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.splits.train.count).toBe(30);
    expect(manifest.splits.test.images.bytes).toBe(12 * 12);
    // Checksum of the raw train labels, computed here independently of the builder.
    expect(manifest.splits.train.labels.checksum).toBe(fnv1a32(Uint8Array.from({ length: 30 }, (_, i) => i % 10)));

    const progress: LoadProgress[] = [];
    const loaded = await fetchMnist({ fetch: diskFetch(out), onProgress: (p) => progress.push(p), shared: true });
    expect(loaded.train?.count).toBe(30);
    expect([loaded.test?.rows, loaded.test?.cols]).toEqual([3, 4]);
    expect(loaded.test?.images[11 * 12]).toBe(11);
    expect(loaded.train?.labels[27]).toBe(7);
    expect(loaded.train?.images.buffer).toBeInstanceOf(SharedArrayBuffer);
    const last = progress[progress.length - 1];
    expect(last.loadedBytes).toBe(30 * 12 + 30 + 12 * 12 + 12);
    expect(last.totalBytes).toBe(last.loadedBytes);

    expect(buildMnistAssets(source, out).status).toBe('up-to-date');
  });

  it('detects a corrupted or truncated asset, and rebuilds it', async () => {
    const file = join(out, 'test-images.u8');
    const bytes = readFileSync(file);
    bytes[5] ^= 0xff;
    writeFileSync(file, bytes);
    await expect(fetchMnist({ fetch: diskFetch(out) })).rejects.toThrow(/test-images\.u8: checksum [0-9a-f]{8} does not match/);

    writeFileSync(file, bytes.subarray(0, 100));
    await expect(fetchMnist({ fetch: diskFetch(out) })).rejects.toThrow('test-images.u8: expected 144 bytes, got 100 — truncated download?');
    expect(buildMnistAssets(source, out).status).toBe('built');
    await expect(fetchMnist({ fetch: diskFetch(out), splits: ['test'] })).resolves.toHaveProperty('test.count', 12);
  });

  it('rejects manifests that are malformed, inconsistent or missing', async () => {
    const good = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(() => validateManifest({ ...good, format: 'other' })).toThrow(MnistAssetError);
    expect(() => validateManifest({ ...good, version: 99 })).toThrow(/version 99 is not supported/);
    const lying = structuredClone(good);
    lying.splits.train.count = 31;
    expect(() => validateManifest(lying)).toThrow('manifest: splits.train.images has 360 bytes but its count and size need 372');
    await expect(fetchMnist({ fetch: diskFetch(join(work, 'nowhere')) })).rejects.toThrow(/HTTP 404 — run npm run build:data/);
  });
});
