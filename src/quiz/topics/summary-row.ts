/**
 * summary-row: the output shape or the Param # of one layer of a Keras model, read from
 * geometry's summary(). Each variant asks one column (the seed chooses which), so every
 * question keeps a single typed answer. Easy: the courses' small models. Medium: Model B,
 * LeNet-5, the 1D traffic model or a random small CNN. Hard: Model E, AlexNet, classic
 * LeNet-5 or a random CNN with strides.
 */
import { layerOutputShape, layerParams, MODELS, summary, withThousands, type LayerConfig, type ModelName, type SummaryRow } from '../../geometry';
import type { Rng } from '../../random';
import { layerCode } from '../layer-code';
import { attempt, distinctMistakes, type MistakeCandidate } from '../mistakes';
import { numberAnswer, questionId, questionRng } from '../kit';
import { bi, shapeText } from '../text';
import type { Answer, Bilingual, Difficulty, Generator, Question } from '../types';

interface Model {
  name: string;
  inputShape: number[];
  layers: LayerConfig[];
}

const FIXED: Record<Difficulty, ModelName[]> = {
  easy: ['keras-a', 'keras-c', 'keras-d', 'mlp'],
  medium: ['keras-b', 'lenet5', 'traffic-1d'],
  hard: ['keras-e', 'alexnet', 'lenet5-classic'],
};

/** A small random CNN: conv/pool blocks, Flatten, Dense, Dense(10); retried until it fits. */
function randomCnn(rng: Rng, strides: boolean): Model {
  for (;;) {
    const side = rng.pick([28, 32, 64]);
    const inputShape = [side, side, rng.pick([1, 3])];
    const layers: LayerConfig[] = [];
    for (let block = rng.int(2, 3); block > 0; block--) {
      layers.push({
        type: 'conv2d',
        filters: rng.pick([8, 16, 32, 64]),
        kernelSize: rng.pick([3, 5]),
        padding: rng.pick(['valid', 'same'] as const),
        ...(strides && rng.next() < 0.4 ? { strides: 2 } : {}),
        activation: 'relu',
      });
      layers.push({ type: 'maxPooling2d', poolSize: 2 });
    }
    layers.push({ type: 'flatten' }, { type: 'dense', units: rng.pick([32, 64, 128]), activation: 'relu' }, { type: 'dense', units: 10, activation: 'softmax' });
    if (attempt(() => summary(layers, inputShape))) return { name: 'random', inputShape, layers };
  }
}

function modelFor(rng: Rng, difficulty: Difficulty): Model {
  if (difficulty !== 'easy' && rng.next() < 0.5) return randomCnn(rng, difficulty === 'hard');
  const name = rng.pick(FIXED[difficulty]);
  return { name, inputShape: MODELS[name].inputShape, layers: MODELS[name].layers };
}

function flipPadding(layer: LayerConfig): LayerConfig | undefined {
  if (layer.type !== 'conv2d' && layer.type !== 'conv1d') return undefined;
  return { ...layer, padding: layer.padding === 'same' ? 'valid' : 'same' };
}

function shapeMistakes(row: SummaryRow, inShape: number[]): MistakeCandidate[] {
  const out = row.outputShape;
  const flipped = flipPadding(row.config);
  const paddingConfused = flipped ? attempt(() => layerOutputShape(flipped, inShape)) : undefined;
  const keptChannels = row.config.type === 'conv2d' || row.config.type === 'conv1d' ? [...out.slice(0, -1), inShape[inShape.length - 1]] : undefined;
  const channelsFirst = out.length >= 2 ? [out[out.length - 1], ...out.slice(0, -1)] : undefined;
  const wrap = (s: number[] | undefined) => (s ? [null, ...s] : undefined);
  return [
    { code: 3, id: 'padding-confused', value: wrap(paddingConfused), feedback: bi('mistake-shape-padding', { padding: row.config.type === 'conv2d' || row.config.type === 'conv1d' ? (row.config.padding ?? 'valid') : '' }) },
    { code: 4, id: 'kept-input-channels', value: wrap(keptChannels), feedback: bi('mistake-shape-kept-channels') },
    { code: 5, id: 'channels-first', value: wrap(channelsFirst), feedback: bi('mistake-shape-channels-first') },
    { code: 6, id: 'shape-unchanged', value: wrap(inShape), feedback: bi('mistake-shape-unchanged') },
  ];
}

