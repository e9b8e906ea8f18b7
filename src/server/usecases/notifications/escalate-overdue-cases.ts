// Critical cases past their target are escalated once to the coordinators responsible: those of the
// organisation that took the case in and of those it was referred to, or else of every organisation serving its
// district (the scope model, shared/scope.ts).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { effectiveMembershipDistricts } from '../../db/sql-helpers.js';
import { cases, memberships, notifications, organisations } from '../../db/schema/index.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { messageCoordinators } from '../channels/message-coordinators.js';
import { isOpenCase } from '../../db/queries/open-case.js';

export async function escalateOverdueCases(db: Db, now = new Date()): Promise<{ escalated: number }> {
  return db.transaction(async (tx) => {
    const overdue = await tx
      .select({
        id: cases.id,
        reference: cases.reference,
        districtCode: cases.districtCode,
        organisationId: cases.organisationId,
        referredOrganisationIds: cases.referredOrganisationIds,
        fulfilDueAt: cases.fulfilDueAt,
        responseDueAt: cases.responseDueAt,
        firstResponseAt: cases.firstResponseAt,
      })
      .from(cases)
      .where(
        and(
          eq(cases.priorityRank, 0),
          isOpenCase(cases.status),
          sql`(${cases.fulfilDueAt} < ${now} or (${cases.firstResponseAt} is null and ${cases.responseDueAt} < ${now}))`,
          sql`not exists (select 1 from case_events e where e.case_id = "cases"."id" and e.type = 'escalated')`,
        ),
      )
      .limit(200)
      // Two server processes never escalate the same case twice.
      .for('update', { skipLocked: true });
    for (const c of overdue) {
      const coordinators = await tx
        .selectDistinct({ userId: memberships.userId })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(
          and(
            eq(memberships.role, 'coordinator'),
            c.organisationId
              ? inArray(memberships.organisationId, [c.organisationId, ...c.referredOrganisationIds])
              : undefined,
            sql`${c.districtCode} = any(${effectiveMembershipDistricts})`,
          ),
        );
      const recipients = coordinators.map((r) => r.userId);
      await messageCoordinators(tx, c, recipients, now);
      if (recipients.length > 0) {
        await tx
          .insert(notifications)
          .values(
            recipients.map((userId) => ({
              userId,
              kind: 'escalation' as const,
              caseId: c.id,
              details: { reference: c.reference },
            })),
          )
          .onConflictDoNothing();
      }
      await recordCaseEvent(tx, {
        caseId: c.id,
        actorId: null,
        type: 'escalated',
        after: { coordinators: recipients.length },
      });
    }
    return { escalated: overdue.length };
  });
}
