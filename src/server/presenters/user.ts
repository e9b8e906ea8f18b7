import { asc, eq, inArray } from 'drizzle-orm';
import type { UserView } from '../../shared/contracts/users.js';
import { canManageMembership, canUpdatePerson, isAdmin, hasRole, type Actor } from '../../shared/permissions.js';
import type { DbOrTx } from '../db/client.js';
import { effectiveMembershipDistricts } from '../db/sql-helpers.js';
import type { users } from '../db/schema/index.js';
import { memberships, organisations, signInThrottle } from '../db/schema/index.js';
import { accountThrottleKey, lockedMinutesLeft, lockoutPolicy, type ThrottleState } from '../domain/auth/lockout.js';

type UserRow = typeof users.$inferSelect;

function signInState(state: ThrottleState | undefined, now: Date): UserView['signIn'] {
  const isRecent =
    state !== undefined && now.getTime() - state.lastFailureAt.getTime() < lockoutPolicy.windowMinutes * 60_000;
  return {
    recentFailures: isRecent || lockedMinutesLeft(state, now) > 0 ? (state?.failures ?? 0) : 0,
    lockedUntil: lockedMinutesLeft(state, now) > 0 ? (state?.lockedUntil?.toISOString() ?? null) : null,
  };
}

export async function presentUsers(db: DbOrTx, actor: Actor, rows: UserRow[]): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const found = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      districts: effectiveMembershipDistricts,
    })
    .from(memberships)
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      inArray(
        memberships.userId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(memberships.createdAt));
  const throttles = await db
    .select()
    .from(signInThrottle)
    .where(
      inArray(
        signInThrottle.identifier,
        rows.map((r) => accountThrottleKey(r.id)),
      ),
    );
  const now = new Date();
  const throttleOf = new Map(throttles.map((t) => [t.identifier, t]));
  const canAddMembership = isAdmin(actor) || hasRole(actor, 'coordinator');
  return rows.map((row) => {
    const own = found.filter((m) => m.userId === row.id);
    const canUpdate = row.id !== actor.userId && canUpdatePerson(actor, own);
    return {
      id: row.id,
      name: row.name,
      phone: row.phone,
      email: row.email,
      preferredLanguage: row.preferredLanguage,
      isActive: row.isActive,
      createdAt: row.createdAt.toISOString(),
      memberships: own.map((m) => ({
        id: m.id,
        role: m.role,
        organisationId: m.organisationId,
        organisationName: m.organisationName,
        districts: m.districts,
        can: { remove: own.length > 1 && row.id !== actor.userId && canManageMembership(actor, m) },
      })),
      signIn: signInState(throttleOf.get(accountThrottleKey(row.id)), now),
      can: { update: canUpdate, addMembership: canAddMembership && row.id !== actor.userId },
    };
  });
}
