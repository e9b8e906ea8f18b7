import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, sessions } from '../../db/schema/index.js';
import { lockoutPolicy, throttleKeys } from '../../domain/auth/lockout.js';
import { decoyPasswordHash, verifyPassword } from '../../domain/auth/passwords.js';
import { newToken, sessionIdFor, sessionIdleHours } from '../../domain/auth/session-token.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { clearSignInThrottle, reserveSignInAttempt } from './sign-in-throttle.js';
import { findUserByIdentifier } from './find-user-by-identifier.js';
import { consumeSignInCode, spendSignInCode } from './sign-in-codes.js';

/** Retry-After lets clients (and the UI, in any language) say how long to wait. */
function lockedError(minutes: number): AppError {
  return new AppError('sign_in_locked', { minutes }, [], { 'retry-after': String(minutes * 60) });
}

export interface SignInInput {
  identifier: string;
  password: string;
  /** The one-time code sent to the person's phone: lets them in while guessers keep their sign-in locked. */
  code?: string | undefined;
  ip: string | null;
  userAgent: string | null;
  secret: string;
  now?: Date;
}

/** The organisations an account works for, so their coordinators see what happens to it. */
async function organisationsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
}

/**
 * Returns the new session's cookie token. Every attempt is counted (per identifier and per account) before the
 * password is checked, so parallel guesses meet the lock; a success clears the count.
 */
export async function signIn(db: Db, input: SignInInput): Promise<{ token: string; userId: string }> {
  const now = input.now ?? new Date();
  const { identifier, user } = await findUserByIdentifier(db, input.identifier);
  const keys = throttleKeys(identifier, user?.id ?? null);
  const withCode =
    user !== null && input.code !== undefined && (await consumeSignInCode(db, user.id, input.code, input.secret, now));
  const verdict = withCode
    ? ({ kind: 'allowed', lockedNow: false } as const)
    : await reserveSignInAttempt(db, keys, now);
  if (verdict.kind === 'locked') throw lockedError(verdict.minutes);

  const passwordRight = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await decoyPasswordHash(), input.password).then(() => false);
  const isValid = user !== null && user.isActive && passwordRight;
  const organisationIds = user ? await organisationsOf(db, user.id) : [];

  if (!user || !isValid) {
    await recordAuditEvent(db, {
      actorId: user?.id ?? null,
      action: verdict.lockedNow ? 'auth.sign_in_locked' : 'auth.sign_in_failed',
      subjectType: 'user',
      ...(user ? { subjectId: user.id } : {}),
      organisationIds,
      ip: input.ip,
      details: { identifier, ...(input.code !== undefined ? { withCode: true } : {}) },
    });
    if (verdict.lockedNow) throw lockedError(lockoutPolicy.lockMinutes);
    // Only someone who knows the password learns the account is off: told so, they stop retrying and ask.
    if (user && passwordRight && !user.isActive) throw new AppError('account_disabled');
    throw new AppError('invalid_credentials');
  }

  const token = newToken();
  await db.transaction(async (tx) => {
    await clearSignInThrottle(tx, keys);
    if (withCode) await spendSignInCode(tx, user.id);
    await tx.insert(sessions).values({
      id: sessionIdFor(token, input.secret),
      userId: user.id,
      csrfToken: newToken(),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionIdleHours * 3_600_000),
    });
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: 'auth.sign_in',
      subjectType: 'user',
      subjectId: user.id,
      organisationIds,
      ip: input.ip,
      details: { via: identifier.includes('@') ? 'email' : 'phone', ...(withCode ? { withCode: true } : {}) },
    });
  });
  return { token, userId: user.id };
}
