import { and, eq, ne } from 'drizzle-orm';
import { passwordProblem } from '../../../shared/password-policy.js';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';
import { hashPassword, verifyPassword } from '../../domain/auth/passwords.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { clearSignInThrottle, reserveSignInAttempt } from './sign-in-throttle.js';

/**
 * Other sessions are ended: a changed password should lock out whoever knew the old one. The current password is
 * checked under the same lockout as sign-in (its own counter), so a stolen session cannot guess it at leisure.
 */
export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string; ip: string | null },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError('unauthenticated');
  if (passwordProblem(input.newPassword, user) === 'contains_identity') {
    throw new AppError('validation_failed', { count: 1 }, [
      { field: 'newPassword', code: 'password_contains_identity' },
    ]);
  }
  const keys = [`password-change:${user.id}`];
  const verdict = await reserveSignInAttempt(db, keys, new Date());
  if (verdict.kind === 'locked') {
    throw new AppError('rate_limited', { seconds: verdict.minutes * 60 }, [], {
      'retry-after': String(verdict.minutes * 60),
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_password', {}, [{ field: 'currentPassword', code: 'invalid' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const now = new Date();
    await clearSignInThrottle(tx, keys);
    await tx.update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, input.sessionId)));
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: user.id,
      ip: input.ip,
    });
  });
}
