/**
 * Strings of the lesson page shell (navigation, copy link, boxes), in both languages.
 * Lesson prose lives in lessons/content; site-wide strings in src/i18n/common.ts.
 */
import { translator, type Dictionary } from '../i18n';

const en = {
  docTitle: '{title} · ConvLab',
  breadcrumbHome: 'ConvLab',
  breadcrumbLessons: 'Lessons',
  breadcrumbLabel: 'Breadcrumb',
  lessonOf: 'Lesson {n} of {total}',
  onThisPage: 'On this page',
  tryThis: 'Try this',
  note: 'Note',
  copyLink: 'Copy link to this view',
  copied: 'Link copied. It opens this lesson with the same settings and step.',
  copyFailed: 'Copying is not allowed here. Select the link below and copy it yourself.',
  linkLabel: 'Link to this view',
  previous: 'Previous lesson',
  next: 'Next lesson',
  home: 'All lessons',
  lessonNav: 'Lessons',
  credits: 'Sources and credits',
  unknownLesson: 'This lesson ({slug}) is not in the lesson list yet.',
} as const;

export type LessonKey = keyof typeof en;

const ko: Record<LessonKey, string> = {
  docTitle: '{title} · ConvLab',
  breadcrumbHome: 'ConvLab',
  breadcrumbLessons: '강의',
  breadcrumbLabel: '현재 위치',
  lessonOf: '{n}강 (전체 {total}강)',
  onThisPage: '이 페이지의 내용',
  tryThis: '직접 해 보기',
  note: '참고',
  copyLink: '지금 화면의 링크 복사',
  copied: '링크를 복사했습니다. 이 링크를 열면 같은 설정, 같은 단계로 이 강의가 열립니다.',
  copyFailed: '여기서는 자동 복사가 허용되지 않습니다. 아래 링크를 선택해 직접 복사하세요.',
  linkLabel: '지금 화면의 링크',
  previous: '이전 강의',
  next: '다음 강의',
  home: '전체 강의',
  lessonNav: '강의 이동',
  credits: '출처와 저작권',
  unknownLesson: '이 강의({slug})는 아직 강의 목록에 없습니다.',
};

export const LESSON_STRINGS: Dictionary<LessonKey> = { en, ko };
/** tLesson('ko', 'lessonOf', { n: 2, total: 9 }) → '2강 (전체 9강)'. */
export const tLesson = translator(LESSON_STRINGS);
