import { describe, expect, it } from 'vitest';
import { QUIZ_STRINGS, quizText } from '../../../src/i18n/quiz';

describe('quiz dictionary', () => {
  const keys = Object.keys(QUIZ_STRINGS.en);

  it('has the same keys in English and Korean, none empty', () => {
    expect(Object.keys(QUIZ_STRINGS.ko).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(QUIZ_STRINGS.en[key as keyof typeof QUIZ_STRINGS.en].trim(), key).not.toBe('');
      expect(QUIZ_STRINGS.ko[key as keyof typeof QUIZ_STRINGS.ko], key).toMatch(/[가-힣]|^[^a-z]*$/i);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys as (keyof typeof QUIZ_STRINGS.en)[]) {
      expect(placeholders(QUIZ_STRINGS.ko[key]), key).toEqual(placeholders(QUIZ_STRINGS.en[key]));
    }
  });

  it('uses the glossary terms', () => {
    expect(QUIZ_STRINGS.ko.solution).toBe('풀이');
    expect(QUIZ_STRINGS.ko['feedback-correct']).toContain('정답');
    expect(QUIZ_STRINGS.ko['feedback-incorrect']).toContain('오답');
    expect(QUIZ_STRINGS.ko['sentence-conv']).toContain('스트라이드');
    expect(QUIZ_STRINGS.ko['prompt-rf-ask']).toContain('수용장');
    expect(QUIZ_STRINGS.ko['prompt-transposed']).toContain('전치 합성곱');
  });

  it('fills placeholders', () => {
    expect(quizText('en', 'feedback-partial', { right: 3, total: 4 })).toBe('3 of 4 cells are correct.');
    expect(quizText('ko', 'feedback-partial', { right: 3, total: 4 })).toBe('4칸 중 3칸이 맞았습니다.');
  });
});
