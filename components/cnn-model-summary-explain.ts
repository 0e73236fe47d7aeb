/**
 * Why a summary row has its Output Shape and Param #, in words with the numbers
 * substituted. Every size comes from src/geometry (outputSize for windowed layers, the
 * row's own shapes and paramsFormula otherwise); nothing here recomputes geometry.
 */
import {
  outputSize,
  pair,
  withThousands,
  zeroPadding2dSides,
  type LayerConfig,
  type OutputSize,
  type SummaryRow,
} from '../src/geometry';
import type { Lang } from '../src/i18n';
import { tModels } from '../src/i18n/models';

export interface RowExplanation {
  /** One sentence per line: formula per axis, then channels. */
  shape: string[];
  params: string;
}

/** `inputShape` is what the layer receives: the previous row's output or the model's input. */
export function explainRow(row: SummaryRow, inputShape: number[], lang: Lang): RowExplanation {
  return { shape: explainShape(row, inputShape, lang), params: explainParams(row, inputShape, lang) };
}

interface WindowAxis {
  key: 'shapeHeight' | 'shapeWidth' | 'shapeLength';
  input: number;
  kernel: number;
  stride: number;
  dilation: number;
}

function explainWindowed(axes: WindowAxis[], padding: 'valid' | 'same', lang: Lang): string[] {
  const sizes = axes.map((axis) => ({
    axis,
    size: outputSize({ input: axis.input, kernel: axis.kernel, stride: axis.stride, dilation: axis.dilation, padding }),
  }));
  // Square inputs with square windows need the formula once, not twice.
  const same = (a: WindowAxis, b: WindowAxis) =>
    a.input === b.input && a.kernel === b.kernel && a.stride === b.stride && a.dilation === b.dilation;
  const shown = sizes.length === 2 && same(sizes[0].axis, sizes[1].axis) ? [sizes[0]] : sizes;
  const lines: string[] = [];
  for (const { axis, size } of shown) {
    const key = shown.length === 1 && sizes.length === 2 ? 'shapeHeightWidth' : axis.key;
    lines.push(tModels(lang, key, { formula: size.substituted }));
    if (padding === 'same') lines.push(samePaddingNote(axis, size, lang));
  }
  return lines;
}

function samePaddingNote(axis: WindowAxis, size: OutputSize, lang: Lang): string {
  return tModels(lang, 'shapeSamePadding', {
    before: size.padBefore,
    after: size.padAfter,
    input: axis.input,
    stride: axis.stride,
    output: size.size,
  });
}

