/**
 * Building bilingual text from the quiz dictionary, and printing numbers, matrices and
 * shapes the way lessons print them (true minus sign, at most 3 decimals).
 */
import { quizText, type QuizStringKey } from '../i18n/quiz';
import type { Lang, Params } from '../i18n';
import { formatNumber } from '../viz/format';
import type { Bilingual } from './types';

/** One dictionary entry in both languages. */
export function bi(key: QuizStringKey, params?: Params): Bilingual {
  return { en: quizText('en', key, params), ko: quizText('ko', key, params) };
}

/** One dictionary entry whose parameters differ per language (e.g. a list of translated items). */
export function biPer(key: QuizStringKey, params: (lang: Lang) => Params): Bilingual {
  return { en: quizText('en', key, params('en')), ko: quizText('ko', key, params('ko')) };
}

/** Sentences joined with a space, per language. */
export function joinText(...parts: Bilingual[]): Bilingual {
  return {
    en: parts.map((p) => p.en).join(' '),
    ko: parts.map((p) => p.ko).join(' '),
  };
}

/** The same text in both languages (formulas, numbers). */
export function same(text: string): Bilingual {
  return { en: text, ko: text };
}

export const num = (value: number): string => formatNumber(value);

export function matrixText(matrix: readonly (readonly number[])[]): string {
  return `[${matrix.map((row) => `[${row.map(num).join(', ')}]`).join(', ')}]`;
}

export function vectorText(vector: readonly number[]): string {
  return `[${vector.map(num).join(', ')}]`;
}

/** Keras's spelling: "(None, 13, 13, 32)". */
export function shapeText(shape: readonly (number | null)[]): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}

/** "3×4" for a matrix's rows × columns. */
export function sizeText(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}
