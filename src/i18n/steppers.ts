/**
 * Strings of the step-through elements (cnn-conv-stepper, cnn-pool-stepper,
 * cnn-conv1d-stepper, cnn-transposed-stepper) and of their narration (src/narrate).
 * Korean follows the glossary at the end of CURRICULUM.md.
 */
import { translator, type Dictionary } from './index';

const en = {
  // Controls
  controls: 'Step controls',
  play: 'Play',
  pause: 'Pause',
  previous: 'Back',
  previousLabel: 'Previous step',
  next: 'Next',
  nextLabel: 'Next step',
  reset: 'Reset',
  resetLabel: 'Reset to the first step',
  speed: 'Speed {speed}',
  speedLabel: 'Playback speed {speed}; press to change',
  stepCounter: 'Step {n} / {total}',

  // Panels
  input: 'Input',
  inputShape: 'Input {shape}',
  paddedInput: 'Input {shape}, padded to {padded}',
  kernel: 'Kernel',
  kernelShape: 'Kernel {shape}',
  kernelFlipped: 'Kernel {shape}, rotated 180°',
  products: 'Products',
  bias: 'Bias',
  sum: 'Sum',
  output: 'Output',
  outputShape: 'Output {shape}',
  featureMap: 'Feature map {n}',
  filter: 'Filter {n}',
  filterShort: 'f{n}',
  channel: 'Channel {n}',
  channelShort: 'ch{n}',
  equation: 'Equation',
  window: 'Window',
  editHint: 'Edit a number to recompute; the step is kept.',
  jumpHint: 'Click an output cell to jump to its step.',
  cellLabel: '{name} row {row}, column {col}: {value}',
  editCell: 'Edit {name} row {row}, column {col}',

  // Pooling
  poolMax: 'Max pooling {size}, stride {stride}',
  poolAvg: 'Average pooling {size}, stride {stride}',
  poolGlobalMax: 'Global max pooling',
  poolGlobalAvg: 'Global average pooling',
  winner: 'Winner',
  winnerAt: 'winner at ({row}, {col})',

  // 1D
  sequence: 'Sequence',
  sequenceShape: 'Sequence: {channels} channels × {length} steps',
  sequenceLength: 'Sequence of {length} steps',
  sentence: 'Sentence: {length} words, embedding size {channels}',
  embedding: 'Embedding',
  ngram: '{n}-gram',

  // Transposed
  scaledKernel: 'Kernel × {value}',
  runningOutput: 'Running output',
  finalOutput: 'Output {shape}',
  transposedSize: 'Output {shape}: {formula}',
  contributions: 'contributions',
  cropped: 'cropped (padding)',
  croppedNote: 'Hatched border: cut away by padding {padding}.',

  // Narration (src/narrate)
  narrateConv: 'Output ({row}, {col}) = {equation}',
  narrateConvFilter: 'Filter {filter}, output ({row}, {col}) = {equation}',
  narrateChannels: '{parts} = {sum}',
  narratePool: 'Output ({row}, {col}) = {equation}',
  narratePoolChannel: 'Channel {channel}, output ({row}, {col}) = {equation}',
  narratePoolWinner: '{text}; winner at ({row}, {col})',
  narrateConv1d: 'Output {position} = {equation}',
  narrateConv1dFilter: 'Filter {filter}, output {position} = {equation}',
  narrateConv1dWords: 'Output {position} ({words}) = {equation}',
  narrateConv1dWordsFilter: 'Filter {filter}, output {position} ({words}) = {equation}',
  narrateScatter2d: 'Input ({row}, {col}) = {value}: kernel × {value} added to output rows {rows}, columns {cols}',
  narrateScatter1d: 'Input {position} = {value}: kernel × {value} added to outputs {positions}',
  narrateCroppedCount: '{count} cropped',
  biasTerm: 'bias {value}',

  // Errors
  errorTitle: 'This example cannot be shown',
  errorJson: '{attribute}: not valid JSON ({detail})',
  errorPreset: '{attribute}: unknown preset "{name}"; known presets: {names}',
  errorShape: '{attribute}: {detail}',
  errorNumber: '{attribute}: "{value}" is not a number or a list of numbers',
  errorChoice: '{attribute}: "{value}" is not one of {choices}',
  errorEngine: 'The settings do not fit together: {detail}',
  errorFix: 'Fix the attribute and the element redraws.',
} as const;

type Key = keyof typeof en;

