/**
 * conv-params: Param # of one Conv2D, Conv1D or Dense layer, from geometry's layerParams.
 * Easy: a convolution on a grey image or a small Dense layer. Medium: colour or deep
 * inputs. Hard: strides and 'same' padding as distractors, Conv1D, or Dense after Flatten.
 */
import { layerOutputShape, layerParams, withThousands, type LayerConfig } from '../../geometry';
import type { Rng } from '../../random';
import { layerCode } from '../layer-code';
import { attempt, distinctMistakes, type MistakeCandidate } from '../mistakes';
import { numberAnswer, questionId, questionRng } from '../kit';
import { bi, shapeText } from '../text';
import type { Bilingual, Difficulty, Generator, Question } from '../types';

interface Variant {
  inputShape: number[];
  /** The asked layer is the last one; a Flatten may come before it. */
  layers: LayerConfig[];
}

function variantFor(rng: Rng, difficulty: Difficulty): Variant {
  const filters = rng.pick([8, 16, 32, 64, 128]);
  if (difficulty === 'easy') {
    if (rng.next() < 0.6) {
      const side = rng.pick([28, 32]);
      return { inputShape: [side, side, 1], layers: [{ type: 'conv2d', filters, kernelSize: rng.pick([3, 5]) }] };
    }
    return { inputShape: [rng.pick([5, 10, 64, 128, 784])], layers: [{ type: 'dense', units: rng.pick([1, 10, 16, 32, 64]) }] };
  }
  if (difficulty === 'medium') {
    const side = rng.pick([13, 14, 26, 28, 32]);
    const channels = rng.pick([3, 4, 16, 32, 64]);
    return { inputShape: [side, side, channels], layers: [{ type: 'conv2d', filters, kernelSize: rng.pick([1, 3, 5]) }] };
  }
  const kind = rng.pick(['conv2d', 'conv1d', 'flatten-dense'] as const);
  if (kind === 'conv2d') {
    const side = rng.pick([28, 32, 56, 64]);
    const layer: LayerConfig = {
      type: 'conv2d',
      filters,
      kernelSize: rng.pick([3, 5, 7]),
      strides: rng.int(1, 2),
      padding: rng.pick(['valid', 'same'] as const),
    };
    return { inputShape: [side, side, rng.pick([3, 16, 32, 64])], layers: [layer] };
  }
  if (kind === 'conv1d') {
    return {
      inputShape: [rng.pick([50, 100, 288]), rng.pick([1, 2, 8])],
      layers: [{ type: 'conv1d', filters: rng.pick([8, 16, 32]), kernelSize: rng.int(2, 7), padding: rng.pick(['valid', 'same'] as const) }],
    };
  }
  const side = rng.pick([3, 4, 5, 6, 7]);
  return { inputShape: [side, side, rng.pick([16, 32, 64])], layers: [{ type: 'flatten' }, { type: 'dense', units: rng.pick([10, 32, 64, 128]) }] };
}

function explain(layer: LayerConfig, inShape: number[], formula: string): Bilingual {
  const channels = inShape[inShape.length - 1];
  if (layer.type === 'dense') return bi('step-params-dense', { units: layer.units, inputs: channels, formula });
  if (layer.type === 'conv1d') return bi('step-params-conv1d', { F: layer.filters, K: layer.kernelSize, C: channels, formula });
  const k = layer.type === 'conv2d' ? layer.kernelSize : 1;
  return bi('step-params-conv2d', { F: layer.type === 'conv2d' ? layer.filters : 0, K: typeof k === 'number' ? k : k[0], C: channels, formula });
}

function mistakesFor(layer: LayerConfig, inShape: number[], preFlatten: number[] | undefined, params: number): MistakeCandidate[] {
  const channels = inShape[inShape.length - 1];
  const noBias = layerParams({ ...layer, useBias: false } as LayerConfig, inShape).params;
  const oneChannel = layerParams(layer, [...inShape.slice(0, -1), 1]).params;
  let outputSized: number | undefined;
  if (layer.type === 'conv2d' || layer.type === 'conv1d') {
    // The output's spatial size used where the kernel's belongs: O·O·C_in·F + F.
    const out = attempt(() => layerOutputShape(layer, inShape));
    if (out) outputSized = out.slice(0, -1).reduce((a, b) => a * b, 1) * channels * layer.filters + layer.filters;
  }
  const lastAxis = preFlatten && layer.type === 'dense'
    ? layerParams(layer, [preFlatten[preFlatten.length - 1]]).params
    : undefined;
  return [
    { code: 1, id: 'forgot-bias', value: noBias, feedback: bi('mistake-params-forgot-bias', { n: params - noBias }) },
    { code: 2, id: 'forgot-input-channels', value: layer.type === 'dense' ? undefined : oneChannel, feedback: bi('mistake-params-forgot-channels', { C: channels }) },
    { code: 3, id: 'counted-output-size', value: outputSized, feedback: bi('mistake-params-output-size') },
    { code: 4, id: 'used-channels-only', value: lastAxis, feedback: bi('mistake-params-channels-only', { n: channels }) },
  ];
}

export const convParamsQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('conv-params', seed, difficulty);
  const v = variantFor(rng, difficulty);
  const layer = v.layers[v.layers.length - 1];
  const inShape = v.layers.length > 1 ? layerOutputShape(v.layers[0], v.inputShape) : v.inputShape;
  const { params, formula } = layerParams(layer, inShape);
  const answer = numberAnswer(params);
  const code = v.layers.map(layerCode).join(' → ');
  const steps: Bilingual[] = [];
  if (v.layers.length > 1) steps.push(bi('step-flatten', { shape: shapeText([null, ...v.inputShape]), n: inShape[0] }));
  steps.push(explain(layer, inShape, formula));
  if (layer.type === 'conv2d' && (layer.strides !== undefined || layer.padding !== undefined)) steps.push(bi('step-params-no-stride'));
  steps.push(bi('step-answer', { answer: withThousands(params) }));
  return {
    topic: 'conv-params',
    id: questionId('conv-params', seed, difficulty),
    seed,
    difficulty,
    prompt: bi(v.layers.length > 1 ? 'prompt-params-flatten' : 'prompt-params', { code, shape: shapeText([null, ...v.inputShape]) }),
    given: [{ kind: 'layers', inputShape: v.inputShape, layers: v.layers, highlight: v.layers.length - 1 }],
    answer,
    solution: { steps, source: { kind: 'params', layer, inputShape: inShape, params, formula } },
    variantNote: `in=${v.inputShape.join('x')} ${code}`,
    mistakes: distinctMistakes(answer, mistakesFor(layer, inShape, v.layers.length > 1 ? v.inputShape : undefined, params)),
  };
};
