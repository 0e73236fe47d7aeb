/**
 * Site-wide strings: the landing page, the language switch, and <cnn-matrix> (cell names,
 * editing, input errors), which every other element draws with. Korean follows the
 * glossary at the end of CURRICULUM.md (합성곱(컨볼루션), 커널, 패딩, 스트라이드 …).
 */
import { translator, type Dictionary } from './index';

const en = {
  // Site
  siteName: 'ConvLab',
  docTitle: 'ConvLab: step through convolutional neural networks',
  tagline: 'Convolutional neural networks, one multiplication at a time.',
  intro:
    'ConvLab is a step-through simulator for introductory deep-learning courses. Every number on the screen comes from a traced reference computation, so what you see is exactly what the network computes.',
  languageLabel: 'Language',
  skipToContent: 'Skip to content',
  audienceHeading: 'Made for the classroom',
  instructorsTitle: 'Instructors, on slides',
  instructorsBody:
    'Put a diagram on a slide, scale it for the projector and step through with the arrow keys, without the slide moving underneath.',
  studentsTitle: 'Students, exploring',
  studentsBody:
    'Change the input, the kernel, the padding or the stride and watch every output cell being written, number by number.',
  quizzesTitle: 'Quizzes that grade themselves',
  quizzesBody:
    'Fresh questions on output sizes, parameter counts and pooling, checked on the spot with a worked solution.',
  exampleHeading: 'A worked example',
  exampleIntro:
    'A 5×5 input and a 3×3 vertical-edge kernel, stride 1, no padding. The window is multiplied cell by cell with the kernel and the products are summed into one output cell. Choose any output cell to see its sum.',
  exampleInput: 'Input {shape}',
  exampleKernel: 'Kernel {shape}',
  exampleOutput: 'Output {shape}',
  exampleStep: 'Output row {row}, column {col} (counting from 0)',
  linkSlides: 'The slide deck',
  linkInstructor: 'Build a quiz link',
  linkTrain: 'Train LeNet-5 in your browser',
  linkQuiz: 'Take a quiz',
  exampleUnavailable: 'The worked example could not be computed: {detail}',
  lessonsHeading: 'Lessons',
  lessonsEmpty: 'Lessons are being added. Check back soon.',
  lessonNumber: 'Lesson {n}',
  footer: 'ConvLab runs entirely in your browser and works offline.',

  // <cnn-matrix>
  matrixName: 'Matrix {shape}',
  matrixCell: 'row {row}, column {col}: {value}',
  matrixEmpty: 'empty',
  matrixPadding: 'padding',
  matrixWindow: 'in the window',
  matrixActive: 'being computed',
  matrixMarked: 'marked',
  matrixEdit: 'New value for row {row}, column {col}',
  matrixEditInvalid: '“{text}” is not a number; the value {value} is kept.',
  matrixEditInvalidEmpty: '“{text}” is not a number; the cell stays empty.',

  // Input problems shown inside elements
  errorJson: '{name}: not valid JSON ({detail})',
  errorMatrix: '{name}: expected a list of rows of numbers, e.g. [[1, 2], [3, 4]]',
  errorRagged: '{name}: row {row} has length {found} but row 0 has length {expected} (rows count from 0 at the top); every row needs the same length',
  errorCellValue: '{name}: row {row}, column {col} (counting from 0 at the top left) is “{found}”, not a number',
  errorPads: '{name}: expected a whole number ≥ 0 or {"top", "bottom", "left", "right"} leaving at least one data cell',
  errorRect: '{name}: expected {"row", "col", "height", "width"} with whole numbers (height and width ≥ 1)',
  errorCell: '{name}: expected {"row", "col"} with whole numbers',
  errorCells: '{name}: expected a list of {"row", "col"} with whole numbers',
  errorLabels: '{name}: expected a list of {count} labels',
  errorDomain: '{name}: expected two numbers [low, high] with low ≤ high',
  errorChoice: '{name}: “{found}” is not one of {choices}',
} as const;

export type CommonKey = keyof typeof en;

