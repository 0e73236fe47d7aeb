import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
