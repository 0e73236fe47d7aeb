/**
 * Strings of <cnn-model-summary> (Keras-style summary, its explanations and the layer
 * editor) and <cnn-digit-pad> (drawing pad, preview, class probabilities). Korean follows
 * the glossary at the end of CURRICULUM.md (파라미터, 출력 크기, 합성곱층, 필터, 패딩 …).
 * Keras's class names (Conv2D, Dense …) and shapes "(None, 28, 28, 6)" stay as Keras
 * prints them in both languages, since students see them in their own notebooks.
 */
import { translator, type Dictionary, type Lang } from './index';

const en = {
  // Summary table
  summaryCaption: 'Model summary',
  summaryInput: 'Input: {shape}',
  colLayer: 'Layer (type)',
  colOutputShape: 'Output Shape',
  colParams: 'Param #',
  colActions: 'Order',
  totalParams: 'Total params: {n}',
  trainableParams: 'Trainable params: {n}',
  nonTrainableParams: 'Non-trainable params: {n}',
  totalsUnavailable: 'Totals appear when every layer fits.',
  notComputed: '—',
  explainToggle: 'How is {what} computed?',
  explainAll: 'Explain every row',

  // Explanations of output shapes
  shapeHeightWidth: 'Height and width: {formula}',
  shapeHeight: 'Height: {formula}',
  shapeWidth: 'Width: {formula}',
  shapeLength: 'Length: {formula}',
  shapeSamePadding: "'same' padding adds {before} before and {after} after, so the size becomes ⌈{input} / {stride}⌉ = {output}.",
  shapeFilters: 'Channels: {filters} filters give {filters} feature maps.',
  shapePoolChannels: 'Channels: still {channels}; pooling works on each channel separately.',
  shapeFlatten: 'Flatten lays all values in one vector: {product} = {total}.',
  shapeDense: 'Dense acts on the last axis: {inputs} inputs → {units} units.',
  shapeGlobal: 'One value per channel: {channels}.',
  shapeUnchanged: 'Same shape as its input: it works on each value in place.',
  shapeZeroPadding: 'Zeros around the border: height {height} + {top} + {bottom} = {newHeight}, width {width} + {left} + {right} = {newWidth}.',

  // Explanations of Param #
  paramsConv2d:
    'Each of the {filters} filters has a {kh}×{kw} kernel for each of the {inChannels} input channels, plus one bias: (K_h·K_w·C_in + 1)·C_out = {formula}',
  paramsConv2dNoBias:
    'Each of the {filters} filters has a {kh}×{kw} kernel for each of the {inChannels} input channels, no bias: K_h·K_w·C_in·C_out = {formula}',
  paramsConv1d:
    'Each of the {filters} filters has a kernel of {k} for each of the {inChannels} input channels, plus one bias: (K·C_in + 1)·C_out = {formula}',
  paramsConv1dNoBias:
    'Each of the {filters} filters has a kernel of {k} for each of the {inChannels} input channels, no bias: K·C_in·C_out = {formula}',
  paramsDense: 'A weight from each of the {inputs} inputs to each of the {units} units, plus one bias per unit: in·out + out = {formula}',
  paramsDenseNoBias: 'A weight from each of the {inputs} inputs to each of the {units} units, no bias: in·out = {formula}',
  paramsBatchNorm:
    '4 numbers per channel: {formula}. γ and β are learned ({trainable} trainable); the moving mean and variance are averaged, not learned ({nonTrainable} non-trainable).',
  noParamsMaxPool: 'No parameters: max pooling keeps the largest value of each window; there is nothing to learn.',
  noParamsAvgPool: 'No parameters: average pooling takes the mean of each window; there is nothing to learn.',
  noParamsGlobalMax: 'No parameters: it keeps the largest value of each whole channel.',
  noParamsGlobalAvg: 'No parameters: it takes the mean of each whole channel.',
  noParamsFlatten: 'No parameters: Flatten only rearranges the values into one vector.',
  noParamsDropout: 'No parameters: dropout only sets random units to 0 during training (rate {rate}).',
  noParamsActivation: 'No parameters: the activation is a fixed function applied to each value.',
  noParamsZeroPadding: 'No parameters: it only adds zeros around the border.',

  // Layer editor
  editorCaption: 'Edit the layers; the summary updates as you type.',
  fieldFilters: 'Filters',
  fieldKernelSize: 'Kernel',
  fieldStrides: 'Stride',
  fieldPadding: 'Padding',
  fieldActivation: 'Activation',
  fieldUnits: 'Units',
  fieldRate: 'Rate',
  fieldPoolSize: 'Pool',
  fieldLabel: '{field} of layer {n} ({name})',
  activationNone: 'none (linear)',
  moveUp: 'Move layer {n} ({name}) up',
  moveDown: 'Move layer {n} ({name}) down',
  remove: 'Remove layer {n} ({name})',
  addLayer: 'Add layer',
  addType: 'Type of the new layer',
  addWhere: 'Where to add it',
  addAtStart: 'at the start',
  addAtEnd: 'at the end',
  addAfter: 'after {n} ({name})',
  resetLayers: 'Reset',
  resetLabel: 'Undo every edit and show the original layers',
  layersReset: 'Original layers restored.',
  typeConv2d: 'Convolution (Conv2D)',
  typeMaxPooling2d: 'Max pooling (MaxPooling2D)',
  typeAveragePooling2d: 'Average pooling (AveragePooling2D)',
  typeGlobalAveragePooling2d: 'Global average pooling',
  typeFlatten: 'Flatten',
  typeDense: 'Dense (fully connected)',
  typeDropout: 'Dropout',
  typeBatchNormalization: 'Batch normalization',
  layerAdded: 'Added layer {n} ({name}).',
  layerRemoved: 'Removed layer {name}.',
  layerMoved: 'Layer {name} is now layer {n}.',

  // Problems
  errorLayer: 'Layer {n} ({name}): {reason}',
  errorModelWide: '{name}: {reason}',
  errorJson: '{attribute}: not valid JSON ({detail})',
  errorLayersList: 'layers: expected a list of layers like [{"type": "conv2d", "filters": 6, "kernelSize": 5}]',
  errorInputShape: 'input-shape: expected a list of sizes like [28, 28, 1]',
  errorUnknownModel: 'model: unknown model “{name}”; use one of {names}',
  errorNoModel: 'Give a model name (model="lenet5") or a layer list (layers=\'[…]\').',
  errorKeepsEdits: 'Your edits are kept; change the layer to fix it.',

  // Digit pad
  padLabel: 'Drawing pad: draw a digit with a mouse, pen or finger. Keys: 0 to 9 draw a sample digit, Delete clears.',
  padHint: 'Draw a digit here',
  clear: 'Clear',
  clearLabel: 'Clear the drawing',
  sample: 'Sample {digit}',
  sampleLabel: 'Draw the sample digit {digit}',
  preview: 'Model input 28×28',
  previewLabel: 'What the model receives: the drawing scaled to 20 pixels and centred by its centre of mass in 28×28',
  previewEmpty: 'Nothing drawn yet',
  drawn: 'Drawing sent to the model.',
  cleared: 'Drawing cleared.',
  probabilities: 'Class probabilities',
  probabilityItem: '{digit}: {percent}',
  probabilityBest: '{digit}: {percent}, most likely',
  prediction: 'Prediction: {digit} ({percent})',
  errorProbabilities: 'probabilities: expected 10 numbers from 0 to 1, got {detail}',
} as const;

