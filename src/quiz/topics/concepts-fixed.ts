/**
 * Concept questions whose wording does not depend on the seed (only the option order
 * does). Every option carries the reason it is right or wrong.
 */
import { KERNEL_PRESETS } from '../../presets';
import { matrixText } from '../text';
import { option, type Concept } from './concept-types';

const kernel = (name: keyof typeof KERNEL_PRESETS): string => matrixText(KERNEL_PRESETS[name]);

export const FIXED_CONCEPTS: Concept[] = [
  {
    id: 'vertical-edge-kernel',
    levels: ['easy', 'medium'],
    build: () => ({
      question: {
        en: 'Which 3×3 kernel gives the strongest response where a bright region meets a dark region along a vertical line (a vertical edge)?',
        ko: '밝은 영역과 어두운 영역이 세로선을 따라 만나는 곳(세로 윤곽선)에서 가장 강하게 반응하는 3×3 커널은 무엇입니까?',
      },
      correct: option('vertical-edge', kernel('vertical-edge'), kernel('vertical-edge'),
        'Its left column adds and its right column subtracts, so it responds to a change from left to right: a vertical edge.',
        '왼쪽 열은 더하고 오른쪽 열은 빼므로 왼쪽에서 오른쪽으로 바뀌는 곳, 즉 세로 윤곽선에 반응합니다.'),
      wrong: [
        option('horizontal-edge', kernel('horizontal-edge'), kernel('horizontal-edge'),
          'This one compares the top row with the bottom row: it finds horizontal edges.',
          '이 커널은 위쪽 행과 아래쪽 행을 비교하므로 가로 윤곽선을 찾습니다.'),
        option('sharpen', kernel('sharpen'), kernel('sharpen'),
          'This sharpening kernel boosts the centre against its neighbours in every direction; it does not prefer vertical edges.',
          '이 샤프닝 커널은 모든 방향의 이웃에 비해 가운데를 강조할 뿐, 세로 윤곽선을 특별히 찾지 않습니다.'),
        option('identity', kernel('identity'), kernel('identity'),
          'The identity kernel copies the input unchanged.',
          '항등 커널은 입력을 그대로 복사합니다.'),
      ],
      why: {
        en: 'An edge detector has weights of opposite sign on the two sides of the edge and sums to zero, so flat regions give 0.',
        ko: '윤곽선 검출 커널은 윤곽선 양쪽에 부호가 반대인 가중치를 두고 합이 0이므로 평평한 영역에서는 0이 나옵니다.',
      },
      params: '',
    }),
  },
  {
    id: 'pooling-gives-up',
    levels: ['easy', 'medium'],
    build: () => ({
      question: { en: 'What does 2×2 max pooling give up?', ko: '2×2 최대 풀링은 무엇을 포기합니까?' },
      correct: option('exact-position', 'The exact position of a feature inside each window', '각 윈도우 안에서 특징의 정확한 위치',
        'Only the largest value survives, not where it was; that buys some local translation invariance.',
        '가장 큰 값만 남고 그 위치는 사라집니다. 그 대가로 약간의 국소적 이동 불변성을 얻습니다.'),
      wrong: [
        option('channels', 'Some of the channels', '일부 채널',
          'Pooling works on each channel separately; the number of channels stays the same.',
          '풀링은 채널마다 따로 적용되므로 채널 수는 그대로입니다.'),
        option('weights', 'Some of the learned weights', '학습된 가중치 일부',
          'Pooling has no weights at all (Param # 0).',
          '풀링에는 가중치가 전혀 없습니다(Param # 0).'),
        option('backprop', 'The ability to train the layers before it', '앞쪽 층을 학습시키는 능력',
          'Gradients still flow back: each window passes its gradient to the cell that won.',
          '기울기는 여전히 역전파됩니다. 각 윈도우는 최댓값이었던 칸으로 기울기를 전달합니다.'),
      ],
      why: {
        en: 'Pooling shrinks the map and summarises each window; the price is position information, which matters for tasks such as face layout.',
        ko: '풀링은 맵을 줄이고 각 윈도우를 요약합니다. 그 대가는 위치 정보이며, 얼굴 배치처럼 위치가 중요한 작업에서는 문제가 됩니다.',
      },
      params: '',
    }),
  },
  {
    id: 'cross-correlation',
    levels: ['easy', 'medium'],
    build: () => ({
      question: { en: "What does a deep-learning framework's convolution layer compute?", ko: '딥러닝 프레임워크의 합성곱 층은 무엇을 계산합니까?' },
      correct: option('no-flip', 'A cross-correlation: the kernel slides over the input without being flipped', '교차상관: 커널을 뒤집지 않고 입력 위로 이동',
        'Frameworks skip the flip; since the kernel is learned, the flip would make no difference to what it can represent.',
        '프레임워크는 뒤집기를 생략합니다. 커널은 학습되므로 뒤집어도 표현할 수 있는 것은 같습니다.'),
      wrong: [
        option('flipped', 'A true convolution: the kernel is rotated by 180° first', '진짜 합성곱: 커널을 먼저 180° 회전',
          'That is the image-processing definition; CNN layers leave the kernel as it is.',
          '그것은 영상 처리의 정의입니다. CNN 층은 커널을 그대로 둡니다.'),
        option('dense-product', 'A product of the whole flattened image with one big weight matrix', '평탄화한 이미지 전체와 큰 가중치 행렬 하나의 곱',
          'That is a dense (fully connected) layer; a convolution connects each output only to a small window.',
          '그것은 완전 연결층입니다. 합성곱은 각 출력을 작은 윈도우에만 연결합니다.'),
        option('fourier', 'A Fourier transform of the image', '이미지의 푸리에 변환',
          'No transform to frequencies is involved; each output is a weighted sum of a window.',
          '주파수로의 변환은 없습니다. 각 출력은 윈도우의 가중합입니다.'),
      ],
      why: {
        en: 'Each output value is the sum of products of a window of the input with the kernel, plus the bias.',
        ko: '각 출력값은 입력의 윈도우와 커널의 곱을 모두 더하고 편향을 더한 값입니다.',
      },
      params: '',
    }),
  },
  {
    id: 'why-padding',
    levels: ['easy', 'medium'],
    build: () => ({
      question: { en: 'Why do CNNs often add zero padding before a 3×3 convolution?', ko: 'CNN은 왜 3×3 합성곱 전에 제로 패딩을 자주 추가합니까?' },
      correct: option('keep-size', 'So the output does not shrink and border pixels are covered by as many windows as inner ones', '출력이 줄어들지 않고 가장자리 픽셀도 안쪽 픽셀만큼 많은 윈도우에 들어가도록',
        'Without padding each 3×3 layer removes a ring of pixels, and border pixels take part in fewer windows.',
        '패딩이 없으면 3×3 층마다 가장자리 한 줄이 사라지고, 가장자리 픽셀은 더 적은 윈도우에만 들어갑니다.'),
      wrong: [
        option('more-info', 'To add information about what lies outside the image', '이미지 바깥의 정보를 더하기 위해',
          'The zeros carry no information; they only give the windows room.',
          '0에는 정보가 없습니다. 윈도우가 놓일 자리를 만들어 줄 뿐입니다.'),
        option('fewer-params', 'To reduce the number of parameters', '파라미터 수를 줄이기 위해',
          'Padding does not change the number of weights: that depends only on the kernel and the channels.',
          '패딩은 가중치 수를 바꾸지 않습니다. 가중치 수는 커널과 채널에만 달려 있습니다.'),
        option('brighter', 'To normalise the brightness of the image', '이미지의 밝기를 정규화하기 위해',
          'Padding adds a border; it does not rescale values.',
          '패딩은 테두리를 더할 뿐 값의 크기를 바꾸지 않습니다.'),
      ],
      why: {
        en: "'same' padding keeps the width at ⌈W/S⌉; 'valid' (no padding) shrinks it by K − 1 at stride 1.",
        ko: "'same' 패딩은 너비를 ⌈W/S⌉로 유지하고, 'valid'(패딩 없음)는 스트라이드 1에서 너비가 K − 1만큼 줄어듭니다.",
      },
      params: '',
    }),
  },
  {
    id: 'parameter-sharing',
    levels: ['medium', 'hard'],
    build: () => ({
      question: { en: 'Why does parameter sharing help a convolutional layer?', ko: '파라미터 공유는 합성곱 층에 왜 도움이 됩니까?' },
      correct: option('detect-anywhere', 'The same kernel is used at every position, so a feature learned in one place is found everywhere, with far fewer weights', '같은 커널을 모든 위치에 쓰므로 한 곳에서 배운 특징을 어디서나 찾고, 가중치도 훨씬 적습니다',
        'The weight count does not depend on the image size, and the layer becomes translation equivariant.',
        '가중치 수가 이미지 크기와 무관하고, 층이 이동 등변성을 갖게 됩니다.'),
      wrong: [
        option('all-connected', 'Every output is connected to every input pixel', '모든 출력이 모든 입력 픽셀에 연결됩니다',
          'That describes a dense layer; a convolution has sparse interactions (small windows).',
          '그것은 완전 연결층의 설명입니다. 합성곱은 희소 상호작용(작은 윈도우)을 가집니다.'),
        option('rotation', 'It makes the layer invariant to rotations', '회전에 대해 불변이 됩니다',
          'Sharing across positions gives equivariance to shifts, not to rotation or scale.',
          '위치 간 공유는 이동에 대한 등변성을 줄 뿐, 회전이나 크기 변화에는 해당하지 않습니다.'),
        option('no-bias', 'It removes the need for biases', '편향이 필요 없어집니다',
          'Each filter still has its own bias, shared across positions like its weights.',
          '필터마다 여전히 편향이 있고, 가중치처럼 모든 위치에서 공유됩니다.'),
      ],
      why: {
        en: 'Sparse interactions plus shared weights: a Conv2D layer has K·K·C_in·C_out + C_out parameters whatever the image size.',
        ko: '희소 상호작용과 가중치 공유 덕분에 Conv2D 층의 파라미터 수는 이미지 크기와 상관없이 K·K·C_in·C_out + C_out입니다.',
      },
      params: '',
    }),
  },
  {
    id: 'equivariance',
    levels: ['hard'],
    build: () => ({
      question: {
        en: 'The input image is shifted 2 pixels to the right. Ignoring the borders, what happens to the feature map of a convolutional layer (stride 1)?',
        ko: '입력 이미지를 오른쪽으로 2픽셀 옮깁니다. 가장자리를 무시하면, 스트라이드 1인 합성곱 층의 특성 맵은 어떻게 됩니까?',
      },
      correct: option('shifts-too', 'It shifts 2 pixels to the right as well', '특성 맵도 오른쪽으로 2픽셀 이동합니다',
        'Convolution is equivariant to translation, f(shift(x)) = shift(f(x)).',
        '합성곱은 이동에 대해 등변입니다: f(shift(x)) = shift(f(x)).'),
      wrong: [
        option('unchanged', 'It stays exactly the same', '전혀 변하지 않습니다',
          'That would be invariance; a convolution alone is equivariant, and pooling adds only a little local invariance.',
          '그것은 불변성입니다. 합성곱만으로는 등변이며, 풀링이 약간의 국소적 불변성을 더할 뿐입니다.'),
        option('unrelated', 'It changes in a way unrelated to the shift', '이동과 무관하게 바뀝니다',
          'That is what happens to a dense layer on a flattened image, not to a convolution.',
          '그것은 평탄화한 이미지에 완전 연결층을 쓸 때의 일이지 합성곱의 경우가 아닙니다.'),
        option('rotates', 'It rotates', '회전합니다',
          'A shift of the input never rotates the output; convolution is not even equivariant to rotation.',
          '입력을 옮긴다고 출력이 회전하지는 않습니다. 합성곱은 회전에 대해서는 등변도 아닙니다.'),
      ],
      why: {
        en: 'The same kernel is applied at every position, so moving the input moves the responses with it.',
        ko: '같은 커널이 모든 위치에 적용되므로 입력을 옮기면 반응도 함께 옮겨집니다.',
      },
      params: '',
    }),
  },
  {
    id: 'dropout-when',
    levels: ['hard'],
    build: () => ({
      question: { en: 'When does a Dropout(0.5) layer drop units?', ko: 'Dropout(0.5) 층은 언제 유닛을 끕니까?' },
      correct: option('training-only', 'Only during training; at inference every unit is used', '학습할 때만; 추론할 때는 모든 유닛을 씁니다',
        'Dropout is a regulariser for training; Keras scales the kept units during training so inference needs no change.',
        '드롭아웃은 학습용 규제입니다. Keras는 학습 중에 남은 유닛의 값을 키워 두므로 추론 때는 바꿀 것이 없습니다.'),
      wrong: [
        option('always', 'Always, in training and at inference', '학습과 추론 모두에서 항상',
          'Dropping units at inference would make predictions random; it is switched off there.',
          '추론 때 유닛을 끄면 예측이 무작위가 되므로 추론에서는 꺼집니다.'),
        option('inference-only', 'Only at inference, to make the model faster', '추론할 때만, 모델을 빠르게 하려고',
          'It is the other way round: dropout acts only during training.',
          '반대입니다. 드롭아웃은 학습 중에만 작동합니다.'),
        option('after-overfit', 'Only after validation loss starts rising', '검증 손실이 오르기 시작한 뒤에만',
          'That is the signal early stopping watches for; dropout is active in every training step.',
          '그것은 조기 종료의 신호입니다. 드롭아웃은 모든 학습 단계에서 작동합니다.'),
      ],
      why: {
        en: 'Randomly dropping units keeps the network from relying on any single unit, which reduces overfitting.',
        ko: '유닛을 무작위로 끄면 신경망이 특정 유닛에 의존하지 않게 되어 과대적합이 줄어듭니다.',
      },
      params: '',
    }),
  },
];