function paramMistakes(row: SummaryRow, inShape: number[], previous: number[] | undefined): MistakeCandidate[] {
  const config = row.config;
  const weighted = config.type === 'conv2d' || config.type === 'conv1d' || config.type === 'dense';
  if (!weighted) return [];
  const filters = config.type === 'dense' ? config.units : config.filters;
  const channels = inShape[inShape.length - 1];
  const usedChannels = config.type === 'dense' && previous && previous.length > 1 ? previous[previous.length - 1] * filters + filters : undefined;
  return [
    { code: 1, id: 'forgot-bias', value: row.params - filters, feedback: bi('mistake-params-forgot-bias', { n: filters }) },
    { code: 2, id: 'forgot-input-channels', value: config.type === 'dense' ? undefined : layerParams(config, [...inShape.slice(0, -1), 1]).params, feedback: bi('mistake-params-forgot-channels', { C: channels }) },
    { code: 7, id: 'used-channels-only', value: usedChannels, feedback: bi('mistake-params-channels-only', { n: previous?.[previous.length - 1] ?? 0 }) },
  ];
}

export const summaryRowQuestion: Generator = (seed, difficulty): Question => {
  const rng = questionRng('summary-row', seed, difficulty);
  const model = modelFor(rng, difficulty);
  const table = summary(model.layers, model.inputShape);
  const index = rng.int(0, table.rows.length - 1);
  const row = table.rows[index];
  const inShape = index === 0 ? model.inputShape : table.rows[index - 1].outputShape;
  const before = index >= 2 ? table.rows[index - 2].outputShape : index === 1 ? model.inputShape : undefined;
  const ask = rng.pick(['shape', 'params'] as const);
  const answer: Answer = ask === 'shape' ? { kind: 'shape', value: [null, ...row.outputShape] } : numberAnswer(row.params);
  const params = { name: row.name, n: index + 1, code: layerCode(row.config), input: shapeText([null, ...model.inputShape]) };
  const steps: Bilingual[] = [
    bi('step-summary-input', { name: row.name, shape: shapeText([null, ...inShape]) }),
    ask === 'shape'
      ? bi('step-summary-shape', { code: params.code, shape: row.outputShapeText })
      : bi('step-summary-params', { code: params.code, formula: row.paramsFormula }),
    bi('step-answer', { answer: ask === 'shape' ? row.outputShapeText : withThousands(row.params) }),
  ];
  if (ask === 'params' && row.params === 0) steps.splice(2, 0, bi('step-summary-no-params'));
  const mistakes = ask === 'shape' ? shapeMistakes(row, inShape) : paramMistakes(row, inShape, before);
  return {
    topic: 'summary-row',
    id: questionId('summary-row', seed, difficulty),
    seed,
    difficulty,
    prompt: bi(ask === 'shape' ? 'prompt-summary-shape' : 'prompt-summary-params', params),
    given: [{ kind: 'layers', inputShape: model.inputShape, layers: model.layers, highlight: index }],
    answer,
    solution: { steps, source: { kind: 'summary', inputShape: model.inputShape, layers: model.layers, rowIndex: index, rows: table.rows } },
    variantNote: `model=${model.name === 'random' ? model.layers.map(layerCode).join(';') + ` in=${model.inputShape.join('x')}` : model.name} row=${index} ask=${ask}`,
    mistakes: distinctMistakes(answer, mistakes),
  };
};