export type ModelsKey = keyof typeof en;

const ko: Record<ModelsKey, string> = {
  summaryCaption: '모델 요약',
  summaryInput: '입력: {shape}',
  colLayer: '층 (종류)',
  colOutputShape: '출력 크기',
  colParams: '파라미터 수',
  colActions: '순서',
  totalParams: '전체 파라미터: {n}',
  trainableParams: '학습되는 파라미터: {n}',
  nonTrainableParams: '학습되지 않는 파라미터: {n}',
  totalsUnavailable: '모든 층이 맞으면 합계가 표시됩니다.',
  notComputed: '—',
  explainToggle: '{what}은(는) 어떻게 계산하나요?',
  explainAll: '모든 행 설명 보기',

  shapeHeightWidth: '높이와 너비: {formula}',
  shapeHeight: '높이: {formula}',
  shapeWidth: '너비: {formula}',
  shapeLength: '길이: {formula}',
  shapeSamePadding: "'same' 패딩은 앞에 {before}칸, 뒤에 {after}칸을 더하므로 크기는 ⌈{input} / {stride}⌉ = {output}입니다.",
  shapeFilters: '채널: 필터 {filters}개가 특성 맵 {filters}개를 만듭니다.',
  shapePoolChannels: '채널: 그대로 {channels}개; 풀링은 채널마다 따로 적용됩니다.',
  shapeFlatten: '평탄화는 모든 값을 벡터 하나로 늘어놓습니다: {product} = {total}.',
  shapeDense: '완전 연결층은 마지막 축에 적용됩니다: 입력 {inputs}개 → 유닛 {units}개.',
  shapeGlobal: '채널마다 값 하나: {channels}.',
  shapeUnchanged: '입력과 같은 크기: 각 값에 그 자리에서 적용됩니다.',
  shapeZeroPadding: '테두리에 0을 채웁니다: 높이 {height} + {top} + {bottom} = {newHeight}, 너비 {width} + {left} + {right} = {newWidth}.',

  paramsConv2d:
    '필터 {filters}개마다 입력 채널 {inChannels}개 각각에 {kh}×{kw} 커널이 있고 편향이 1개 있습니다: (K_h·K_w·C_in + 1)·C_out = {formula}',
  paramsConv2dNoBias:
    '필터 {filters}개마다 입력 채널 {inChannels}개 각각에 {kh}×{kw} 커널이 있고 편향은 없습니다: K_h·K_w·C_in·C_out = {formula}',
  paramsConv1d:
    '필터 {filters}개마다 입력 채널 {inChannels}개 각각에 길이 {k}의 커널이 있고 편향이 1개 있습니다: (K·C_in + 1)·C_out = {formula}',
  paramsConv1dNoBias:
    '필터 {filters}개마다 입력 채널 {inChannels}개 각각에 길이 {k}의 커널이 있고 편향은 없습니다: K·C_in·C_out = {formula}',
  paramsDense: '입력 {inputs}개와 유닛 {units}개 사이마다 가중치 하나, 유닛마다 편향 하나: 입력·출력 + 출력 = {formula}',
  paramsDenseNoBias: '입력 {inputs}개와 유닛 {units}개 사이마다 가중치 하나, 편향 없음: 입력·출력 = {formula}',
  paramsBatchNorm:
    '채널마다 숫자 4개: {formula}. γ와 β는 학습되고({trainable}개), 이동 평균과 이동 분산은 학습이 아니라 평균으로 갱신됩니다({nonTrainable}개).',
  noParamsMaxPool: '파라미터 없음: 최대 풀링은 창마다 가장 큰 값을 고를 뿐이라 학습할 것이 없습니다.',
  noParamsAvgPool: '파라미터 없음: 평균 풀링은 창마다 평균을 낼 뿐이라 학습할 것이 없습니다.',
  noParamsGlobalMax: '파라미터 없음: 채널 전체에서 가장 큰 값을 고릅니다.',
  noParamsGlobalAvg: '파라미터 없음: 채널 전체의 평균을 냅니다.',
  noParamsFlatten: '파라미터 없음: 평탄화는 값을 벡터 하나로 다시 늘어놓을 뿐입니다.',
  noParamsDropout: '파라미터 없음: 드롭아웃은 학습할 때만 유닛을 무작위로 0으로 만듭니다 (비율 {rate}).',
  noParamsActivation: '파라미터 없음: 활성화 함수는 각 값에 적용하는 정해진 함수입니다.',
  noParamsZeroPadding: '파라미터 없음: 테두리에 0을 덧붙일 뿐입니다.',

  editorCaption: '층을 고치면 요약이 바로 바뀝니다.',
  fieldFilters: '필터 수',
  fieldKernelSize: '커널',
  fieldStrides: '스트라이드',
  fieldPadding: '패딩',
  fieldActivation: '활성화 함수',
  fieldUnits: '유닛 수',
  fieldRate: '비율',
  fieldPoolSize: '풀링 크기',
  fieldLabel: '{n}번째 층 ({name})의 {field}',
  activationNone: '없음 (선형)',
  moveUp: '{n}번째 층 ({name})을 위로',
  moveDown: '{n}번째 층 ({name})을 아래로',
  remove: '{n}번째 층 ({name}) 삭제',
  addLayer: '층 추가',
  addType: '새 층의 종류',
  addWhere: '추가할 위치',
  addAtStart: '맨 앞',
  addAtEnd: '맨 뒤',
  addAfter: '{n}번째 층 ({name}) 뒤',
  resetLayers: '처음으로',
  resetLabel: '고친 내용을 모두 되돌리고 원래 층을 보여 줍니다',
  layersReset: '원래 층으로 되돌렸습니다.',
  typeConv2d: '합성곱층 (Conv2D)',
  typeMaxPooling2d: '최대 풀링 (MaxPooling2D)',
  typeAveragePooling2d: '평균 풀링 (AveragePooling2D)',
  typeGlobalAveragePooling2d: '전역 평균 풀링',
  typeFlatten: '평탄화 (Flatten)',
  typeDense: '완전 연결층 (Dense)',
  typeDropout: '드롭아웃 (Dropout)',
  typeBatchNormalization: '배치 정규화',
  layerAdded: '{n}번째 층 ({name})을 추가했습니다.',
  layerRemoved: '{name} 층을 삭제했습니다.',
  layerMoved: '{name} 층이 이제 {n}번째 층입니다.',

  errorLayer: '{n}번째 층 ({name}): {reason}',
  errorModelWide: '{name}: {reason}',
  errorJson: '{attribute}: 올바른 JSON이 아닙니다 ({detail})',
  errorLayersList: 'layers: [{"type": "conv2d", "filters": 6, "kernelSize": 5}] 같은 층의 목록이어야 합니다',
  errorInputShape: 'input-shape: [28, 28, 1] 같은 크기의 목록이어야 합니다',
  errorUnknownModel: 'model: 알 수 없는 모델 “{name}”. 사용할 수 있는 모델: {names}',
  errorNoModel: '모델 이름(model="lenet5")이나 층 목록(layers=\'[…]\')을 지정하세요.',
  errorKeepsEdits: '고친 내용은 그대로 있습니다. 이 층을 고치면 해결됩니다.',

  padLabel: '그림판: 마우스, 펜, 손가락으로 숫자를 쓰세요. 0부터 9까지의 키는 예시 숫자를 그리고, Delete 키는 지웁니다.',
  padHint: '여기에 숫자를 쓰세요',
  clear: '지우기',
  clearLabel: '그림 지우기',
  sample: '예시 {digit}',
  sampleLabel: '예시 숫자 {digit} 그리기',
  preview: '모델 입력 28×28',
  previewLabel: '모델이 받는 입력: 그림을 20픽셀로 줄이고 무게 중심이 28×28의 가운데 오도록 옮긴 것',
  previewEmpty: '아직 그린 것이 없습니다',
  drawn: '그림을 모델에 보냈습니다.',
  cleared: '그림을 지웠습니다.',
  probabilities: '클래스별 확률',
  probabilityItem: '{digit}: {percent}',
  probabilityBest: '{digit}: {percent}, 가장 가능성 높음',
  prediction: '예측: {digit} ({percent})',
  errorProbabilities: 'probabilities: 0과 1 사이의 숫자 10개여야 합니다. 받은 값: {detail}',
};

