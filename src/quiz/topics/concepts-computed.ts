/**
 * Concept questions with numbers drawn from the seed; every number in an option comes
 * from geometry (output sizes, shapes, parameter counts, receptive fields).
 */
import { conv2dParams, denseParams, layerOutputShape, layerParams, outputSize, receptiveField, withThousands } from '../../geometry';
import { shapeText } from '../text';
import { option, type Concept } from './concept-types';

const sameStride2: Concept = {
  id: 'same-stride-2',
  levels: ['medium', 'hard'],
  build: (rng) => {
    const W = 2 * rng.int(4, 31) + 1;
    const K = rng.pick([3, 5]);
    const same = outputSize({ input: W, kernel: K, stride: 2, padding: 'same' }).size;
    const valid = outputSize({ input: W, kernel: K, stride: 2, padding: 'valid' }).size;
    const noStride = outputSize({ input: W, kernel: K, stride: 1, padding: 'valid' }).size;
    const sq = (n: number) => `${n}×${n}`;
    return {
      question: {
        en: `A Conv2D layer with a ${K}×${K} kernel, strides=2 and padding='same' gets a ${W}×${W} input. What is the output size?`,
        ko: `커널 ${K}×${K}, strides=2, padding='same'인 Conv2D 층에 ${W}×${W} 입력이 들어옵니다. 출력 크기는 얼마입니까?`,
      },
      correct: option('ceil-w-over-s', sq(same), sq(same),
        `'same' gives ⌈W/S⌉ = ⌈${W}/2⌉ = ${same}; TensorFlow puts the odd padding cell at the bottom/right.`,
        `'same'은 ⌈W/S⌉ = ⌈${W}/2⌉ = ${same}이고, TensorFlow는 홀수 패딩 칸을 아래/오른쪽에 둡니다.`),
      wrong: [
        option('same-keeps-size', sq(W), sq(W),
          "'same' keeps the size only at stride 1; with stride 2 the output is about half as wide.",
          "'same'은 스트라이드 1일 때만 크기를 유지합니다. 스트라이드 2이면 출력은 절반 정도입니다."),
        option('valid-formula', sq(valid), sq(valid),
          `That is 'valid' (no padding): ⌊(${W} − ${K})/2⌋ + 1 = ${valid}.`,
          `그것은 'valid'(패딩 없음)의 결과입니다: ⌊(${W} − ${K})/2⌋ + 1 = ${valid}.`),
        option('same-ignored-stride', sq(noStride), sq(noStride),
          `That ignores the stride and the padding: ${W} − ${K} + 1 = ${noStride}.`,
          `스트라이드와 패딩을 모두 무시한 값입니다: ${W} − ${K} + 1 = ${noStride}.`),
      ],
      why: {
        en: "With padding='same' Keras pads just enough that the output is ⌈W/S⌉ wide, whatever the kernel size.",
        ko: "padding='same'이면 Keras는 커널 크기와 상관없이 출력이 ⌈W/S⌉가 되도록 필요한 만큼만 패딩합니다.",
      },
      params: `W=${W} K=${K}`,
    };
  },
};

const oneByOne: Concept = {
  id: 'one-by-one-conv',
  levels: ['medium', 'hard'],
  build: (rng) => {
    const H = rng.pick([7, 14, 28, 56]);
    const C = rng.pick([64, 128, 256]);
    const F = rng.pick([16, 32, 48]);
    const out = layerOutputShape({ type: 'conv2d', filters: F, kernelSize: 1 }, [H, H, C]);
    const params = conv2dParams({ kernel: [1, 1], inChannels: C, filters: F });
    const shape = (s: number[]) => shapeText([null, ...s]);
    return {
      question: {
        en: `Conv2D(${F}, (1, 1)) is applied to a feature map of shape ${shape([H, H, C])}. What comes out, and what does the layer do?`,
        ko: `형태가 ${shape([H, H, C])}인 특성 맵에 Conv2D(${F}, (1, 1)) 층을 적용합니다. 출력은 무엇이고, 이 층은 무슨 일을 합니까?`,
      },
      correct: option('mixes-channels', `${shape(out)}: it mixes the ${C} channels at each pixel into ${F}`, `${shape(out)}: 각 픽셀에서 채널 ${C}개를 ${F}개로 섞습니다`,
        `Each filter is a weighted sum over the channels of one pixel; with ${F} < ${C} it is a cheap bottleneck (${params.formula}).`,
        `각 필터는 한 픽셀의 채널들을 가중합합니다. ${F} < ${C}이므로 비용이 적은 병목 층입니다(${params.formula}).`),
      wrong: [
        option('one-by-one-identity', `${shape([H, H, C])}: a 1×1 kernel changes nothing`, `${shape([H, H, C])}: 1×1 커널은 아무것도 바꾸지 않습니다`,
          'A 1×1 kernel still has one weight per input channel and filter; the number of filters sets the output channels.',
          '1×1 커널도 입력 채널과 필터마다 가중치가 있고, 필터 수가 출력 채널 수를 정합니다.'),
        option('global-pool', `${shape([1, 1, F])}: it summarises the whole map`, `${shape([1, 1, F])}: 맵 전체를 요약합니다`,
          'That would be global pooling; a 1×1 convolution keeps the height and width.',
          '그것은 전역 풀링입니다. 1×1 합성곱은 높이와 너비를 유지합니다.'),
        option('shrinks', `${shape([H - 2, H - 2, F])}: it shrinks the map like a 3×3 convolution`, `${shape([H - 2, H - 2, F])}: 3×3 합성곱처럼 맵을 줄입니다`,
          'Only K − 1 = 0 cells are lost with a 1×1 kernel, so nothing shrinks.',
          '1×1 커널에서는 K − 1 = 0칸만 줄어들므로 크기가 변하지 않습니다.'),
      ],
      why: {
        en: 'Inception and ResNet use 1×1 convolutions to reduce the channels before expensive 3×3 or 5×5 convolutions.',
        ko: 'Inception과 ResNet은 비용이 큰 3×3, 5×5 합성곱 전에 1×1 합성곱으로 채널 수를 줄입니다.',
      },
      params: `H=${H} C=${C} F=${F}`,
    };
  },
};

