/**
 * The Keras model.summary() tables of CURRICULUM.md §7, §9 and §10, reproduced from the
 * shared model definitions. Expected numbers are the curriculum's (or computed here by
 * hand from (K·K·C_in + 1)·C_out and in·out + out), never the code's own output.
 */
import { describe, expect, it } from 'vitest';
import { MODELS, summary, type ModelName } from '../../../src/geometry';

function table(name: ModelName) {
  const { layers, inputShape } = MODELS[name];
  return summary(layers, inputShape);
}

/** [Keras name, output shape, Param #] per row. */
function rowsOf(name: ModelName) {
  return table(name).rows.map((row) => [row.name, row.outputShape, row.params]);
}

describe('curriculum §9 model A (MNIST CNN)', () => {
  it('reproduces every output shape and Param #', () => {
    expect(rowsOf('keras-a')).toEqual([
      ['conv2d', [26, 26, 32], 320],
      ['max_pooling2d', [13, 13, 32], 0],
      ['conv2d_1', [11, 11, 64], 18496],
      ['max_pooling2d_1', [5, 5, 64], 0],
      ['conv2d_2', [3, 3, 64], 36928],
      ['flatten', [576], 0],
      ['dense', [64], 36928],
      ['dense_1', [10], 650],
    ]);
  });

  it('totals 93,322, all trainable', () => {
    const model = table('keras-a');
    expect(model.totalParams).toBe(93322);
    expect(model.trainableParams).toBe(93322);
    expect(model.nonTrainableParams).toBe(0);
  });

  it('prints shapes and formulas as a student reads them', () => {
    const [first] = table('keras-a').rows;
    expect(first.outputShapeText).toBe('(None, 26, 26, 32)');
    expect(first.className).toBe('Conv2D');
    expect(first.paramsFormula).toBe('(3·3·1 + 1)·32 = 320');
  });
});

describe('curriculum §9 model B (Fashion-MNIST CNN, all same)', () => {
  it('reproduces every output shape and Param #, total 242,570', () => {
    expect(rowsOf('keras-b')).toEqual([
      ['conv2d', [28, 28, 32], 320],
      ['max_pooling2d', [14, 14, 32], 0],
      ['conv2d_1', [14, 14, 64], 18496],
      ['max_pooling2d_1', [7, 7, 64], 0],
      ['conv2d_2', [7, 7, 32], 18464],
      ['flatten', [1568], 0],
      ['dense', [128], 200832],
      ['dense_1', [32], 4128],
      ['dense_2', [10], 330],
    ]);
    expect(table('keras-b').totalParams).toBe(242570);
  });
});

describe('curriculum §9 model C (Fashion-MNIST MLP)', () => {
  it('reproduces every output shape and Param #, total 104,938', () => {
    expect(rowsOf('keras-c')).toEqual([
      ['flatten', [784], 0],
      ['dropout', [784], 0],
      ['dense', [128], 100480],
      ['dense_1', [32], 4128],
      ['dense_2', [10], 330],
    ]);
    expect(table('keras-c').totalParams).toBe(104938);
  });
});

describe('curriculum §9 model D (dense regression)', () => {
  it('Dense 16/32/16/1 on 5 features: 96, 544, 528, 17; total 1,185', () => {
    expect(rowsOf('keras-d')).toEqual([
      ['dense', [16], 96],
      ['dense_1', [32], 544],
      ['dense_2', [16], 528],
      ['dense_3', [1], 17],
    ]);
    expect(table('keras-d').totalParams).toBe(1185);
  });
});