export const MODELS_STRINGS: Dictionary<ModelsKey> = { en, ko };
/** tModels('ko', 'totalParams', { n: '61,706' }) → '전체 파라미터: 61,706'. */
export const tModels = translator(MODELS_STRINGS);

/** Korean names of the sizes geometry's reasons mention ("filters must be a positive integer …"). */
const KO_WHAT: Record<string, string> = {
  filters: '필터 수',
  units: '유닛 수',
  'kernel size': '커널 크기',
  'kernel size (rows)': '커널 높이',
  'kernel size (cols)': '커널 너비',
  strides: '스트라이드',
  'strides (rows)': '스트라이드 (세로)',
  'strides (cols)': '스트라이드 (가로)',
  stride: '스트라이드',
  'pool size': '풀링 크기',
  'pool size (rows)': '풀링 높이',
  'pool size (cols)': '풀링 너비',
  'dilation rate': '팽창 비율',
  'every size in the input shape': '입력 크기의 각 값',
};
const KO_AXIS: Record<string, string> = { height: '높이', width: '너비', length: '길이' };
const KO_WINDOW: Record<string, string> = { kernel: '커널', 'pool window': '풀링 창' };

/**
 * geometry explains an impossible layer in English; for Korean readers the common
 * reasons are reworded (a kernel that does not fit, a size that is not a positive whole
 * number, a layer that needs maps after Flatten, a bad dropout rate). Anything else is
 * shown as geometry wrote it.
 */
