/**
 * Lit attribute converters that never throw. Malformed JSON becomes an UnparsedJson
 * marker in the property, and the element's own checks turn it into a readable message,
 * so a typo in a slide shows an explanation instead of an exception in the console.
 */
import type { ComplexAttributeConverter } from 'lit';

/** The text of an attribute that was not valid JSON, and the parser's reason. */
export class UnparsedJson {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

/** JSON attribute ⇄ property; a missing attribute is null. */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(text: string | null): unknown {
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch (error) {
      return new UnparsedJson(text, error instanceof Error ? error.message : String(error));
    }
  },
  toAttribute(value: unknown): string | null {
    return value === null || value === undefined || value instanceof UnparsedJson ? null : JSON.stringify(value);
  },
};

/** A boolean attribute that defaults to true: absent or "" → true, "false" / "0" / "off" → false. */
export const trueUnlessFalse: ComplexAttributeConverter<boolean> = {
  fromAttribute(text: string | null): boolean {
    return text === null || !['false', '0', 'off', 'no'].includes(text.trim().toLowerCase());
  },
  toAttribute(value: boolean): string {
    return value ? 'true' : 'false';
  },
};
