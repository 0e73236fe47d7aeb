import { describe, expect, it } from 'vitest';
import { interpolate, toLang, translator } from '../../../src/i18n';

describe('i18n core', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Step {n} / {total}', { n: 3, total: 9 })).toBe('Step 3 / 9');
    expect(interpolate('{missing} stays', {})).toBe('{missing} stays');
  });

  it('translates by language', () => {
    const t = translator({ en: { step: 'Step {n}' }, ko: { step: '{n}단계' } });
    expect(t('en', 'step', { n: 2 })).toBe('Step 2');
    expect(t('ko', 'step', { n: 2 })).toBe('2단계');
  });

  it('accepts only supported languages', () => {
    expect(toLang('ko')).toBe('ko');
    expect(toLang('fr')).toBe('en');
    expect(toLang(null)).toBe('en');
  });
});
