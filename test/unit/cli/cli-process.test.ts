import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRAIN_FLAGS } from '../../../src/cli/train-options';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'convlab-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('npm run train, as a process', () => {
  it('--help exits 0 and documents every flag', async () => {
    const { code, stdout } = await runCli('train', ['--help']);
    expect(code).toBe(0);
    for (const flag of Object.keys(TRAIN_FLAGS)) expect(stdout).toContain(`--${flag}`);
    expect(stdout).toMatch(/--workers N +threads computing gradients.*\[default: 1\]/);
  });

  it.each([
    [['--bogus'], 'unknown flag --bogus'],
    [['--epochs'], '--epochs needs a value'],
    [['--lr', 'fast'], '--lr needs a number, got "fast"'],
    [['--model', 'resnet'], '--model must be one of lenet5, lenet5-classic, mlp'],
    [['--workers', '0'], '--workers must be ≥ 1, got 0'],
    [['--epochs', '1.5'], '--epochs needs a whole number, got "1.5"'],
  ])('%j exits 2 with the reason and the usage on stderr', async (args, reason) => {
    const { code, stderr, stdout } = await runCli('train', args);
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
    expect(stderr).toContain('Usage: npm run train');
    expect(stdout).toBe('');
  });
});

describe('npm run train then npm run eval', () => {
  it('writes a weights file whose evaluation repeats the reported test accuracy', async () => {
    const out = join(dir, 'mlp.bin');
    const trained = await runCli('train', '--model mlp --epochs 1 --limit 2000 --test-limit 500 --seed 4 --out'.split(' ').concat(out));
    expect(trained.code).toBe(0);
    const reported = /^test accuracy: (0\.\d{4})$/m.exec(trained.stdout);
    expect(reported).not.toBeNull();
    expect(Number(reported![1])).toBeGreaterThan(0.7);
    expect(trained.stderr).toContain(`weights written to ${out}`);

    const evaluated = await runCli('eval', ['--weights', out, '--limit', '500']);
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).toContain(`test accuracy: ${reported![1]} (500 images)`);
    expect(evaluated.stderr).toContain('model "mlp", epochs 1, seed 4');
    // Header plus one row per digit, whose counts add up to the 500 images.
    const rows = evaluated.stdout.trim().split('\n').slice(-10);
    const total = rows.map((r) => r.trim().split(/\s+/).slice(1, 11).map(Number).reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0);
    expect(total).toBe(500);
  });
});

describe('npm run train, interrupted', () => {
  it('Ctrl-C during multi-worker training stops the workers, writes no weights and exits 130', async () => {
    const out = join(dir, 'interrupted.bin');
    let sent = false;
    const { code, stderr } = await runCli('train', ['--model', 'mlp', '--epochs', '1', '--workers', '2', '--out', out], (text, child) => {
      if (!sent && text.includes('epoch 1/1 [')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toContain('training stopped; no weights written');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('interrupted'))).toEqual([]); // no temp file either
  });
});

describe.concurrent('npm run eval, as a process', () => {
  it('exits 1 with the weights-format message for a truncated file', async () => {
    // A valid preamble ("CNNW", version 1, header of 64 bytes) followed by only 8 bytes.
    const file = join(dir, 'truncated.bin');
    writeFileSync(file, Uint8Array.from([0x43, 0x4e, 0x4e, 0x57, 1, 0, 0, 0, 64, 0, 0, 0, 0x7b, 0x7d, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20]));
    const { code, stderr } = await runCli('eval', ['--weights', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: truncated weights file`);
  });

  it('exits 1 naming a file that is not a weights file', async () => {
    const file = join(dir, 'text.bin');
    writeFileSync(file, 'hello, this is not a model');
    const { code, stderr } = await runCli('eval', ['--weights', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('not a ConvLab weights file');
  });

  it('exits 2 without --weights, 0 for --help', async () => {
    const [missing, help] = await Promise.all([runCli('eval', []), runCli('eval', ['--help'])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--weights is required');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--weights FILE');
  });
});
