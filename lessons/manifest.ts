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

export const lessons: LessonEntry[] = [];
