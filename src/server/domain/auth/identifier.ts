import { isEmailIdentifier, toE164 } from '../../../shared/phone.js';

/** The canonical form of what someone typed to sign in: a lower-case e-mail or an E.164 phone. */
export function normaliseIdentifier(raw: string): { kind: 'email' | 'phone' | 'unknown'; value: string } {
  const trimmed = raw.trim();
  if (isEmailIdentifier(trimmed)) return { kind: 'email', value: trimmed.toLowerCase() };
  const phone = toE164(trimmed);
  if (phone) return { kind: 'phone', value: phone };
  return { kind: 'unknown', value: trimmed.toLowerCase() };
}
