/** What a form's text box holds, as the API wants it. */

/** Trimmed text, or null for a box left empty. */
export const optionalText = (value: string) => (value.trim() === '' ? null : value.trim());

/** A number, or null for a box left empty. */
export const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value));

/** Where the digits 0–9 begin in the scripts a Hindi or other Indian keyboard types (Devanagari ०, Bengali ০…). */
const digitZeros = [0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0xff10];

/** Digits typed in an Indian script (or full-width) as 0–9: "८६" is 86, as the server reads it. */
export const asciiDigits = (value: string) =>
  value.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 0;
    const zero = digitZeros.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? d : String(code - zero);
  });

/**
 * Digits only, for boxes that hold a number: nothing else can be typed, so nothing else can go wrong (a letter or an
 * emoji in the SpO2 box once went to the server as "no reading" and lowered the case's priority).
 */
export const digits = (value: string, max: number) => asciiDigits(value).replace(/\D/g, '').slice(0, max);

/**
 * How long a text is as the contracts' limits count it: Zod's `.max()`/`.min()` on a string count Unicode code points,
 * so an emoji (two UTF-16 units, `.length` 2) is one character. A counter or check beside a box uses this, so it
 * agrees with the server to the character.
 */
export const characterCount = (value: string): number => Array.from(value).length;
