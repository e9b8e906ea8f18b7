import type { Sex } from '../../../shared/enums.js';

/** Under 18 is a child in India's law (and on the thalassemia desk); older patients keep the adult words. */
const adultFrom = 18;

/**
 * The word for a transfusion patient's sex: "girl"/"boy" for a child ("लड़की"/"लड़का", where the case desk's
 * "महिला"/"पुरुष" would call a six-year-old a woman), the case desk's words for an adult or an unknown age.
 */
export function childSexKey(
  sex: Sex,
  age: number | null,
): `thalassemia.childSex.${Exclude<Sex, 'other'>}` | `sex.${Sex}` {
  if (sex === 'other' || age === null || age >= adultFrom) return `sex.${sex}`;
  return `thalassemia.childSex.${sex}`;
}
