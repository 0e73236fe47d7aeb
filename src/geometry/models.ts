/**
 * The courses' models, defined once: the tiled engine trains them, quizzes and lessons
 * ask about them, the summary element draws them and the tests check them against the
 * shape and parameter tables of CURRICULUM.md §7, §9 and §10.
 */
import type { Conv2DConfig, LayerConfig } from './types';

export type ModelName =
  | 'lenet5'
  | 'lenet5-classic'
  | 'mlp'
  | 'keras-a'
  | 'keras-b'
  | 'keras-c'
  | 'keras-d'
  | 'keras-e'
  | 'traffic-1d'
  | 'alexnet';

export interface ModelDefinition {
  layers: LayerConfig[];
  /** Channels last, without the batch axis. */
  inputShape: number[];
  description: { en: string; ko: string };
}

type ConvOptions = Omit<Conv2DConfig, 'type' | 'filters' | 'kernelSize'>;
const conv = (filters: number, kernelSize: number, more: ConvOptions = {}): Conv2DConfig => ({
  type: 'conv2d',
  filters,
  kernelSize,
  ...more,
});
const maxPool = (poolSize: number, strides?: number): LayerConfig =>
  strides === undefined ? { type: 'maxPooling2d', poolSize } : { type: 'maxPooling2d', poolSize, strides };
const dense = (units: number, activation?: 'relu' | 'tanh' | 'sigmoid' | 'softmax'): LayerConfig =>
  activation === undefined ? { type: 'dense', units } : { type: 'dense', units, activation };
const flatten: LayerConfig = { type: 'flatten' };

