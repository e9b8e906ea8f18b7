import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

const indianMobile = /^\+91[6-9]\d{9}$/;

/** Normalises an Indian (or international, with +) phone number to E.164, or returns null. */
export function toE164(input: string): string | null {
  const cleaned = input.trim();
  if (cleaned === '') return null;
  // Most numbers arrive as an Indian mobile already: every +91 6–9 number of ten digits is valid, and parsing is the
  // costliest step of registering a donor.
  if (indianMobile.test(cleaned)) return cleaned;
  const parsed = parsePhoneNumberFromString(cleaned, 'IN');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** True when the sign-in identifier looks like an e-mail address rather than a phone number. */
export function isEmailIdentifier(identifier: string): boolean {
  return identifier.includes('@');
}
