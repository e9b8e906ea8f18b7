import { and, eq, gt } from 'drizzle-orm';
import type { Actor, ActorMembership } from '../../../shared/permissions.js';
import type { Language } from '../../../shared/enums.js';
import type { Db } from '../../db/client.js';
import { effectiveMembershipDistricts } from '../../db/sql-helpers.js';
import { memberships, organisations, sessions, users } from '../../db/schema/index.js';
import { sessionIdleHours } from '../../domain/auth/session-token.js';
import { Cache } from '../../infrastructure/cache.js';

export interface SignedIn {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  user: { id: string; name: string; phone: string; email: string | null; preferredLanguage: Language };
  membershipViews: Array<ActorMembership & { organisationName: string | null }>;
}

// Every API call needs the actor; remembering it for a few seconds saves two queries per request. Changes to people,
// memberships, organisations and sessions forget it in every process (recordAuditEvent, infrastructure/cache.ts).
const signedInCache = new Cache<string, SignedIn | null>('actors', 5_000);

/** Resolves a live session to the acting user and their effective scopes; slides the idle expiry. */
export function loadActor(db: Db, sessionId: string, now = new Date()): Promise<SignedIn | null> {
  return signedInCache.get(
    sessionId,
    () => loadActorFromDatabase(db, sessionId, now),
    (value) => value !== null,
  );
}

async function loadActorFromDatabase(db: Db, sessionId: string, now: Date): Promise<SignedIn | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), eq(users.isActive, true)))
    .limit(1);
  if (!row) return null;
  const found = await loadMemberships(db, row.user.id);
  // Touch at most once a minute, so reads do not turn into a write per request.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionIdleHours * 3_600_000) })
      .where(eq(sessions.id, sessionId));
  }
  return {
    actor: { userId: row.user.id, memberships: found },
    sessionId,
    csrfToken: row.session.csrfToken,
    user: {
      id: row.user.id,
      name: row.user.name,
      phone: row.user.phone,
      email: row.user.email,
      preferredLanguage: row.user.preferredLanguage,
    },
    membershipViews: found,
  };
}

export async function loadMemberships(
  db: Db,
  userId: string,
): Promise<Array<ActorMembership & { organisationName: string | null }>> {
  const rows = await db
    .select({
      id: memberships.id,
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      districts: effectiveMembershipDistricts,
    })
    .from(memberships)
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.createdAt);
  return rows;
}