const denseVsConv: Concept = {
  id: 'dense-vs-conv',
  levels: ['medium', 'hard'],
  build: (rng) => {
    const side = rng.pick([28, 32]);
    const U = rng.pick([32, 64, 100]);
    const dense = denseParams({ inputs: side * side, units: U }).params;
    const conv = conv2dParams({ kernel: [3, 3], inChannels: 1, filters: U }).params;
    const [d, c] = [withThousands(dense), withThousands(conv)];
    return {
      question: {
        en: `A ${side}×${side} grey image goes either through Flatten → Dense(${U}) or through Conv2D(${U}, (3, 3)). Which statement is true?`,
        ko: `${side}×${side} 흑백 이미지를 Flatten → Dense(${U})에 넣거나 Conv2D(${U}, (3, 3))에 넣습니다. 옳은 설명은 무엇입니까?`,
      },
      correct: option('dense-loses-locality', `Dense needs ${d} parameters and ignores which pixels are neighbours; the convolution needs ${c} and keeps locality`, `Dense는 파라미터 ${d}개가 필요하고 어떤 픽셀이 이웃인지 무시합니다. 합성곱은 ${c}개로 국소성을 유지합니다`,
        'Flattening throws away the 2D neighbourhoods, and every pixel gets its own weights, with nothing shared.',
        '평탄화는 2차원 이웃 관계를 버리고, 픽셀마다 따로 가중치를 두어 아무것도 공유하지 않습니다.'),
      wrong: [
        option('same-count', 'Both need about the same number of parameters', '두 층의 파라미터 수는 거의 같습니다',
          `No: ${d} against ${c}. The convolution's weights do not grow with the image.`,
          `아닙니다. ${d}개 대 ${c}개입니다. 합성곱의 가중치 수는 이미지 크기에 따라 늘지 않습니다.`),
        option('conv-more', 'The convolution needs more parameters, because it outputs a whole map per filter', '합성곱은 필터마다 맵 전체를 출력하므로 파라미터가 더 많습니다',
          'Output size costs memory, not parameters: the same 3×3 kernel is reused at every position.',
          '출력 크기는 메모리를 쓰지만 파라미터는 늘리지 않습니다. 같은 3×3 커널을 모든 위치에서 다시 씁니다.'),
        option('dense-keeps-2d', 'The dense layer keeps the 2D structure of the image', '완전 연결층은 이미지의 2차원 구조를 유지합니다',
          'A small shift or a changed pixel gives an unrelated flattened vector: the structure is gone.',
          '조금만 이동하거나 픽셀 하나가 바뀌어도 평탄화된 벡터는 전혀 달라집니다. 구조가 사라진 것입니다.'),
      ],
      why: {
        en: 'Convolutions build in locality and translation equivariance (a strong inductive bias); dense layers assume nothing about the layout.',
        ko: '합성곱에는 국소성과 이동 등변성(강한 귀납적 편향)이 들어 있고, 완전 연결층은 배치에 대해 아무것도 가정하지 않습니다.',
      },
      params: `side=${side} U=${U}`,
    };
  },
};

