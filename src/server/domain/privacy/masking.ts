// One masking rule for every place a phone number shows: the case header, its messages and their text, the
// timeline, messages sent, leads, callbacks and the fraud list. Numbers stay masked until the person looking has
// revealed them (and that reveal is recorded).

/** Masks all but the country code, the first two and the last three digits: +91 98xxx xx345. */
export function maskPhone(e164: string): string {
  const national = e164.startsWith('+91') ? e164.slice(3) : e164.replace(/^\+/, '');
  if (national.length < 6) return '•••';
  return `+91 ${national.slice(0, 2)}xxx xx${national.slice(-3)}`;
}

/** Any address a message went to: a phone is masked as a phone, a handle or page-scoped id keeps 3 characters. */
export function maskAddress(address: string): string {
  if (/^\+?[0-9]{7,15}$/.test(address)) return maskPhone(address.startsWith('+') ? address : `+${address}`);
  return address.length <= 3 ? '•••' : `•••${address.slice(-3)}`;
}

const digit = '[0-9\\u0966-\\u096f]';
/** Seven or more digits, possibly split by spaces, dashes, dots or brackets: a phone, an Aadhaar, an account. */
const longNumber = new RegExp(`\\+?${digit}(?:[ \\-.()]{0,2}${digit}){6,}`, 'g');

/** A day written out ("10-12-2026", "10/12/26", "2026-12-10"): eight digits at most, a real day and month. */
function isDate(found: string): boolean {
  const ascii = found.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966)).trim();
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(ascii);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(ascii);
  const [day, month] = dmy ? [Number(dmy[1]), Number(dmy[2])] : ymd ? [Number(ymd[3]), Number(ymd[2])] : [0, 0];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Free text with every long number masked but its last three digits (SpO2 and counts are too short; a date is kept). */
export function maskNumbersInText(text: string): string {
  return text.replace(longNumber, (found) => {
    if (isDate(found)) return found;
    const total = (found.match(new RegExp(digit, 'g')) ?? []).length;
    let seen = 0;
    return found.replace(new RegExp(digit, 'g'), (d) => {
      seen += 1;
      return seen > total - 3 ? d : 'x';
    });
  });
}

const phoneKeys = new Set(['requesterPhones', 'phones', 'phone', 'senderPhone', 'toAddress', 'callerPhone']);

/** An event's before/after with every phone-bearing field masked (edits of the requester's numbers, for one). */
export function maskEventPayload(payload: Record<string, unknown> | null): Record<string, unknown> | null {
  if (payload === null) return null;
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => {
      if (!phoneKeys.has(key)) return [key, value];
      if (typeof value === 'string') return [key, maskAddress(value)];
      if (Array.isArray(value)) return [key, value.map((v) => (typeof v === 'string' ? maskAddress(v) : v))];
      return [key, value];
    }),
  );
}

const auditPhoneKeys = new Set(['phone', 'phones', 'identifier', 'callerPhone', 'requesterPhones']);
const phoneShaped = /^\+?[0-9]{7,15}$/;

/**
 * An audit event's details with every number someone typed or changed masked, at any depth (a user's phone change
 * is `{ changes: { phone: { from, to } } }`); e-mail addresses and everything else stay as they are.
 */
export function maskAuditDetails(value: unknown, underPhoneKey = false): unknown {
  if (typeof value === 'string') return underPhoneKey && phoneShaped.test(value) ? maskAddress(value) : value;
  if (Array.isArray(value)) return value.map((v) => maskAuditDetails(v, underPhoneKey));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, maskAuditDetails(v, underPhoneKey || auditPhoneKeys.has(key))]),
    );
  }
  return value;
}
