// One-time codes that prove a phone on the public donor pages (/donate, /donate/me): pure rules. Only an HMAC of
// the code is stored, bound to the phone and the purpose, so a code sent to register cannot open a donor's record.
import { createHmac, randomInt } from 'node:crypto';

export type PhoneCodePurpose = 'donor_register' | 'donor_history';

export const phoneCodePolicy = {
  digits: 6,
  validMinutes: 10,
  /** Guesses (right or wrong) a code takes before it stops working; a new code must be asked for. */
  maxAttempts: 5,
  /** A phone gets at most one code a minute for a purpose: a request sooner sends nothing (the last code works). */
  resendAfterSeconds: 60,
} as const;

/** Whether a new code may be sent, given when the newest one for the phone and purpose was. */
export function maySendPhoneCode(newestCreatedAt: Date | null, now: Date): boolean {
  return (
    newestCreatedAt === null || now.getTime() - newestCreatedAt.getTime() >= phoneCodePolicy.resendAfterSeconds * 1000
  );
}

export function newPhoneCode(): string {
  return String(randomInt(0, 10 ** phoneCodePolicy.digits)).padStart(phoneCodePolicy.digits, '0');
}

export function hashPhoneCode(code: string, phone: string, purpose: PhoneCodePurpose, secret: string): string {
  return createHmac('sha256', secret).update(`phone-code:${purpose}:${phone}:${code}`).digest('base64url');
}

/** Why a code was refused, as the field error on `code` names it (errors.json `validation.*`). */
export type PhoneCodeRefusal = 'code_wrong' | 'code_expired' | 'code_used_up';

/**
 * Why no live code took this guess: none was sent, or it expired or was used (`code_expired`, ask again), or its
 * guesses ran out (`code_used_up`, ask again). A live code that took it and did not match is `code_wrong`.
 */
export function refusalFor(
  newest: { expiresAt: Date; consumedAt: Date | null; attempts: number } | undefined,
  now: Date,
): Exclude<PhoneCodeRefusal, 'code_wrong'> {
  if (!newest || newest.consumedAt !== null || newest.expiresAt <= now) return 'code_expired';
  return newest.attempts >= phoneCodePolicy.maxAttempts ? 'code_used_up' : 'code_expired';
}