const ko: Record<Key, string> = {
  controls: '단계 조작',
  play: '재생',
  pause: '일시정지',
  previous: '이전',
  previousLabel: '이전 단계',
  next: '다음',
  nextLabel: '다음 단계',
  reset: '처음으로',
  resetLabel: '첫 단계로 돌아가기',
  speed: '속도 {speed}',
  speedLabel: '재생 속도 {speed}, 눌러서 바꾸기',
  stepCounter: '단계 {n} / {total}',

  input: '입력',
  inputShape: '입력 {shape}',
  paddedInput: '입력 {shape}, 패딩 후 {padded}',
  kernel: '커널',
  kernelShape: '커널 {shape}',
  kernelFlipped: '커널 {shape}, 180° 회전',
  products: '곱',
  bias: '편향',
  sum: '합',
  output: '출력',
  outputShape: '출력 {shape}',
  featureMap: '특성 맵 {n}',
  filter: '필터 {n}',
  filterShort: '필터{n}',
  channel: '채널 {n}',
  channelShort: '채널{n}',
  equation: '식',
  window: '창',
  editHint: '숫자를 고치면 다시 계산합니다. 단계는 그대로입니다.',
  jumpHint: '출력 칸을 누르면 그 단계로 갑니다.',
  cellLabel: '{name} {row}행 {col}열: {value}',
  editCell: '{name} {row}행 {col}열 고치기',

  poolMax: '최대 풀링 {size}, 스트라이드 {stride}',
  poolAvg: '평균 풀링 {size}, 스트라이드 {stride}',
  poolGlobalMax: '전역 최대 풀링',
  poolGlobalAvg: '전역 평균 풀링',
  winner: '최댓값',
  winnerAt: '최댓값 위치 ({row}, {col})',

  sequence: '시퀀스',
  sequenceShape: '시퀀스: 채널 {channels}개 × {length} 시점',
  sequenceLength: '시퀀스: {length} 시점',
  sentence: '문장: 단어 {length}개, 임베딩 크기 {channels}',
  embedding: '임베딩',
  ngram: '{n}-그램',

  scaledKernel: '커널 × {value}',
  runningOutput: '누적 출력',
  finalOutput: '출력 {shape}',
  transposedSize: '출력 {shape}: {formula}',
  contributions: '기여 횟수',
  cropped: '잘림 (패딩)',
  croppedNote: '빗금 친 테두리: 패딩 {padding}으로 잘려 나갑니다.',

  narrateConv: '출력 ({row}, {col}) = {equation}',
  narrateConvFilter: '필터 {filter}, 출력 ({row}, {col}) = {equation}',
  narrateChannels: '{parts} = {sum}',
  narratePool: '출력 ({row}, {col}) = {equation}',
  narratePoolChannel: '채널 {channel}, 출력 ({row}, {col}) = {equation}',
  narratePoolWinner: '{text}, 최댓값 위치 ({row}, {col})',
  narrateConv1d: '출력 {position} = {equation}',
  narrateConv1dFilter: '필터 {filter}, 출력 {position} = {equation}',
  narrateConv1dWords: '출력 {position} ({words}) = {equation}',
  narrateConv1dWordsFilter: '필터 {filter}, 출력 {position} ({words}) = {equation}',
  narrateScatter2d: '입력 ({row}, {col}) = {value}: 커널 × {value}를 출력 {rows}행, {cols}열에 더함',
  narrateScatter1d: '입력 {position} = {value}: 커널 × {value}를 출력 {positions}에 더함',
  narrateCroppedCount: '{count}개 잘림',
  biasTerm: '편향 {value}',

  errorTitle: '이 예제를 표시할 수 없습니다',
  errorJson: '{attribute}: 올바른 JSON이 아닙니다 ({detail})',
  errorPreset: '{attribute}: 알 수 없는 프리셋 "{name}". 사용할 수 있는 프리셋: {names}',
  errorShape: '{attribute}: {detail}',
  errorNumber: '{attribute}: "{value}"은(는) 숫자나 숫자 목록이 아닙니다',
  errorChoice: '{attribute}: "{value}"은(는) {choices} 중 하나가 아닙니다',
  errorEngine: '설정이 서로 맞지 않습니다: {detail}',
  errorFix: '속성을 고치면 다시 그립니다.',
};

export type StepperKey = Key;
export const STEPPER_STRINGS: Dictionary<Key> = { en, ko };
/** t('ko', 'stepCounter', { n: 3, total: 9 }) → '단계 3 / 9'. */
export const tStepper = translator(STEPPER_STRINGS);
