/**
 * The lessons listed on the landing page, in teaching order. Each lesson page lives at
 * lessons/<slug>.html; add an entry here when its page is ready.
 */
import type { Lang } from '../src/i18n';

export interface LessonEntry {
  /** File name without .html, e.g. 'convolution' for lessons/convolution.html. */
  slug: string;
  /** Position in the course, from 1. */
  number: number;
  title: Record<Lang, string>;
  /** One sentence on what the learner does or sees. */
  summary: Record<Lang, string>;
}

export const lessons: LessonEntry[] = [
  {
    slug: '01-why-convolution',
    number: 1,
    title: { en: 'Why convolution?', ko: '왜 합성곱인가?' },
    summary: {
      en: 'Receptive fields, what flattening loses, and the three ideas behind convolution: sparse interaction, shared weights, equivariance.',
      ko: '수용장, 평탄화가 잃는 것, 그리고 합성곱을 받치는 세 가지 생각: 희소 상호작용, 파라미터 공유, 등변성.',
    },
  },
  {
    slug: '02-convolution',
    number: 2,
    title: { en: 'The convolution operation', ko: '합성곱 연산' },
    summary: {
      en: 'Slide a kernel over an image, multiply and add, one output cell at a time; flip the kernel, add a bias, meet channels.',
      ko: '커널을 영상 위로 옮기며 곱하고 더해 출력을 한 칸씩 채웁니다. 커널 뒤집기, 편향, 채널도 살펴봅니다.',
    },
  },
  {
    slug: '03-filters',
    number: 3,
    title: { en: 'Filters on images', ko: '영상 필터' },
    summary: {
      en: 'Blur, sharpen and find edges in real photos with 3×3 kernels, and derive the Laplacian from second differences.',
      ko: '3×3 커널로 실제 사진을 흐리게, 선명하게 만들고 윤곽선을 찾습니다. 2차 차분에서 라플라시안을 유도합니다.',
    },
  },
  {
    slug: '04-padding',
    number: 4,
    title: { en: 'Padding', ko: '패딩' },
    summary: {
      en: "Zero padding keeps the size and lets border pixels count: 'valid', 'same', 'full', and the extra row of strided 'same'.",
      ko: "제로 패딩으로 크기를 유지하고 가장자리도 반영합니다. 'valid', 'same', 'full', 그리고 스트라이드가 있을 때 더해지는 한 줄.",
    },
  },
  {
    slug: '05-stride-output-size',
    number: 5,
    title: { en: 'Stride and output size', ko: '스트라이드와 출력 크기' },
    summary: {
      en: 'Let the window jump, compute O = ⌊(W − K + 2P)/S⌋ + 1, see what happens when it does not divide, and dilate the kernel.',
      ko: '창을 건너뛰게 하고 O = ⌊(W − K + 2P)/S⌋ + 1을 계산합니다. 나누어떨어지지 않을 때와 커널 팽창도 살펴봅니다.',
    },
  },
  // Lessons 6–9 (pooling, channels, 1D, transposed). The landing page lists entries in array order: keep 4 and 5 above.
  {
    slug: '06-pooling',
    number: 6,
    title: { en: 'Pooling', ko: '풀링' },
    summary: {
      en: 'Keep the largest or the mean value of each window: smaller maps with no weights, tolerance of small shifts, global pooling.',
      ko: '창마다 가장 큰 값이나 평균만 남깁니다. 가중치 없이 맵이 작아지고, 작은 이동에 둔감해지며, 전역 풀링도 살펴봅니다.',
    },
  },
  {
    slug: '07-channels',
    number: 7,
    title: { en: 'Channels, filters and 1×1 convolution', ko: '채널, 여러 필터, 1×1 합성곱' },
    summary: {
      en: 'A filter spans every input channel, several filters stack feature maps, a 1×1 convolution mixes channels; count the parameters.',
      ko: '필터는 입력의 모든 채널을 덮고, 필터 여러 개는 특성 맵을 쌓으며, 1×1 합성곱은 채널을 섞습니다. 파라미터도 세어 봅니다.',
    },
  },
  {
    slug: '08-conv1d',
    number: 8,
    title: { en: '1D convolution', ko: '1D 합성곱' },
    summary: {
      en: 'Slide a kernel along time or along the words of a sentence, then read and tune a traffic-speed forecasting model.',
      ko: '커널을 시간 축이나 문장의 단어를 따라 움직이고, 교통 속도 예측 모델을 읽고 조정해 봅니다.',
    },
  },
  {
    slug: '09-transposed',
    number: 9,
    title: { en: 'Transposed convolution', ko: '전치 합성곱' },
    summary: {
      en: 'Upsampling with a learned kernel: each input scales the kernel and the copies add up at stride offsets.',
      ko: '학습되는 커널로 하는 업샘플링: 입력값마다 커널에 곱해지고, 그 복사본이 스트라이드 간격으로 더해집니다.',
    },
  },
  {
    slug: '10-parameters',
    number: 10,
    title: { en: 'Counting parameters and shapes', ko: '파라미터 수와 출력 크기' },
    summary: {
      en: 'Read Keras’s model.summary(): where every output shape and Param # comes from, for the course’s models A–E.',
      ko: 'Keras의 model.summary()를 읽습니다. 강의의 모델 A–E에서 출력 크기와 Param #가 어떻게 나오는지 따져 봅니다.',
    },
  },
  {
    slug: '11-lenet-mnist',
    number: 11,
    title: { en: 'LeNet-5 and training on MNIST', ko: 'LeNet-5와 MNIST 학습' },
    summary: {
      en: 'The MNIST digits, LeNet-5 then and now, how far training gets, and a pretrained network that reads the digit you draw.',
      ko: 'MNIST 숫자, 예전과 지금의 LeNet-5, 학습으로 얼마나 잘하게 되는지, 그리고 직접 그린 숫자를 읽는 미리 학습된 신경망.',
    },
  },
  {
    slug: '12-training-techniques',
    number: 12,
    title: { en: 'Training techniques', ko: '학습 기법' },
    summary: {
      en: 'Batch size, learning rate, batch normalisation, L2, dropout, augmentation, early stopping, checkpoints and transfer learning.',
      ko: '배치 크기, 학습률, 배치 정규화, L2 규제, 드롭아웃, 데이터 증강, 조기 종료, 체크포인트, 전이 학습.',
    },
  },
  {
    slug: '13-what-cnns-see',
    number: 13,
    title: { en: 'What a CNN sees', ko: 'CNN은 무엇을 보는가' },
    summary: {
      en: 'Feature maps of every layer, learned filters, the images that make each channel fire, and the flattened vector as an embedding.',
      ko: '모든 층의 특성 맵, 학습된 필터, 채널마다 가장 강하게 반응시키는 이미지, 임베딩으로서의 평탄화 벡터.',
    },
  },
];
