// Overdue loans reach the coordinators: once a loan is `escalateAfterDaysOverdue` days late, its organisation's
// coordinators in the loan's district get an in-app notification and a message on the organisation's channel, the
// loan gets an `overdue_escalated` event and the case's timeline a `loan_overdue` one — once per due date (an
// extension makes a new one). Loans are taken with SKIP LOCKED, so two processes never escalate one twice.
import { and, eq, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { Language } from '../../../shared/enums.js';
import type { Db } from '../../db/client.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { cases, equipmentItems, loans, notifications, users } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import type { LendingPolicy } from '../../domain/lending/lending-policy.js';
import { daysOverdue, shouldEscalate } from '../../domain/lending/loan-schedule.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { coordinatorsOf } from './coordinators-of.js';
import { recordLoanEvent } from './loan-action.js';
import { messageRoute } from './loan-message-route.js';

const batch = 200;

export async function escalateOverdueLoans(db: Db, now = new Date()): Promise<{ escalated: number }> {
  return db.transaction(async (tx) => {
    const late = await tx
      .select()
      .from(loans)
      .where(
        and(
          eq(loans.status, 'active'),
          lt(loans.dueOn, kolkataDay(now)),
          or(isNull(loans.escalatedForDueOn), ne(loans.escalatedForDueOn, loans.dueOn)),
        ),
      )
      .orderBy(loans.dueOn)
      .limit(batch)
      .for('update', { skipLocked: true });
    const policies = new Map<string, LendingPolicy>();
    let escalated = 0;
    for (const row of late) {
      const policy = policies.get(row.organisationId) ?? (await lendingPolicyFor(tx, row.organisationId));
      policies.set(row.organisationId, policy);
      if (!shouldEscalate({ active: true, dueOn: row.dueOn, escalatedForDueOn: row.escalatedForDueOn }, policy, now)) {
        continue;
      }
      const days = daysOverdue(row.dueOn, now);
      const [context] = await tx
        .select({ caseReference: cases.reference, item: equipmentItems.label })
        .from(cases)
        .innerJoin(equipmentItems, eq(equipmentItems.id, row.itemId))
        .where(eq(cases.id, row.caseId));
      const recipients = await coordinatorsOf(tx, {
        organisationIds: [row.organisationId],
        districtCode: row.districtCode,
      });
      if (recipients.length > 0) {
        await tx
          .insert(notifications)
          .values(
            recipients.map((userId) => ({
              userId,
              kind: 'escalation' as const,
              caseId: row.caseId,
              details: { reference: context?.caseReference ?? '', loanReference: row.reference, daysOverdue: days },
            })),
          )
          .onConflictDoNothing();
        const route = await messageRoute(tx, row.organisationId, 'whatsapp');
        const people = await tx
          .select({ id: users.id, phone: users.phone, language: users.preferredLanguage })
          .from(users)
          .where(inArray(users.id, recipients));
        for (const person of people) {
          if (!route) break;
          const language: Language = person.language;
          await enqueueOutbound(
            tx,
            {
              accountId: route.accountId,
              organisationId: row.organisationId,
              provider: route.provider,
              channel: route.channel,
              to: person.phone,
              language,
              template: 'loan_overdue',
              body: channelText(language, 'loan_overdue', {
                reference: row.reference,
                item: context?.item ?? '',
                caseReference: context?.caseReference ?? '',
                days,
              }),
              purpose: 'escalation',
              caseId: row.caseId,
              recipientUserId: person.id,
              dedupeKey: `loan-overdue:${row.id}:${row.dueOn}:${person.id}`,
            },
            now,
          );
        }
      }
      await tx.update(loans).set({ escalatedForDueOn: row.dueOn, updatedAt: now }).where(eq(loans.id, row.id));
      await recordLoanEvent(tx, row, {
        type: 'overdue_escalated',
        actorId: null,
        at: now,
        details: { dueOn: row.dueOn, daysOverdue: days, coordinators: recipients.length },
      });
      await recordCaseEvent(tx, {
        caseId: row.caseId,
        actorId: null,
        type: 'loan_overdue',
        after: { loanId: row.id, reference: row.reference, dueOn: row.dueOn, daysOverdue: days },
        at: now,
      });
      escalated += 1;
    }
    return { escalated };
  });
}
