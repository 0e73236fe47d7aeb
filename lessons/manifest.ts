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
];