export const MODELS: Record<ModelName, ModelDefinition> = {
  lenet5: {
    inputShape: [28, 28, 1],
    // The last layer is linear: the engine applies softmax inside the cross-entropy loss.
    layers: [
      conv(6, 5, { padding: 'same', activation: 'relu' }),
      maxPool(2),
      conv(16, 5, { padding: 'valid', activation: 'relu' }),
      maxPool(2),
      flatten,
      dense(120, 'relu'),
      dense(84, 'relu'),
      dense(10),
    ],
    description: {
      en: 'LeNet-5 as trained today: ReLU, max pooling, "same" padding on the first layer so 28×28 MNIST fits.',
      ko: '오늘날 방식의 LeNet-5: ReLU, 최대 풀링, 28×28 MNIST에 맞추기 위해 첫 층에 "same" 패딩을 사용합니다.',
    },
  },
  'lenet5-classic': {
    inputShape: [28, 28, 1],
    layers: [
      { type: 'zeroPadding2d', padding: 2 },
      conv(6, 5, { activation: 'tanh' }),
      { type: 'averagePooling2d', poolSize: 2 },
      conv(16, 5, { activation: 'tanh' }),
      { type: 'averagePooling2d', poolSize: 2 },
      conv(120, 5, { activation: 'tanh' }),
      flatten,
      dense(84, 'tanh'),
      dense(10, 'softmax'),
    ],
    description: {
      en: 'LeNet-5 of LeCun et al. (1998): 32×32 input, tanh, average pooling (S2, S4), C5 with 120 maps of 1×1; softmax replaces the RBF output.',
      ko: 'LeCun 등(1998)의 LeNet-5: 32×32 입력, tanh, 평균 풀링(S2, S4), 1×1 맵 120개의 C5; 출력층의 RBF 대신 소프트맥스를 사용합니다.',
    },
  },
  mlp: {
    inputShape: [28, 28, 1],
    layers: [flatten, dense(128, 'relu'), dense(32, 'relu'), dense(10)],
    description: {
      en: 'A dense network (multilayer perceptron) on MNIST, to compare with a CNN; linear output for softmax cross-entropy.',
      ko: 'CNN과 비교하기 위한 MNIST 완전연결 신경망(다층 퍼셉트론); 출력은 선형이며 소프트맥스 교차 엔트로피를 씁니다.',
    },
  },
  'keras-a': {
    inputShape: [28, 28, 1],
    layers: [
      conv(32, 3, { activation: 'relu' }),
      maxPool(2),
      conv(64, 3, { activation: 'relu' }),
      maxPool(2),
      conv(64, 3, { activation: 'relu' }),
      flatten,
      dense(64, 'relu'),
      dense(10, 'softmax'),
    ],
    description: {
      en: 'Model A: the Keras MNIST CNN with "valid" convolutions (93,322 parameters).',
      ko: '모델 A: "valid" 합성곱을 쓰는 Keras MNIST CNN (파라미터 93,322개).',
    },
  },
  'keras-b': {
    inputShape: [28, 28, 1],
    layers: [
      conv(32, 3, { padding: 'same', activation: 'relu' }),
      maxPool(2),
      conv(64, 3, { padding: 'same', activation: 'relu' }),
      maxPool(2),
      conv(32, 3, { padding: 'same', activation: 'relu' }),
      flatten,
      dense(128, 'relu'),
      dense(32, 'relu'),
      dense(10, 'softmax'),
    ],
    description: {
      en: 'Model B: a Fashion-MNIST CNN with "same" padding everywhere (242,570 parameters).',
      ko: '모델 B: 모든 층에 "same" 패딩을 쓰는 Fashion-MNIST CNN (파라미터 242,570개).',
    },
  },
  'keras-c': {
    inputShape: [28, 28, 1],
    layers: [flatten, { type: 'dropout', rate: 0.2 }, dense(128, 'relu'), dense(32, 'relu'), dense(10, 'softmax')],
    description: {
      en: 'Model C: a Fashion-MNIST dense network with dropout (104,938 parameters).',
      ko: '모델 C: 드롭아웃을 쓰는 Fashion-MNIST 완전연결 신경망 (파라미터 104,938개).',
    },
  },
  'keras-d': {
    inputShape: [5],
    layers: [dense(16, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1)],
    description: {
      en: 'Model D: dense regression on 5 features with one linear output (1,185 parameters).',
      ko: '모델 D: 특성 5개로 값 하나를 예측하는 완전연결 회귀 모델 (파라미터 1,185개).',
    },
  },
  'keras-e': {
    inputShape: [500, 500, 4],
    // As listed in the course: only the first convolution is followed by an activation layer.
    layers: [
      conv(10, 5, { padding: 'same' }),
      { type: 'leakyReLU' },
      maxPool(5),
      conv(10, 5, { padding: 'same' }),
      maxPool(5),
      conv(20, 3, { padding: 'same' }),
      maxPool(5),
      conv(25, 2, { padding: 'same' }),
      maxPool(4),
      flatten,
      dense(10, 'relu'),
      { type: 'dropout', rate: 0.5 },
      dense(1, 'sigmoid'),
    ],
    description: {
      en: 'Model E: wall-texture classifier on 500×500 RGBA images; pooling shrinks 500 → 100 → 20 → 4 → 1.',
      ko: '모델 E: 500×500 RGBA 이미지의 벽 질감 분류기; 풀링으로 500 → 100 → 20 → 4 → 1로 줄어듭니다.',
    },
  },
  'traffic-1d': {
    inputShape: [288, 1],
    layers: [
      { type: 'conv1d', filters: 32, kernelSize: 6, padding: 'same', activation: 'relu' },
      flatten,
      dense(16),
      dense(1),
    ],
    description: {
      en: 'Traffic-speed forecasting: a 1D CNN reads the last 288 five-minute samples (24 h) and predicts the next.',
      ko: '교통 속도 예측: 1D CNN이 최근 5분 간격 샘플 288개(24시간)를 보고 다음 값을 예측합니다.',
    },
  },
  alexnet: {
    inputShape: [227, 227, 3],
    // One tower instead of the paper's two GPUs, and no local response normalization layers.
    layers: [
      conv(96, 11, { strides: 4, padding: 'valid', activation: 'relu' }),
      maxPool(3, 2),
      conv(256, 5, { padding: 'same', activation: 'relu' }),
      maxPool(3, 2),
      conv(384, 3, { padding: 'same', activation: 'relu' }),
      conv(384, 3, { padding: 'same', activation: 'relu' }),
      conv(256, 3, { padding: 'same', activation: 'relu' }),
      maxPool(3, 2),
      flatten,
      dense(4096, 'relu'),
      { type: 'dropout', rate: 0.5 },
      dense(4096, 'relu'),
      { type: 'dropout', rate: 0.5 },
      dense(1000, 'softmax'),
    ],
    description: {
      en: 'AlexNet (2012) in one tower without LRN: 227×227×3 → 55 → 27 → 13 → 6, then 4096, 4096, 1000 (62,378,344 parameters).',
      ko: '하나의 경로로 합치고 LRN을 뺀 AlexNet(2012): 227×227×3 → 55 → 27 → 13 → 6, 이어서 4096, 4096, 1000 (파라미터 62,378,344개).',
    },
  },
};

export const MODEL_NAMES = Object.keys(MODELS) as ModelName[];

/**
 * A channels-last shape in the tiled engine's channels-first order, without the batch
 * axis: [H, W, C] → [C, H, W], [L, C] → [C, L], and a vector [N] stays [N].
 */
export function toChannelsFirst(shape: number[]): number[] {
  if (shape.length < 2) return [...shape];
  return [shape[shape.length - 1], ...shape.slice(0, -1)];
}
