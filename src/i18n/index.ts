/**
 * English / Korean strings. Each area of ConvLab keeps its own dictionary file next to
 * this one (common.ts, steppers.ts, quiz.ts …) holding both languages, so a missing
 * translation is a type error rather than a blank label.
 */
export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

export type Params = Record<string, string | number>;

/** A dictionary whose Korean side must have exactly the English side's keys. */
export type Dictionary<K extends string> = { en: Record<K, string>; ko: Record<K, string> };

/** Replaces {name} placeholders with values from params. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translate function bound to one dictionary: t('ko', 'step', { n: 3 }). */
export function translator<K extends string>(dictionary: Dictionary<K>) {
  return (lang: Lang, key: K, params?: Params): string =>
    interpolate(dictionary[lang][key] ?? dictionary.en[key], params);
}

/** Accepts anything (an attribute, a URL parameter) and returns a supported language. */
export function toLang(value: unknown): Lang {
  return value === 'ko' ? 'ko' : 'en';
}
