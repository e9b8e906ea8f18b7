// A one-time sign-in code as a person types it.

/** The digits as typed: spaces dropped, since people copy "123 456" from a message. */
export function typedSignInCode(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** Exactly what the server accepts: six ASCII digits. */
export const isSignInCode = (code: string): boolean => /^[0-9]{6}$/.test(code);