const ko: Record<CommonKey, string> = {
  siteName: 'ConvLab',
  docTitle: 'ConvLab: 합성곱 신경망을 단계별로',
  tagline: '합성곱 신경망(CNN)을 곱셈 하나하나까지 따라가 봅니다.',
  intro:
    'ConvLab은 딥러닝 입문 강의를 위한 단계별 시뮬레이터입니다. 화면의 모든 숫자는 추적 가능한 기준 계산에서 나오므로, 보이는 것이 곧 신경망이 계산하는 것입니다.',
  languageLabel: '언어',
  skipToContent: '본문으로 건너뛰기',
  audienceHeading: '강의실을 위해 만들었습니다',
  instructorsTitle: '교수자: 슬라이드에 띄워서',
  instructorsBody:
    '그림을 슬라이드에 넣고 프로젝터에 맞게 크기를 키운 뒤, 화살표 키로 단계를 넘깁니다. 슬라이드는 넘어가지 않습니다.',
  studentsTitle: '학생: 직접 바꿔 보며',
  studentsBody: '입력, 커널, 패딩, 스트라이드를 바꾸면서 출력 칸이 숫자 하나하나 채워지는 과정을 봅니다.',
  quizzesTitle: '스스로 채점하는 퀴즈',
  quizzesBody: '출력 크기, 파라미터 수, 풀링에 관한 새 문제를 바로 채점하고 풀이를 보여 줍니다.',
  exampleHeading: '풀어 보는 예제',
  exampleIntro:
    '5×5 입력과 3×3 수직 윤곽선 검출 커널, 스트라이드 1, 패딩 없음. 창 안의 값과 커널을 칸마다 곱한 뒤 모두 더해 출력 한 칸을 얻습니다. 출력 칸을 골라 그 합을 확인해 보세요.',
  exampleInput: '입력 {shape}',
  exampleKernel: '커널 {shape}',
  exampleOutput: '출력 {shape}',
  exampleStep: '출력 {row}행 {col}열 (0부터 셈)',
  linkSlides: '슬라이드 데크',
  linkInstructor: '퀴즈 링크 만들기',
  linkTrain: '브라우저에서 LeNet-5 학습하기',
  linkQuiz: '퀴즈 풀기',
  exampleUnavailable: '예제를 계산하지 못했습니다: {detail}',
  lessonsHeading: '강의',
  lessonsEmpty: '강의를 준비하고 있습니다. 곧 추가됩니다.',
  lessonNumber: '{n}강',
  footer: 'ConvLab은 브라우저 안에서만 동작하며 인터넷 연결 없이도 쓸 수 있습니다.',

  matrixName: '행렬 {shape}',
  matrixCell: '{row}행 {col}열: {value}',
  matrixEmpty: '비어 있음',
  matrixPadding: '패딩',
  matrixWindow: '창 안',
  matrixActive: '계산 중',
  matrixMarked: '표시됨',
  matrixEdit: '{row}행 {col}열의 새 값',
  matrixEditInvalid: '“{text}”은(는) 숫자가 아닙니다. 값 {value}을(를) 그대로 둡니다.',
  matrixEditInvalidEmpty: '“{text}”은(는) 숫자가 아닙니다. 칸을 비워 둡니다.',

  errorJson: '{name}: 올바른 JSON이 아닙니다 ({detail})',
  errorMatrix: '{name}: 숫자로 된 행의 목록이어야 합니다. 예: [[1, 2], [3, 4]]',
  errorRagged: '{name}: {row}행의 길이는 {found}, 0행의 길이는 {expected}입니다(맨 위 행을 0으로 셀 때). 모든 행의 길이가 같아야 합니다',
  errorCellValue: '{name}: {row}행 {col}열(왼쪽 위를 0으로 셀 때)의 “{found}”은(는) 숫자가 아닙니다',
  errorPads: '{name}: 0 이상의 정수나 {"top", "bottom", "left", "right"}이어야 하며, 데이터 칸이 하나 이상 남아야 합니다',
  errorRect: '{name}: 정수로 된 {"row", "col", "height", "width"}이어야 합니다 (height, width ≥ 1)',
  errorCell: '{name}: 정수로 된 {"row", "col"}이어야 합니다',
  errorCells: '{name}: 정수로 된 {"row", "col"}의 목록이어야 합니다',
  errorLabels: '{name}: 이름표 {count}개의 목록이어야 합니다',
  errorDomain: '{name}: low ≤ high인 숫자 두 개 [low, high]여야 합니다',
  errorChoice: '{name}: “{found}”은(는) {choices} 중 하나가 아닙니다',
};

export const COMMON_STRINGS: Dictionary<CommonKey> = { en, ko };
/** tCommon('ko', 'matrixCell', { row: 1, col: 2, value: '−3' }) → '1행 2열: −3'. */
export const tCommon = translator(COMMON_STRINGS);
