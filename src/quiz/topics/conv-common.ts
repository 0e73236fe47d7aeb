/**
 * What the 2D convolution topics (conv-cell, conv-output, stride) share: the random
 * set-up, the given matrices, the reference-engine run, the named mistakes (each the
 * reference engine run again with the wrong rule) and the narrated arithmetic.
 */
import { conv2d, type ConvStep, type Tensor3, type Traced } from '../../reference';
import { formatFactor } from '../../viz/format';
import type { Rng } from '../../random';
import { attempt, type MistakeCandidate } from '../mistakes';
import { nonZero, randomKernel, randomMatrix } from '../kit';
import { bi, num } from '../text';
import type { Bilingual, GivenItem } from '../types';

export interface ConvSetup {
  /** [Cin][H][W]. */
  input: number[][][];
  /** [1][Cin][K][K]: one filter, so the output is one feature map. */
  weights: number[][][][];
  bias: number;
  stride: number;
  padding: number;
}

export interface ConvShape {
  channels: number;
  size: number;
  kernel: number;
  stride: number;
  padding: number;
  withBias: boolean;
  /** Value ranges of input cells and kernel weights. */
  values: [number, number];
  weights: [number, number];
}

export function randomConv(rng: Rng, shape: ConvShape): ConvSetup {
  const input = Array.from({ length: shape.channels }, () => randomMatrix(rng, shape.size, shape.size, ...shape.values));
  const kernels = Array.from({ length: shape.channels }, () => randomKernel(rng, shape.kernel, shape.kernel, ...shape.weights));
  return {
    input,
    weights: [kernels],
    bias: shape.withBias ? nonZero(rng, -5, 5) : 0,
    stride: shape.stride,
    padding: shape.padding,
  };
}

export function runConv(setup: ConvSetup, changes: { flip?: boolean; stride?: number; padding?: number; bias?: number } = {}) {
  return conv2d(setup.input, setup.weights, [changes.bias ?? setup.bias], {
    stride: changes.stride ?? setup.stride,
    padding: changes.padding ?? setup.padding,
    flip: changes.flip ?? false,
  });
}

export function convGiven(setup: ConvSetup): GivenItem[] {
  const multi = setup.input.length > 1;
  const items: GivenItem[] = [];
  setup.input.forEach((channel, c) => {
    items.push({ kind: 'matrix', role: 'input', label: multi ? bi('label-input-channel', { c }) : bi('label-input'), value: channel });
  });
  setup.weights[0].forEach((kernel, c) => {
    items.push({ kind: 'matrix', role: 'kernel', label: multi ? bi('label-kernel-channel', { c }) : bi('label-kernel'), value: kernel });
  });
  const entries: Extract<GivenItem, { kind: 'values' }>['entries'] = [
    { symbol: 'S', label: bi('label-S'), value: setup.stride },
    { symbol: 'P', label: bi('label-P'), value: setup.padding },
  ];
  if (setup.bias !== 0) entries.push({ symbol: 'b', label: bi('label-bias'), value: setup.bias });
  items.push({ kind: 'values', entries });
  return items;
}

/** The sentences that set the task up, before the question itself. */
export function convSetupText(setup: ConvSetup): Bilingual[] {
  const k = setup.weights[0][0].length;
  const parts = [bi('sentence-conv', { k, S: setup.stride, P: setup.padding })];
  if (setup.input.length > 1) parts.push(bi('sentence-channels', { channels: setup.input.length }));
  if (setup.bias !== 0) parts.push(bi('sentence-bias', { bias: num(setup.bias) }));
  return parts;
}

/** "7×1 + 4×1 + 3×(−1)" for one channel of a step. */
export function productsText(step: ConvStep, channel: number): string {
  return step.terms
    .filter((t) => t.channel === channel)
    .map((t) => `${formatFactor(t.value)}×${formatFactor(t.weight)}`)
    .join(' + ');
}

/** The worked arithmetic of one output cell, channel by channel, then the bias. Positions count from 0. */
export function cellSteps(step: ConvStep, setup: ConvSetup): Bilingual[] {
  const steps = [bi('step-conv-window', {
    row: step.outRow,
    col: step.outCol,
    // Negative inside the padding (the window starts above or left of input row 0).
    inRow: num(step.window.row),
    inCol: num(step.window.col),
    k: setup.weights[0][0].length,
  })];
  if (setup.padding > 0) steps.push(bi('step-conv-padding-zero'));
  const multi = setup.input.length > 1;
  step.channelSums.forEach((sum, c) => {
    const products = productsText(step, c);
    steps.push(multi ? bi('step-conv-channel', { c, products, sum: num(sum) }) : bi('step-conv-products', { products, sum: num(sum) }));
  });
  if (multi) steps.push(bi('step-conv-channel-total', { sums: step.channelSums.map(formatFactor).join(' + '), total: num(step.sum - step.bias) }));
  if (step.bias !== 0) steps.push(bi('step-conv-bias', { before: num(step.sum - step.bias), bias: formatFactor(step.bias), sum: num(step.sum) }));
  return steps;
}

/**
 * The named mistakes of one output cell (cell given) or of the whole output.
 * `pick` reads the compared value out of a conv2d output.
 */
export function convMistakes(
  setup: ConvSetup,
  pick: (result: Traced<Tensor3, ConvStep>) => number | number[][] | undefined,
  extra: { ignoredStride?: boolean } = {},
): MistakeCandidate[] {
  const read = (result: Traced<Tensor3, ConvStep> | undefined) => (result ? pick(result) : undefined);
  const flipped = attempt(() => runConv(setup, { flip: true }));
  const noBias = runConv(setup, { bias: 0 });
  const multi = setup.input.length > 1;
  const firstChannel = multi
    ? attempt(() => conv2d([setup.input[0]], [[setup.weights[0][0]]], [setup.bias], { stride: setup.stride, padding: setup.padding }))
    : undefined;
  const noPadding = setup.padding > 0 ? attempt(() => runConv(setup, { padding: 0 })) : undefined;
  const strideOne = extra.ignoredStride && setup.stride > 1 ? runConv(setup, { stride: 1 }) : undefined;
  return [
    { code: 1, id: 'forgot-bias', value: setup.bias !== 0 ? read(noBias) : undefined, feedback: bi('mistake-forgot-bias', { bias: num(setup.bias) }) },
    { code: 2, id: 'flipped-kernel', value: read(flipped), feedback: bi('mistake-flipped-kernel') },
    { code: 3, id: 'one-channel', value: read(firstChannel), feedback: bi('mistake-one-channel', { channels: setup.input.length }) },
    { code: 4, id: 'ignored-padding', value: read(noPadding), feedback: bi('mistake-ignored-padding', { P: setup.padding }) },
    { code: 5, id: 'ignored-stride', value: read(strideOne), feedback: bi('mistake-conv-ignored-stride', { S: setup.stride }) },
  ];
}

export function variantOf(setup: ConvSetup): string {
  const m = (x: number[][]) => x.map((row) => row.join(',')).join('/');
  return `x=${setup.input.map(m).join('|')} k=${setup.weights[0].map(m).join('|')} b=${setup.bias} S=${setup.stride} P=${setup.padding}`;
}