const stacked3x3: Concept = {
  id: 'stacked-3x3',
  levels: ['hard'],
  build: (rng) => {
    const C = rng.pick([32, 64, 128]);
    const field = receptiveField([{ kernel: 3 }, { kernel: 3 }]).size;
    const two = 2 * conv2dParams({ kernel: [3, 3], inChannels: C, filters: C, useBias: false }).params;
    const one = conv2dParams({ kernel: [5, 5], inChannels: C, filters: C, useBias: false }).params;
    const [a, b] = [withThousands(two), withThousands(one)];
    return {
      question: {
        en: `Why do VGG-style networks stack two 3×3 convolutions (${C} channels in and out) instead of using one 5×5 convolution?`,
        ko: `VGG 계열 신경망은 왜 5×5 합성곱 하나 대신 3×3 합성곱 두 개(입출력 채널 ${C}개)를 쌓습니까?`,
      },
      correct: option('same-field-fewer-weights', `The same ${field}×${field} receptive field with fewer weights (${a} against ${b}) and one more nonlinearity`, `같은 ${field}×${field} 수용장을 더 적은 가중치(${a}개 대 ${b}개)와 비선형성 하나 더로 얻습니다`,
        `Two 3×3 layers see ${field}×${field} pixels; 2·3·3·${C}·${C} = ${a} < 5·5·${C}·${C} = ${b}.`,
        `3×3 층 두 개는 ${field}×${field} 픽셀을 봅니다. 2·3·3·${C}·${C} = ${a} < 5·5·${C}·${C} = ${b}.`),
      wrong: [
        option('smaller-field', 'Two 3×3 layers only see a 3×3 patch, which keeps details sharp', '3×3 층 두 개는 3×3 영역만 보므로 세부가 선명하게 유지됩니다',
          `Each layer widens the field by K − 1 = 2, so two of them see ${field}×${field}.`,
          `층마다 수용장이 K − 1 = 2씩 넓어지므로 두 층은 ${field}×${field} 영역을 봅니다.`),
        option('more-weights', 'They have more weights, which always improves accuracy', '가중치가 더 많아 정확도가 항상 좋아집니다',
          `They have fewer: ${a} against ${b}.`,
          `오히려 적습니다: ${a}개 대 ${b}개.`),
        option('no-padding', '5×5 kernels cannot be used with padding', '5×5 커널은 패딩과 함께 쓸 수 없습니다',
          "Any odd kernel works with 'same' padding (2 cells on each side for 5×5).",
          "홀수 크기 커널은 모두 'same' 패딩과 쓸 수 있습니다(5×5는 각 변에 2칸)."),
      ],
      why: {
        en: 'Receptive fields grow layer by layer: r = 1 + (3 − 1) + (3 − 1) = 5.',
        ko: '수용장은 층마다 커집니다: r = 1 + (3 − 1) + (3 − 1) = 5.',
      },
      params: `C=${C}`,
    };
  },
};

const poolingParams: Concept = {
  id: 'pooling-params',
  levels: ['easy'],
  build: (rng) => {
    const H = rng.pick([26, 28, 32]);
    const C = rng.pick([16, 32, 64]);
    const params = layerParams({ type: 'maxPooling2d', poolSize: 2 }, [H, H, C]).params;
    return {
      question: {
        en: `How many trainable parameters does MaxPooling2D((2, 2)) have when its input has shape ${shapeText([null, H, H, C])}?`,
        ko: `입력 형태가 ${shapeText([null, H, H, C])}일 때 MaxPooling2D((2, 2))의 학습 파라미터는 몇 개입니까?`,
      },
      correct: option('pool-zero', String(params), String(params),
        'Pooling only takes the maximum of each window; there is nothing to learn.',
        '풀링은 각 윈도우의 최댓값을 고를 뿐 학습할 것이 없습니다.'),
      wrong: [
        option('pool-window', '4', '4', 'The 2×2 window is a fixed rule, not four weights.', '2×2 윈도우는 고정된 규칙이지 가중치 4개가 아닙니다.'),
        option('pool-window-channels', String(4 * C), String(4 * C), 'Pooling has no weights per channel either.', '풀링에는 채널별 가중치도 없습니다.'),
        option('pool-channels', String(C), String(C), 'There are no biases in pooling.', '풀링에는 편향도 없습니다.'),
      ],
      why: {
        en: 'Pooling, Flatten and Dropout show Param # 0 in model.summary().',
        ko: '풀링, 평탄화, 드롭아웃은 model.summary()에서 Param #가 0입니다.',
      },
      params: `H=${H} C=${C}`,
    };
  },
};

export const COMPUTED_CONCEPTS: Concept[] = [sameStride2, oneByOne, denseVsConv, stacked3x3, poolingParams];
