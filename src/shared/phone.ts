import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Normalises an Indian (or international, with +) phone number to E.164, or returns null. */
export function toE164(input: string): string | null {
  const cleaned = input.trim();
  if (cleaned === '') return null;
  const parsed = parsePhoneNumberFromString(cleaned, 'IN');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** True when the sign-in identifier looks like an e-mail address rather than a phone number. */
export function isEmailIdentifier(identifier: string): boolean {
  return identifier.includes('@');
}
