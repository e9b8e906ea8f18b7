// What the desk's search box means when someone types a number: a whole phone in any common form (98390 12345,
// +91 98390-12345, 09839012345) or the last 4–5 digits a caller reads out. Only those who take pleas search by
// number (list-cases.ts): the results show cases, never the number itself.
import { toE164 } from '../../../shared/phone.js';

export type PhoneSearch = { kind: 'whole'; e164: string } | { kind: 'ending'; digits: string };

export function phoneSearch(query: string): PhoneSearch | null {
  const trimmed = query.trim();
  // Anything with a letter in it is a name or a reference, not a number.
  if (!/^[+()\d\s.-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length >= 10) {
    const e164 = toE164(trimmed);
    return e164 ? { kind: 'whole', e164 } : null;
  }
  return digits.length >= 4 && digits.length <= 5 ? { kind: 'ending', digits } : null;
}
