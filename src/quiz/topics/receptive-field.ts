/**
 * receptive-field: how many input cells (along one axis) one output cell of a stack of
 * convolution and pooling layers sees, from geometry's receptiveField.
 * Easy: 2–4 stride-1 convolutions. Medium: convolutions and stride-2 pooling or
 * convolutions. Hard: adds dilated convolutions.
 */
import { receptiveField, type LayerConfig } from '../../geometry';
import type { Rng } from '../../random';
import { distinctMistakes, type MistakeCandidate } from '../mistakes';
import { numberAnswer, questionId, questionRng } from '../kit';
import { bi, biPer, joinText } from '../text';
import type { Bilingual, Difficulty, Generator, Question } from '../types';

interface Window {
  kind: 'conv' | 'pool';
  kernel: number;
  stride: number;
  dilation: number;
}

function stackFor(rng: Rng, difficulty: Difficulty): Window[] {
  const conv = (kernel: number, stride = 1, dilation = 1): Window => ({ kind: 'conv', kernel, stride, dilation });
  const pool: Window = { kind: 'pool', kernel: 2, stride: 2, dilation: 1 };
  if (difficulty === 'easy') {
    const kernel = rng.pick([3, 3, 5, 7]);
    return Array.from({ length: rng.int(2, 5) }, () => conv(kernel));
  }
  const choices: (() => Window)[] = [() => conv(3), () => conv(5), () => pool, () => conv(3, 2)];
  if (difficulty === 'hard') choices.push(() => conv(3, 1, 2), () => conv(3, 1, 3));
  const count = difficulty === 'medium' ? rng.int(2, 4) : rng.int(3, 5);
  const stack = Array.from({ length: count }, () => rng.pick(choices)());
  // Start with a convolution, as real stacks do, and make sure something strides (or dilates).
  stack[0] = conv(3);
  if (!stack.some((w) => w.stride > 1 || w.dilation > 1)) stack[rng.int(1, count - 1)] = difficulty === 'hard' ? conv(3, 1, 2) : pool;
  return stack;
}

function describe(w: Window): Bilingual {
  if (w.kind === 'pool') return bi('rf-pool', { k: w.kernel, S: w.stride });
  if (w.dilation > 1) return bi('rf-conv-dilated', { k: w.kernel, S: w.stride, D: w.dilation });
  return bi('rf-conv', { k: w.kernel, S: w.stride });
}

function toConfig(w: Window): LayerConfig {
  return w.kind === 'pool'
    ? { type: 'maxPooling2d', poolSize: w.kernel, strides: w.stride }
    : { type: 'conv2d', filters: 8, kernelSize: w.kernel, strides: w.stride, dilationRate: w.dilation };
}

export const receptiveFieldQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('receptive-field', seed, difficulty);
  const stack = stackFor(rng, difficulty);
  const layers = stack.map((w) => ({ kernel: w.kernel, stride: w.stride, dilation: w.dilation }));
  const result = receptiveField(layers);
  const answer = numberAnswer(result.size);
  const candidates: MistakeCandidate[] = [
    { code: 1, id: 'ignored-stride', value: receptiveField(layers.map((l) => ({ ...l, stride: 1 }))).size, feedback: bi('mistake-rf-ignored-stride') },
    { code: 2, id: 'summed-kernels', value: layers.reduce((sum, l) => sum + l.kernel, 0), feedback: bi('mistake-rf-summed-kernels') },
    { code: 3, id: 'forgot-dilation', value: receptiveField(layers.map((l) => ({ ...l, dilation: 1 }))).size, feedback: bi('mistake-rf-forgot-dilation') },
    { code: 4, id: 'forgot-one', value: result.size - 1, feedback: bi('mistake-rf-forgot-one') },
  ];
  const list = stack.map(describe);
  const steps: Bilingual[] = [bi('step-rf-rule')];
  result.layers.forEach((layer, i) => {
    const previous = i === 0 ? { size: 1, jump: 1 } : result.layers[i - 1];
    const keff = layers[i].dilation * (layers[i].kernel - 1) + 1;
    steps.push(bi('step-rf-layer', { n: i + 1, r0: previous.size, keff, j0: previous.jump, r: layer.size, j: layer.jump }));
  });
  steps.push(bi('step-answer', { answer: result.size }));
  return {
    topic: 'receptive-field',
    id: questionId('receptive-field', seed, difficulty),
    seed,
    difficulty,
    prompt: joinText(biPer('prompt-rf', (lang) => ({ list: list.map((d) => d[lang]).join(', ') })), bi('prompt-rf-ask')),
    given: [{ kind: 'layers', layers: stack.map(toConfig) }],
    answer,
    solution: {
      steps,
      source: { kind: 'receptive-field', layers, sizes: result.layers.map((l) => l.size), jumps: result.layers.map((l) => l.jump), size: result.size },
    },
    variantNote: stack.map((w) => `${w.kind}${w.kernel}s${w.stride}d${w.dilation}`).join(','),
    mistakes: distinctMistakes(answer, candidates),
  };
};
