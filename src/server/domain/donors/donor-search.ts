// What the registry's search box means: a whole phone number in any common form, the last 3 to 10 digits of one
// (what a caller reads out), or else part of a name.
import { toE164 } from '../../../shared/phone.js';

export type DonorSearch =
  { kind: 'phone'; e164: string } | { kind: 'ending'; digits: string } | { kind: 'name'; text: string };

export function donorSearch(query: string): DonorSearch {
  const text = query.trim();
  if (/^[+()\d\s.-]+$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    const e164 = digits.length > 10 || text.startsWith('+') ? toE164(text) : null;
    if (e164) return { kind: 'phone', e164 };
    if (digits.length >= 3 && digits.length <= 10) return { kind: 'ending', digits };
  }
  return { kind: 'name', text };
}
