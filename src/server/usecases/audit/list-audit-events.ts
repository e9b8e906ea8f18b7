import { count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { canReadAudit, isAdmin, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { effectiveMembershipDistricts, textArray } from '../../db/sql-helpers.js';
import { auditEvents, channelAccounts, organisations, users } from '../../db/schema/index.js';
import { maskAddress, maskAuditDetails } from '../../domain/privacy/masking.js';
import { forbidden } from '../../errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id an event mentions (its subject, and ids anywhere in its details), to put names to. */
function idsIn(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    if (uuidPattern.test(value)) found.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const v of value) idsIn(v, found);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) idsIn(v, found);
  }
}

/**
 * What a coordinator may read of the history: events about their organisations, and events by or about the people
 * who work for those organisations in the coordinator's districts (their sign-ins, locks, changes).
 */
function coordinatorScope(actor: Actor): SQL {
  const coordinatorships = actor.memberships.filter((m) => m.role === 'coordinator' && m.organisationId);
  if (coordinatorships.length === 0) return sql`false`;
  const orgIds = coordinatorships.map((m) => m.organisationId as string);
  const people = coordinatorships.map(
    (c) =>
      sql`(memberships.organisation_id = ${c.organisationId}::uuid and ${effectiveMembershipDistricts} && ${textArray(c.districts)})`,
  );
  const theirPeople = sql`(select memberships.user_id from memberships left join organisations on organisations.id = memberships.organisation_id
    where ${sql.join(people, sql` or `)})`;
  // The subject is compared as text: subjects of other types (a phone number) are not uuids.
  return sql`(${auditEvents.organisationIds} && ${textArray(orgIds)}::uuid[]
    or ${auditEvents.actorId} in ${theirPeople}
    or (${auditEvents.subjectType} = 'user' and ${auditEvents.subjectId} in (select user_id::text from ${theirPeople} as p(user_id))))`;
}

/** Coordinators see their organisations' history and their people's; admins see everything. */
export async function listAuditEvents(
  db: Db,
  actor: Actor,
  query: { limit: number; offset: number },
): Promise<{ items: AuditEventView[]; total: number }> {
  if (!canReadAudit(actor)) throw forbidden();
  const where = isAdmin(actor) ? undefined : coordinatorScope(actor);
  const [rows, totals] = await Promise.all([
    db
      .select({ event: auditEvents, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  const mentioned = new Set<string>();
  for (const { event } of rows) {
    idsIn(event.subjectId, mentioned);
    idsIn(event.details, mentioned);
  }
  const ids = [...mentioned];
  const [people, orgs, accounts] =
    ids.length === 0
      ? [[], [], []]
      : await Promise.all([
          db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)),
          db
            .select({ id: organisations.id, name: organisations.name })
            .from(organisations)
            .where(inArray(organisations.id, ids)),
          db
            .select({ id: channelAccounts.id, name: channelAccounts.label })
            .from(channelAccounts)
            .where(inArray(channelAccounts.id, ids)),
        ]);
  const nameOf = new Map([...people, ...orgs, ...accounts].map((r) => [r.id, r.name]));
  return {
    items: rows.map(({ event, actorName }) => {
      const own = new Set<string>();
      idsIn(event.subjectId, own);
      idsIn(event.details, own);
      return {
        id: event.id.toString(),
        at: event.at.toISOString(),
        action: event.action,
        actorId: event.actorId,
        actorName,
        subjectType: event.subjectType,
        // The history is not a contact list: numbers in it are masked (the fraud list and people admin show them).
        subjectId: event.subjectType === 'phone' && event.subjectId ? maskAddress(event.subjectId) : event.subjectId,
        ip: event.ip,
        details: maskAuditDetails(event.details) as AuditEventView['details'],
        names: Object.fromEntries([...own].flatMap((id) => (nameOf.has(id) ? [[id, nameOf.get(id) as string]] : []))),
      };
    }),
    total: totals[0]?.n ?? 0,
  };
}
