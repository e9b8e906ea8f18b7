// The lockout counters, moved in one locked step per attempt so parallel guesses cannot slip past them.
import { inArray } from 'drizzle-orm';
import type { DbOrTx, Db } from '../../db/client.js';
import { signInThrottle } from '../../db/schema/index.js';
import {
  lockedMinutesLeft,
  reserveAttempt,
  type AttemptVerdict,
  type ThrottleState,
} from '../../domain/auth/lockout.js';

/**
 * Counts this attempt against every key before the password is checked: the rows are created if new, then
 * locked in sorted order, so two attempts at once see each other's count.
 */
export async function reserveSignInAttempt(db: Db, keys: readonly string[], now: Date): Promise<AttemptVerdict> {
  return db.transaction(async (tx) => {
    await tx
      .insert(signInThrottle)
      .values(keys.map((identifier) => ({ identifier, failures: 0, lockedUntil: null, lastFailureAt: now })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(signInThrottle)
      .where(inArray(signInThrottle.identifier, [...keys]))
      .orderBy(signInThrottle.identifier)
      .for('update');
    const byKey = new Map(rows.map((r) => [r.identifier, r]));
    const { verdict, next } = reserveAttempt(
      keys.map((k) => byKey.get(k)),
      now,
    );
    if (next) {
      for (const [index, key] of keys.entries()) {
        const state = next[index] as ThrottleState;
        await tx
          .insert(signInThrottle)
          .values({ identifier: key, ...state })
          .onConflictDoUpdate({ target: signInThrottle.identifier, set: state });
      }
    }
    return verdict;
  });
}

/** A successful sign-in forgets the failures that came before it. */
export async function clearSignInThrottle(tx: DbOrTx, keys: readonly string[]): Promise<void> {
  await tx.delete(signInThrottle).where(inArray(signInThrottle.identifier, [...keys]));
}

/** Minutes left on the longest lock among these keys (0 when none is locked). */
export async function lockedMinutesFor(db: DbOrTx, keys: readonly string[], now: Date): Promise<number> {
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(inArray(signInThrottle.identifier, [...keys]));
  return Math.max(0, ...rows.map((r) => lockedMinutesLeft(r, now)));
}
