import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, signInThrottle, users } from '../../db/schema/index.js';
import { normaliseIdentifier } from '../../domain/auth/identifier.js';
import { afterFailure, lockedMinutesLeft } from '../../domain/auth/lockout.js';
import { decoyPasswordHash, verifyPassword } from '../../domain/auth/passwords.js';
import { newToken, sessionIdFor, sessionIdleHours } from '../../domain/auth/session-token.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/** Retry-After lets clients (and the UI, in any language) say how long to wait. */
function lockedError(minutes: number): AppError {
  return new AppError('sign_in_locked', { minutes }, [], { 'retry-after': String(minutes * 60) });
}

export interface SignInInput {
  identifier: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  secret: string;
  now?: Date;
}

/** Returns the new session's cookie token. Failures are recorded (and may lock) before refusing. */
export async function signIn(db: Db, input: SignInInput): Promise<{ token: string; userId: string }> {
  const now = input.now ?? new Date();
  const identifier = normaliseIdentifier(input.identifier);
  const [throttle] = await db.select().from(signInThrottle).where(eq(signInThrottle.identifier, identifier.value));
  const minutesLeft = lockedMinutesLeft(throttle, now);
  if (minutesLeft > 0) throw lockedError(minutesLeft);

  const [user] =
    identifier.kind === 'unknown'
      ? []
      : await db
          .select()
          .from(users)
          .where(identifier.kind === 'email' ? eq(users.email, identifier.value) : eq(users.phone, identifier.value));
  const isValid = user
    ? user.isActive && (await verifyPassword(user.passwordHash, input.password))
    : await verifyPassword(await decoyPasswordHash(), input.password).then(() => false);

  if (!user || !isValid) {
    const { next, locked } = afterFailure(throttle, now);
    await db.transaction(async (tx) => {
      await tx
        .insert(signInThrottle)
        .values({ identifier: identifier.value, ...next })
        .onConflictDoUpdate({ target: signInThrottle.identifier, set: next });
      await recordAuditEvent(tx, {
        actorId: user?.id ?? null,
        action: locked ? 'auth.sign_in_locked' : 'auth.sign_in_failed',
        subjectType: 'user',
        ...(user ? { subjectId: user.id } : {}),
        ip: input.ip,
        details: { identifier: identifier.value, failures: next.failures },
      });
    });
    if (locked) throw lockedError(lockedMinutesLeft(next, now));
    throw new AppError('invalid_credentials');
  }

  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.delete(signInThrottle).where(eq(signInThrottle.identifier, identifier.value));
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
      ip: input.ip,
      details: { via: identifier.kind },
    });
  });
  return { token, userId: user.id };
}
