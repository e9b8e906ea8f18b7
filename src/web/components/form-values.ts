/** What a form's text box holds, as the API wants it. */

/** Trimmed text, or null for a box left empty. */
export const optionalText = (value: string) => (value.trim() === '' ? null : value.trim());

/** A number, or null for a box left empty. */
export const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value));

/** Digits only, for boxes that hold a number: nothing else can be typed, so nothing else can go wrong. */
export const digits = (value: string, max: number) => value.replace(/\D/g, '').slice(0, max);

/**
 * How long a text is as the contracts' limits count it: Zod's `.max()`/`.min()` on a string count Unicode code points,
 * so an emoji (two UTF-16 units, `.length` 2) is one character. A counter or check beside a box uses this, so it
 * agrees with the server to the character.
 */
export const characterCount = (value: string): number => Array.from(value).length;
