// What the check-in box accepts: the token itself, or the whole address a phone's camera read from the QR code
// (the desk's check-in page with `?token=`), pasted or typed by a scanner that types like a keyboard.

/** The token in what was typed: the `token` of a pasted check-in address, else the text itself, trimmed. */
export function tokenFromInput(typed: string): string {
  const text = typed.trim();
  const query = text.indexOf('?');
  if (query >= 0) {
    const token = new URLSearchParams(text.slice(query + 1)).get('token');
    if (token !== null) return token.trim();
  }
  return text;
}
