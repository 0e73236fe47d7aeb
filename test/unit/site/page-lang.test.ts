import { describe, expect, it } from 'vitest';
import { chooseLang } from '../../../components/shared/page-lang';
import { normalizeLang } from '../../../components/shared/lang';

describe('chooseLang', () => {
  it('prefers the URL, so a shared link opens in its language', () => {
    expect(chooseLang('ko', 'en', ['en-US'])).toBe('ko');
    expect(chooseLang('en', 'ko', ['ko-KR'])).toBe('en');
  });

  it('falls back to the stored choice, then the browser language', () => {
    expect(chooseLang(null, 'ko', ['en-US'])).toBe('ko');
    expect(chooseLang(null, null, ['ko-KR', 'en'])).toBe('ko');
    expect(chooseLang(null, null, ['de-DE'])).toBe('en');
    expect(chooseLang(null, null, [])).toBe('en');
  });

  it('ignores values it does not know', () => {
    expect(chooseLang('fr', 'ko', ['en'])).toBe('ko');
    expect(chooseLang('KO!', 'xx', ['en'])).toBe('en');
  });
});

describe('normalizeLang', () => {
  it('reads Korean tags in any case and region, and nothing else (kok is Konkani)', () => {
    expect(['ko', 'ko-KR', 'KO', ' ko '].map(normalizeLang)).toEqual(['ko', 'ko', 'ko', 'ko']);
    expect(['en', 'en-GB', '', null, undefined, 'kok'].map(normalizeLang)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });
});
