// One-time sign-in codes: the second factor that lets a locked-out person back in with their password, sent to
// the phone on their account. Pure rules; the use cases keep only an HMAC of the code.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export const signInCodePolicy = {
  digits: 6,
  validMinutes: 10,
  /** Wrong codes before a code stops working. */
  maxAttempts: 5,
  /** A new code at most this often, and at most `maxPerHour` an hour, so the endpoint cannot flood a phone. */
  resendSeconds: 60,
  maxPerHour: 5,
} as const;

export function newSignInCode(): string {
  return String(randomInt(0, 10 ** signInCodePolicy.digits)).padStart(signInCodePolicy.digits, '0');
}

export function hashSignInCode(code: string, userId: string, secret: string): string {
  return createHmac('sha256', secret).update(`sign-in-code:${userId}:${code}`).digest('base64url');
}

export function codeMatches(code: string, userId: string, secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSignInCode(code.replace(/\s+/g, ''), userId, secret));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export interface SentCodeState {
  sentAt: Date;
  sentInWindow: number;
  windowStartedAt: Date;
}

/** Whether another code may be sent now, and the counters after sending it. */
export function mayResend(
  state: SentCodeState | undefined,
  now: Date,
  policy = signInCodePolicy,
): { allowed: false } | { allowed: true; next: SentCodeState } {
  if (!state) return { allowed: true, next: { sentAt: now, sentInWindow: 1, windowStartedAt: now } };
  if (now.getTime() - state.sentAt.getTime() < policy.resendSeconds * 1000) return { allowed: false };
  const freshWindow = now.getTime() - state.windowStartedAt.getTime() >= 3_600_000;
  const sentInWindow = freshWindow ? 1 : state.sentInWindow + 1;
  if (sentInWindow > policy.maxPerHour) return { allowed: false };
  return {
    allowed: true,
    next: { sentAt: now, sentInWindow, windowStartedAt: freshWindow ? now : state.windowStartedAt },
  };
}
