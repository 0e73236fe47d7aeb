import { describe, expect, it } from 'vitest';
import { formatConfusion } from '../../../src/cli/confusion-table';
import { formatUsage, parseFlags, UsageError } from '../../../src/cli/flags';
import { createProgressReporter, formatDuration, progressLine } from '../../../src/cli/progress';
import { parseTrainCommand } from '../../../src/cli/train-options';
import { RECIPES, type StepProgress } from '../../../src/train';

describe('parseFlags', () => {
  const table = {
    n: { kind: 'int' as const, help: 'count', min: 1 },
    rate: { kind: 'number' as const, help: 'rate', min: 0, minExclusive: true },
    name: { kind: 'string' as const, help: 'name', choices: ['a', 'b'] },
    on: { kind: 'boolean' as const, help: 'switch' },
  };

  it('reads --k v, --k=v and switches', () => {
    expect(parseFlags(['--n', '3', '--rate=0.5', '--name', 'b', '--on'], table)).toEqual({ n: 3, rate: 0.5, name: 'b', on: true, help: false });
    expect(parseFlags(['--on=false', '-h'], table)).toEqual({ on: false, help: true });
  });

  it.each([
    [['--n', '0'], '--n must be ≥ 1, got 0'],
    [['--rate', '0'], '--rate must be > 0, got 0'],
    [['--rate', '1e'], '--rate needs a number, got "1e"'],
    [['--rate', ''], '--rate needs a number, got ""'],
    [['--n', '--on'], '--n needs a value'],
    [['--name', 'c'], '--name must be one of a, b; got "c"'],
    [['--n', '1', '--n', '2'], '--n given twice'],
    [['extra'], 'unexpected argument "extra"'],
    [['--on=yes'], '--on is a switch'],
  ])('%j → %s', (argv, message) => {
    expect(() => parseFlags(argv, table)).toThrow(UsageError);
    expect(() => parseFlags(argv, table)).toThrow(message);
  });

  it('formats aligned usage lines with choices and defaults', () => {
    const text = formatUsage('Usage: x', { n: { kind: 'int', help: 'count', defaultText: '2' }, on: { kind: 'boolean', help: 'switch' } });
    expect(text).toBe('Usage: x\n\nOptions:\n  --n N   count [default: 2]\n  --on    switch\n  --help  show this help and exit\n');
  });
});

describe('parseTrainCommand', () => {
  it("fills unset flags from the model's recipe", () => {
    const { config, out } = parseTrainCommand(['--model', 'mlp']);
    expect(config.model).toBe('mlp');
    expect(config.epochs).toBe(RECIPES.mlp.epochs);
    expect(config.batchSize).toBe(RECIPES.mlp.batchSize);
    expect(config.optimizer.lr).toBe(RECIPES.mlp.optimizer.lr);
    expect(config.workers).toBe(1);
    expect(out).toBe('weights-mlp.bin');
  });

  it('flags override the recipe, as in the README example', () => {
    const { config, out } = parseTrainCommand(
      '--model lenet5 --epochs 1 --batch-size 64 --optimizer sgd --lr 0.05 --momentum 0.9 --seed 1 --workers 2 --out weights.bin --nesterov --weight-decay 0.0005'.split(' '),
    );
    expect(config).toMatchObject({ model: 'lenet5', epochs: 1, batchSize: 64, seed: 1, workers: 2 });
    expect(config.optimizer).toEqual({ type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.0005 });
    expect(out).toBe('weights.bin');
  });

  it('adam gets its own defaults and refuses SGD-only flags', () => {
    const { config } = parseTrainCommand(['--optimizer', 'adam', '--beta2', '0.99']);
    expect(config.optimizer).toMatchObject({ type: 'adam', beta1: 0.9, beta2: 0.99 });
    expect(() => parseTrainCommand(['--optimizer', 'adam', '--momentum', '0.5'])).toThrow('--momentum and --nesterov apply to --optimizer sgd only');
    expect(() => parseTrainCommand(['--lr-decay', '2'])).toThrow('--lr-decay must be ≤ 1');
  });
});

describe('progress and tables', () => {
  const p: StepProgress = {
    epoch: 0, epochs: 2, imagesDone: 12_800, imagesTotal: 60_000, loss: 0.23456, accuracy: 0.93125, imagesPerSecond: 2000, learningRate: 0.05,
  };

  it('formats a progress line with bar, counts, loss, accuracy, speed and ETA', () => {
    // Remaining: 47,200 images of this epoch + 60,000 of the next at 2,000 img/s = 53.6 s → 0:54.
    expect(progressLine(p)).toBe('epoch 1/2 [####----------------] 12,800/60,000  loss 0.2346  acc 93.1%  2,000 img/s  ETA 0:54');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('redraws one line on a terminal and writes a line per tenth of an epoch otherwise', () => {
    const tty: string[] = [];
    let clock = 0;
    const onTty = createProgressReporter({ isTTY: true, write: (t) => tty.push(t) }, () => clock);
    for (let i = 1; i <= 5; i++) {
      clock += 50; // 20 updates a second: every other one is drawn
      onTty.step({ ...p, imagesDone: i * 1000 });
    }
    expect(tty).toHaveLength(3);
    expect(tty.every((t) => t.startsWith('\r') && !t.includes('\n'))).toBe(true);

    const log: string[] = [];
    const onLog = createProgressReporter({ isTTY: false, write: (t) => log.push(t) });
    for (let done = 600; done <= 60_000; done += 600) onLog.step({ ...p, imagesDone: done });
    expect(log).toHaveLength(11); // tenths 0…9 and the finished epoch
    expect(log.every((t) => t.endsWith('\n'))).toBe(true);
  });

  it('prints a confusion matrix with recall per true class', () => {
    const text = formatConfusion([
      [8, 2],
      [1, 9],
    ]);
    expect(text.split('\n')).toEqual([
      'true\\pred    0   1   recall',
      '0            8   2    80.0%',
      '1            1   9    90.0%',
    ]);
  });
});
