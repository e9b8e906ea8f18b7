import { toE164 } from '../../shared/phone.js';

/**
 * A provider's phone field as the desk stores it: E.164 when it is a real number (Indian numbers may come
 * as 0XXXXXXXXXX or 91XXXXXXXXXX), otherwise the raw value kept as an opaque id (short codes, sender ids)
 * so nothing is lost.
 */
export function phoneOrRaw(raw: string): { value: string; isPhone: boolean } {
  const e164 = toE164(raw);
  return e164 ? { value: e164, isPhone: true } : { value: raw.trim(), isPhone: false };
}

/** Digits only, as WhatsApp and some SMS gateways want recipients: '+91 98765-43210' → '919876543210'. */
export function digitsOnly(phone: string): string {
  return phone.replace(/\D/g, '');
}
