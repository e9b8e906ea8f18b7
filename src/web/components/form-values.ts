/** What a form's text box holds, as the API wants it. */

/** Trimmed text, or null for a box left empty. */
export const optionalText = (value: string) => (value.trim() === '' ? null : value.trim());

/** A number, or null for a box left empty. */
export const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value));

/** Digits only, for boxes that hold a number: nothing else can be typed, so nothing else can go wrong. */
export const digits = (value: string, max: number) => value.replace(/\D/g, '').slice(0, max);
