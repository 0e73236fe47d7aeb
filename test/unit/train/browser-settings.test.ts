import { describe, expect, it } from 'vitest';
import { MODELS, summary } from '../../../src/geometry';
import { defaultSettings, optimizerOf, recipeSettings, settingProblems, trainConfigOf, trainerLayers } from '../../../src/train/browser-settings';
import { RECIPES } from '../../../src/train/recipes';

describe('trainer settings', () => {
  it('default to the LeNet-5 recipe of recipes.ts', () => {
    const s = defaultSettings();
    const config = trainConfigOf(s);
    expect(config.optimizer).toEqual({ ...RECIPES.lenet5.optimizer, weightDecay: 0 });
    expect(config.batchSize).toBe(RECIPES.lenet5.batchSize);
    expect(config.lrSchedule).toBe(RECIPES.lenet5.lrSchedule);
    expect(config.epochs).toBe(RECIPES.lenet5.epochs);
    expect(config.model).toEqual(MODELS.lenet5.layers);
    expect(settingProblems(s)).toEqual([]);
  });

  it('take each course model’s recipe', () => {
    for (const model of ['lenet5', 'lenet5-classic', 'mlp'] as const) {
      const config = trainConfigOf({ ...defaultSettings(), ...recipeSettings(model), model });
      const recipe = RECIPES[model];
      expect(config.optimizer).toEqual({ ...recipe.optimizer, weightDecay: 0 });
      expect([config.batchSize, config.lrSchedule, config.lrDecay]).toEqual([recipe.batchSize, recipe.lrSchedule, recipe.lrDecay]);
    }
    expect(recipeSettings('custom')).toEqual(recipeSettings('lenet5'));
  });

  it('insert a dropout layer before the last dense layer, adjust or remove an existing one', () => {
    const withDropout = trainerLayers({ model: 'mlp', customLayers: [], dropout: 0.3 });
    expect(withDropout.map((l) => l.type)).toEqual(['flatten', 'dense', 'dense', 'dropout', 'dense']);
    expect(withDropout[3]).toEqual({ type: 'dropout', rate: 0.3 });
    // Parameter count is unchanged by dropout (mlp: 100,480 + 4,128 + 330).
    expect(summary(withDropout, [28, 28, 1]).totalParams).toBe(104938);
    const custom = [...MODELS.mlp.layers.slice(0, 3), { type: 'dropout' as const, rate: 0.5 }, MODELS.mlp.layers[3]];
    expect(trainerLayers({ model: 'custom', customLayers: custom, dropout: 0.2 })[3]).toEqual({ type: 'dropout', rate: 0.2 });
    expect(trainerLayers({ model: 'custom', customLayers: custom, dropout: 0 }).map((l) => l.type)).toEqual(['flatten', 'dense', 'dense', 'dense']);
    // The source list is not modified.
    expect(custom).toHaveLength(5);
  });

  it('map the four optimizer choices to the engine settings', () => {
    const base = { learningRate: 0.01, weightDecay: 5e-4 };
    expect(optimizerOf({ ...base, optimizer: 'sgd' })).toEqual({ type: 'sgd', lr: 0.01, weightDecay: 5e-4 });
    expect(optimizerOf({ ...base, optimizer: 'momentum' })).toEqual({ type: 'sgd', lr: 0.01, momentum: 0.9, weightDecay: 5e-4 });
    expect(optimizerOf({ ...base, optimizer: 'nesterov' })).toEqual({ type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true, weightDecay: 5e-4 });
    expect(optimizerOf({ ...base, optimizer: 'adam' })).toEqual({ type: 'adam', lr: 0.01, weightDecay: 5e-4 });
  });

  it('name every impossible setting', () => {
    const s = { ...defaultSettings(), batchSize: 0, epochs: 2.5, learningRate: -1, validationSplit: 0.9, workers: 3, limit: 5 };
    expect(settingProblems(s, 2).map((p) => p.field).sort()).toEqual(['batchSize', 'epochs', 'learningRate', 'limit', 'validationSplit', 'workers']);
  });

  it('refuse custom layers that do not fit 28×28 input or do not end in 10 values', () => {
    const tooBig = [{ type: 'conv2d' as const, filters: 4, kernelSize: 30 }, { type: 'flatten' as const }, { type: 'dense' as const, units: 10 }];
    const [shape] = settingProblems({ ...defaultSettings(), model: 'custom', customLayers: tooBig });
    expect(shape.key).toBe('layers');
    expect(String(shape.params.reason)).toMatch(/kernel/);
    const sevenClasses = [{ type: 'flatten' as const }, { type: 'dense' as const, units: 7 }];
    expect(settingProblems({ ...defaultSettings(), model: 'custom', customLayers: sevenClasses })).toEqual([
      { field: 'customLayers', key: 'outputs', params: { shape: '(7)' } },
    ]);
    // Global max pooling has a shape but the tiled engine cannot train it.
    const untrainable = [{ type: 'conv2d' as const, filters: 10, kernelSize: 3 }, { type: 'globalMaxPooling2d' as const }];
    expect(settingProblems({ ...defaultSettings(), model: 'custom', customLayers: untrainable })[0].key).toBe('layers');
  });
});
