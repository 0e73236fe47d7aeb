/**
 * Strings of <cnn-feature-maps> (every layer's activations and the first layer's filters
 * for one input) and <cnn-digit-classifier> (the drawing pad with a pretrained model).
 * Korean follows the glossary of CURRICULUM.md: 특성 맵, 필터, 층, 합성곱, 평탄화, 완전 연결층.
 * Keras layer names (conv2d, max_pooling2d …) and class names stay as Keras prints them.
 */
import { translator, type Dictionary } from './index';

const en = {
  // <cnn-feature-maps>
  featureMapsLabel: 'Feature maps of {model} for one input',
  loadingModel: 'Loading the model…',
  loadingImages: 'Loading the MNIST test images… {percent}',
  input: 'Input',
  testImage: 'Test image {index} of {count}',
  label: 'label {label}',
  yourDrawing: 'Your drawing',
  predicted: 'predicted {digit} ({percent})',
  previousImage: 'Previous image',
  nextImage: 'Next image',
  randomImage: 'Random image',
  imageNumber: 'Test image number',
  layerPicker: 'Layer',
  allLayers: 'All layers',
  filtersTitle: 'Learned filters of {name}: {count} kernels of {kh}×{kw}',
  filterItem: 'Filter {n}: weights from {min} to {max}',
  filterLegend: 'blue negative · white 0 · red positive',
  mapsCaption: '{name} ({className}): {channels} maps of {height}×{width}',
  vectorCaption: '{name} ({className}): {n} values',
  flattenCaption: '{name} (Flatten): {n} values, the {channels} maps of {size} values laid end to end (one map per row)',
  logitsCaption: '{name} ({className}): {n} scores, one per digit (before softmax)',
  channelItem: '{name}, channel {n}: largest value {max}',
  vectorItem: '{name}: {n} values from {min} to {max}',
  scaleLayer: 'Colours: one scale for the whole layer (dark 0 → bright {max})',
  scaleChannel: 'Colours: each map on its own scale',
  scaleSigned: 'Colours: blue negative, white 0, red positive (±{max})',
  keysHelp: 'Keys: ← → image, ↑ ↓ layer, R random',
  errorModel: 'Could not load the model: {detail}',
  errorImages: 'Could not load the MNIST test images: {detail}',
  errorInput: 'input: expected {n} finite numbers, got {detail}',
  errorImage: 'image: expected a whole number from 0 to {max}, got “{found}”',
  errorLayer: 'layer: “{found}” is not a layer of this model; choose one of {choices}',
  errorRun: 'The model could not run on this input: {detail}',

  // <cnn-digit-classifier>
  classifierLabel: 'Digit classifier: {model}',
  modelLenet5: 'LeNet-5 (CNN)',
  modelMlp: 'Dense network (MLP)',
  modelOther: 'Model from {url}',
  reads: '{model} reads',
  drawPrompt: 'Draw a digit',
  confidence: '{percent} sure',
  latency: 'inference {ms} ms',
  announce: '{model} reads {digit} ({percent})',
  activationsHeading: 'Inside the network',
} as const;

export type InferenceKey = keyof typeof en;

const ko: Record<InferenceKey, string> = {
  featureMapsLabel: '입력 하나에 대한 {model}의 특성 맵',
  loadingModel: '모델을 불러오는 중…',
  loadingImages: 'MNIST 테스트 이미지를 불러오는 중… {percent}',
  input: '입력',
  testImage: '테스트 이미지 {index} / {count}',
  label: '정답 {label}',
  yourDrawing: '직접 그린 숫자',
  predicted: '예측 {digit} ({percent})',
  previousImage: '이전 이미지',
  nextImage: '다음 이미지',
  randomImage: '무작위 이미지',
  imageNumber: '테스트 이미지 번호',
  layerPicker: '층',
  allLayers: '모든 층',
  filtersTitle: '{name}의 학습된 필터: {kh}×{kw} 커널 {count}개',
  filterItem: '필터 {n}: 가중치 {min} ~ {max}',
  filterLegend: '파랑 음수 · 흰색 0 · 빨강 양수',
  mapsCaption: '{name} ({className}): {height}×{width} 특성 맵 {channels}개',
  vectorCaption: '{name} ({className}): 값 {n}개',
  flattenCaption: '{name} (Flatten, 평탄화): 값 {n}개. 값 {size}개짜리 맵 {channels}개를 이어 붙인 것입니다 (한 줄에 맵 하나)',
  logitsCaption: '{name} ({className}): 숫자마다 점수 하나, 모두 {n}개 (소프트맥스 이전)',
  channelItem: '{name}, 채널 {n}: 최댓값 {max}',
  vectorItem: '{name}: 값 {n}개, {min} ~ {max}',
  scaleLayer: '색: 층 전체에 같은 척도 (어두움 0 → 밝음 {max})',
  scaleChannel: '색: 맵마다 따로 정한 척도',
  scaleSigned: '색: 파랑 음수, 흰색 0, 빨강 양수 (±{max})',
  keysHelp: '키: ← → 이미지, ↑ ↓ 층, R 무작위',
  errorModel: '모델을 불러오지 못했습니다: {detail}',
  errorImages: 'MNIST 테스트 이미지를 불러오지 못했습니다: {detail}',
  errorInput: 'input: 유한한 숫자 {n}개여야 합니다. 받은 값: {detail}',
  errorImage: 'image: 0부터 {max}까지의 정수여야 합니다. 받은 값: “{found}”',
  errorLayer: 'layer: “{found}”은(는) 이 모델의 층이 아닙니다. 다음 중에서 고르세요: {choices}',
  errorRun: '이 입력으로 모델을 실행하지 못했습니다: {detail}',

  classifierLabel: '숫자 분류기: {model}',
  modelLenet5: 'LeNet-5 (CNN)',
  modelMlp: '완전 연결 신경망 (MLP)',
  modelOther: '{url}의 모델',
  reads: '{model}의 예측',
  drawPrompt: '숫자를 그려 보세요',
  confidence: '확신도 {percent}',
  latency: '추론 {ms} ms',
  announce: '{model}의 예측: {digit} ({percent})',
  activationsHeading: '신경망 내부',
};

export const INFERENCE_STRINGS: Dictionary<InferenceKey> = { en, ko };
/** tInference('ko', 'mapsCaption', { … }). */
export const tInference = translator(INFERENCE_STRINGS);