describe('curriculum §9 model E (wall texture, 500×500×4)', () => {
  const conv = (k: number, cin: number, cout: number) => (k * k * cin + 1) * cout;

  it('shrinks the spatial size 500 → 100 → 20 → 4 → 1 through its pools', () => {
    const pools = table('keras-e').rows.filter((row) => row.className === 'MaxPooling2D');
    expect(pools.map((row) => row.outputShape[0])).toEqual([100, 20, 4, 1]);
    const convs = table('keras-e').rows.filter((row) => row.className === 'Conv2D');
    expect(convs[0].outputShape).toEqual([500, 500, 10]);
  });

  it('reproduces each row, with conv params from (K·K·C_in + 1)·C_out', () => {
    expect(rowsOf('keras-e')).toEqual([
      ['conv2d', [500, 500, 10], conv(5, 4, 10)],
      ['leaky_re_lu', [500, 500, 10], 0],
      ['max_pooling2d', [100, 100, 10], 0],
      ['conv2d_1', [100, 100, 10], conv(5, 10, 10)],
      ['max_pooling2d_1', [20, 20, 10], 0],
      ['conv2d_2', [20, 20, 20], conv(3, 10, 20)],
      ['max_pooling2d_2', [4, 4, 20], 0],
      ['conv2d_3', [4, 4, 25], conv(2, 20, 25)],
      ['max_pooling2d_3', [1, 1, 25], 0],
      ['flatten', [25], 0],
      ['dense', [10], 25 * 10 + 10],
      ['dropout', [10], 0],
      ['dense_1', [1], 10 * 1 + 1],
    ]);
    const total = conv(5, 4, 10) + conv(5, 10, 10) + conv(3, 10, 20) + conv(2, 20, 25) + 260 + 11;
    expect(table('keras-e').totalParams).toBe(total);
  });
});

describe('curriculum §7 traffic-speed 1D CNN', () => {
  it('Conv1D (288, 32) 224; Flatten 9216; Dense 147,472; Dense 17; total 147,713', () => {
    expect(rowsOf('traffic-1d')).toEqual([
      ['conv1d', [288, 32], 224],
      ['flatten', [9216], 0],
      ['dense', [16], 147472],
      ['dense_1', [1], 17],
    ]);
    expect(table('traffic-1d').totalParams).toBe(147713);
    expect(table('traffic-1d').rows[0].outputShapeText).toBe('(None, 288, 32)');
  });
});

describe('curriculum §10 LeNet-5', () => {
  it('classic: 32 → 28 → 14 → 10 → 5 → 1 with 6, 16 and 120 maps, then 84 and 10', () => {
    expect(table('lenet5-classic').rows.map((row) => [row.className, row.outputShape])).toEqual([
      ['ZeroPadding2D', [32, 32, 1]],
      ['Conv2D', [28, 28, 6]],
      ['AveragePooling2D', [14, 14, 6]],
      ['Conv2D', [10, 10, 16]],
      ['AveragePooling2D', [5, 5, 16]],
      ['Conv2D', [1, 1, 120]],
      ['Flatten', [120]],
      ['Dense', [84]],
      ['Dense', [10]],
    ]);
  });

  it('classic parameter counts: C1 156, C3 2,416, C5 48,120, F6 10,164, out 850', () => {
    const params = table('lenet5-classic').rows.map((row) => row.params).filter((p) => p > 0);
    expect(params).toEqual([(25 + 1) * 6, (25 * 6 + 1) * 16, (25 * 16 + 1) * 120, 120 * 84 + 84, 84 * 10 + 10]);
  });

  it('modern: same padding keeps 28, then 14, 10, 5, 400, 120, 84, 10', () => {
    expect(table('lenet5').rows.map((row) => row.outputShape)).toEqual([
      [28, 28, 6],
      [14, 14, 6],
      [10, 10, 16],
      [5, 5, 16],
      [400],
      [120],
      [84],
      [10],
    ]);
    expect(table('lenet5').totalParams).toBe(156 + 2416 + (400 * 120 + 120) + 10164 + 850);
  });
});

describe('curriculum §10 AlexNet (single tower)', () => {
  it('55, 27, 27, 13, 13, 13, 13, 6, then 4096, 4096, 1000', () => {
    const spatial = table('alexnet')
      .rows.filter((row) => row.outputShape.length === 3)
      .map((row) => row.outputShape[0]);
    expect(spatial).toEqual([55, 27, 27, 13, 13, 13, 13, 6]);
    const dense = table('alexnet')
      .rows.filter((row) => row.className === 'Dense')
      .map((row) => row.outputShape[0]);
    expect(dense).toEqual([4096, 4096, 1000]);
    expect(table('alexnet').rows.find((row) => row.className === 'Flatten')?.outputShape).toEqual([6 * 6 * 256]);
  });

  it('channels 96, 96, 256, 256, 384, 384, 256, 256 and a total of 62,378,344', () => {
    const channels = table('alexnet')
      .rows.filter((row) => row.outputShape.length === 3)
      .map((row) => row.outputShape[2]);
    expect(channels).toEqual([96, 96, 256, 256, 384, 384, 256, 256]);
    expect(table('alexnet').totalParams).toBe(62378344);
  });
});
