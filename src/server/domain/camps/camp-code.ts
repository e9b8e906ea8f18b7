// A camp's short code: what people type after CAMP / कैंप and what the public page's address ends in. Letters and
// digits that are not mistaken for each other when read aloud or typed on a phone (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
export const campCodeAlphabet = '34679ACDEFGHJKMNPQRTUVWXY';
export const campCodeLength = 5;

/** A new code from `random` (uniform in [0, 1)); the caller retries on the rare collision. */
export function newCampCode(random: () => number = Math.random): string {
  let code = '';
  for (let i = 0; i < campCodeLength; i += 1) {
    code += campCodeAlphabet[Math.floor(random() * campCodeAlphabet.length)] ?? 'A';
  }
  return code;
}

/** A code as typed (any case, spaces or dashes inside) in the stored form, or null when it cannot be one. */
export function normaliseCampCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9]{4,8}$/.test(code) ? code : null;
}

export interface CampCommand {
  code: string;
  /** What followed the code: a slot number, a name, or nothing. */
  rest: string;
}

const command = /^\s*(?:camp|कैंप|कैम्प|शिविर)\s*[:#-]?\s*([A-Za-z0-9]{4,8})(?:[\s,.:;-]+(.*))?$/isu;

/** "CAMP K7Q2", "camp k7q2 2", "कैंप K7Q2 रमेश कुमार": the code and the rest; null for any other message. */
export function parseCampCommand(text: string): CampCommand | null {
  const m = command.exec(text.trim());
  if (!m?.[1]) return null;
  const code = normaliseCampCode(m[1]);
  if (!code) return null;
  return { code, rest: (m[2] ?? '').trim() };
}

const devanagariDigits = /[०-९]/gu;

/** A slot number reply ("2", "२", "slot 2"), 1-based; null when the text is not one. */
export function readSlotNumber(text: string): number | null {
  const plain = text
    .trim()
    .replace(devanagariDigits, (d) => String(d.charCodeAt(0) - 0x966))
    .replace(/^(slot|स्लॉट)\s*/iu, '');
  if (!/^\d{1,2}$/.test(plain)) return null;
  const n = Number(plain);
  return n >= 1 ? n : null;
}

/** A name as a person types it in reply ("Ramesh Kumar", "रमेश कुमार"): letters, spaces, dots; 2 to 80 long. */
export function readName(text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 80) return null;
  if (!/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u.test(name)) return null;
  return name;
}