function explainShape(row: SummaryRow, input: number[], lang: Lang): string[] {
  const config: LayerConfig = row.config;
  const out = row.outputShape;
  switch (config.type) {
    case 'conv2d': {
      const [kh, kw] = pair(config.kernelSize);
      const [sh, sw] = pair(config.strides ?? 1);
      const [dh, dw] = pair(config.dilationRate ?? 1);
      return [
        ...explainWindowed(
          [
            { key: 'shapeHeight', input: input[0], kernel: kh, stride: sh, dilation: dh },
            { key: 'shapeWidth', input: input[1], kernel: kw, stride: sw, dilation: dw },
          ],
          config.padding ?? 'valid',
          lang,
        ),
        tModels(lang, 'shapeFilters', { filters: config.filters }),
      ];
    }
    case 'conv1d':
      return [
        ...explainWindowed(
          [{ key: 'shapeLength', input: input[0], kernel: config.kernelSize, stride: config.strides ?? 1, dilation: config.dilationRate ?? 1 }],
          config.padding ?? 'valid',
          lang,
        ),
        tModels(lang, 'shapeFilters', { filters: config.filters }),
      ];
    case 'maxPooling2d':
    case 'averagePooling2d': {
      const [ph, pw] = pair(config.poolSize ?? 2);
      const [sh, sw] = pair(config.strides ?? [ph, pw]);
      return [
        ...explainWindowed(
          [
            { key: 'shapeHeight', input: input[0], kernel: ph, stride: sh, dilation: 1 },
            { key: 'shapeWidth', input: input[1], kernel: pw, stride: sw, dilation: 1 },
          ],
          config.padding ?? 'valid',
          lang,
        ),
        tModels(lang, 'shapePoolChannels', { channels: input[2] }),
      ];
    }
    case 'maxPooling1d':
    case 'averagePooling1d': {
      const pool = config.poolSize ?? 2;
      return [
        ...explainWindowed(
          [{ key: 'shapeLength', input: input[0], kernel: pool, stride: config.strides ?? pool, dilation: 1 }],
          config.padding ?? 'valid',
          lang,
        ),
        tModels(lang, 'shapePoolChannels', { channels: input[1] }),
      ];
    }
    case 'flatten':
      return [tModels(lang, 'shapeFlatten', { product: input.map(withThousands).join('·'), total: withThousands(out[0]) })];
    case 'dense':
      return [tModels(lang, 'shapeDense', { inputs: withThousands(input[input.length - 1]), units: withThousands(config.units) })];
    case 'globalAveragePooling2d':
    case 'globalMaxPooling2d':
    case 'globalAveragePooling1d':
    case 'globalMaxPooling1d':
      return [tModels(lang, 'shapeGlobal', { channels: out[0] })];
    case 'zeroPadding2d': {
      const { top, bottom, left, right } = zeroPadding2dSides(config.padding);
      return [
        tModels(lang, 'shapeZeroPadding', {
          height: input[0],
          top,
          bottom,
          newHeight: out[0],
          width: input[1],
          left,
          right,
          newWidth: out[1],
        }),
      ];
    }
    default:
      return [tModels(lang, 'shapeUnchanged')];
  }
}

function explainParams(row: SummaryRow, input: number[], lang: Lang): string {
  const config = row.config;
  const inChannels = withThousands(input[input.length - 1]);
  const formula = row.paramsFormula;
  switch (config.type) {
    case 'conv2d': {
      const [kh, kw] = pair(config.kernelSize);
      const key = config.useBias === false ? 'paramsConv2dNoBias' : 'paramsConv2d';
      return tModels(lang, key, { filters: withThousands(config.filters), kh, kw, inChannels, formula });
    }
    case 'conv1d': {
      const key = config.useBias === false ? 'paramsConv1dNoBias' : 'paramsConv1d';
      return tModels(lang, key, { filters: withThousands(config.filters), k: config.kernelSize, inChannels, formula });
    }
    case 'dense': {
      const key = config.useBias === false ? 'paramsDenseNoBias' : 'paramsDense';
      return tModels(lang, key, { inputs: inChannels, units: withThousands(config.units), formula });
    }
    case 'batchNormalization':
      return tModels(lang, 'paramsBatchNorm', {
        formula: `4·${inChannels} = ${withThousands(row.params)}`,
        trainable: withThousands(row.trainableParams),
        nonTrainable: withThousands(row.params - row.trainableParams),
      });
    case 'maxPooling2d':
    case 'maxPooling1d':
      return tModels(lang, 'noParamsMaxPool');
    case 'averagePooling2d':
    case 'averagePooling1d':
      return tModels(lang, 'noParamsAvgPool');
    case 'globalMaxPooling2d':
    case 'globalMaxPooling1d':
      return tModels(lang, 'noParamsGlobalMax');
    case 'globalAveragePooling2d':
    case 'globalAveragePooling1d':
      return tModels(lang, 'noParamsGlobalAvg');
    case 'flatten':
      return tModels(lang, 'noParamsFlatten');
    case 'dropout':
      return tModels(lang, 'noParamsDropout', { rate: config.rate });
    case 'zeroPadding2d':
      return tModels(lang, 'noParamsZeroPadding');
    default:
      return tModels(lang, 'noParamsActivation');
  }
}
