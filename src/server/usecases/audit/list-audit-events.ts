import { count, desc, eq, sql } from 'drizzle-orm';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { canReadAudit, isAdmin, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { auditEvents, users } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';

/** Coordinators see events about their own organisations; admins see everything. */
export async function listAuditEvents(
  db: Db,
  actor: Actor,
  query: { limit: number; offset: number },
): Promise<{ items: AuditEventView[]; total: number }> {
  if (!canReadAudit(actor)) throw forbidden();
  const orgIds = actor.memberships
    .filter((m) => m.role === 'coordinator' && m.organisationId)
    .map((m) => m.organisationId as string);
  const where = isAdmin(actor)
    ? undefined
    : orgIds.length === 0
      ? sql`false`
      : sql`${auditEvents.organisationIds} && array[${sql.join(
          orgIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[]`;
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
  return {
    items: rows.map(({ event, actorName }) => ({
      id: event.id.toString(),
      at: event.at.toISOString(),
      action: event.action,
      actorId: event.actorId,
      actorName,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      ip: event.ip,
      details: event.details,
    })),
    total: totals[0]?.n ?? 0,
  };
}