export function localiseLayerReason(lang: Lang, reason: string): string {
  if (lang === 'en') return reason;
  const window = /^(kernel|pool window) (height|width|length) (\d+)(?: \(.*\))? is larger than the padded input \w+ (\d+)$/.exec(reason);
  if (window) {
    const [, what, axis, size, padded] = window;
    return `${KO_WINDOW[what]} ${KO_AXIS[axis]} ${size}이(가) 패딩한 입력의 ${KO_AXIS[axis]} ${padded}보다 큽니다`;
  }
  const positive = /^(.+) must be a positive integer, got (.*)$/.exec(reason);
  if (positive && KO_WHAT[positive[1]]) return `${KO_WHAT[positive[1]]}은(는) 양의 정수여야 합니다 (입력값: ${positive[2]})`;
  const rank = /^(\w+) needs a (\d)-D input \(.*\) but receives (\(.*\)), which is (\d)-D/.exec(reason);
  if (rank) {
    const [, layer, needed, shape, got] = rank;
    const hint = got === '1' ? '. 합성곱층과 풀링층은 평탄화(Flatten)나 완전 연결층(Dense)보다 앞에 와야 합니다' : '';
    return `${layer}에는 ${needed}차원 입력이 필요하지만 ${got}차원인 ${shape}을(를) 받습니다${hint}`;
  }
  const dropout = /^dropout rate must be at least 0 and below 1, got (.*)$/.exec(reason);
  if (dropout) return `드롭아웃 비율은 0 이상 1 미만이어야 합니다 (입력값: ${dropout[1]})`;
  return reason;
}
