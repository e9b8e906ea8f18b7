// The borrower's "I am better, come and collect it": `RETURN <ref>` or `वापसी <ref>` by WhatsApp or SMS makes a
// pick-up task on the loan. Loan references are short (see loanReference), typed by hand, so case and the spaces
// around are forgiven and a stray '#' before the reference is dropped.

const command = /^\s*(?:return|वापसी|wapsi|vapsi)\s*[:#-]?\s*#?([a-z0-9]{4,12})\s*[.!।]?\s*$/iu;

/** The loan reference a return message names, upper-cased; null when the message is not a return command. */
export function parseReturnCommand(text: string): string | null {
  const match = command.exec(text.normalize('NFC'));
  return match?.[1] ? match[1].toUpperCase() : null;
}

/** Letters and digits that survive being read aloud and typed on a phone (no 0/O, 1/I/L). */
export const loanReferenceAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const loanReferenceLength = 6;

/** A loan reference from random bytes (one per character; the use case draws them and retries on a clash). */
export function loanReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < loanReferenceLength) throw new RangeError('need more random bytes');
  let ref = '';
  for (let i = 0; i < loanReferenceLength; i += 1) {
    ref += loanReferenceAlphabet[(randomBytes[i] ?? 0) % loanReferenceAlphabet.length];
  }
  return ref;
}
