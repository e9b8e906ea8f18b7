// The borrower's reminders: the day before and on the due date, at the organisation's hour out of the quiet hours
// (domain/lending/loan-schedule.ts), in the loan's language on its channel through the outbox, once per due date
// (an extension clears what was sent). Loans are taken with SKIP LOCKED, so two processes never send one twice;
// each reminder is also one of a kind in the outbox (its dedupe key names the loan, due date and kind).
import { and, eq, lte, sql } from 'drizzle-orm';
import type { LoanReminderKind } from '../../../shared/enums.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { equipmentItems, loanEvents, loans, outbox } from '../../db/schema/index.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import type { LendingPolicy } from '../../domain/lending/lending-policy.js';
import { reminderSchedule, remindersDue } from '../../domain/lending/loan-schedule.js';
import { channelText } from '../../i18n.js';
import type { LoanRow } from '../../presenters/loan.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { recordLoanEvent } from './loan-action.js';
import { messageRoute } from './loan-message-route.js';

const batch = 200;

/** When the current due date's reminders were scheduled from: the last extension, else the hand-over or the lend. */
async function scheduledSince(tx: DbOrTx, row: LoanRow): Promise<Date> {
  const [extended] = await tx
    .select({ at: sql<Date | null>`max(${loanEvents.at})` })
    .from(loanEvents)
    .where(and(eq(loanEvents.loanId, row.id), eq(loanEvents.type, 'extended')));
  const at = extended?.at ? new Date(extended.at) : null;
  return at ?? row.handedOverAt ?? row.lentAt;
}

export async function sendLoanReminders(db: Db, now = new Date()): Promise<{ queued: number }> {
  return db.transaction(async (tx) => {
    // Due tomorrow or earlier, and not yet reminded of both.
    const due = await tx
      .select()
      .from(loans)
      .where(
        and(
          eq(loans.status, 'active'),
          lte(loans.dueOn, addDays(kolkataDay(now), 1)),
          sql`cardinality(${loans.remindersSent}) < 2`,
        ),
      )
      .orderBy(loans.dueOn)
      .limit(batch)
      .for('update', { skipLocked: true });
    const policies = new Map<string, LendingPolicy>();
    let queued = 0;
    for (const row of due) {
      const policy = policies.get(row.organisationId) ?? (await lendingPolicyFor(tx, row.organisationId));
      policies.set(row.organisationId, policy);
      const reminders = remindersDue(
        reminderSchedule(row.dueOn, await scheduledSince(tx, row), policy),
        row.remindersSent,
        now,
      );
      // A job that was down sends only the latest reminder, and counts the earlier one as passed.
      const latest = reminders.at(-1);
      if (!latest) continue;
      const route = await messageRoute(tx, row.organisationId, row.channel);
      if (!route) continue;
      const [item] = await tx
        .select({ label: equipmentItems.label })
        .from(equipmentItems)
        .where(eq(equipmentItems.id, row.itemId));
      const kind: LoanReminderKind = latest.kind;
      const dedupeKey = `loan-reminder:${row.id}:${row.dueOn}:${kind}`;
      await enqueueOutbound(
        tx,
        {
          accountId: route.accountId,
          organisationId: row.organisationId,
          provider: route.provider,
          channel: route.channel,
          to: row.borrowerPhone ?? row.patientPhone,
          language: row.language,
          template: `loan_reminder.${kind}`,
          body: channelText(row.language, `loan_reminder.${kind}`, {
            name: row.borrowerName ?? row.patientName,
            reference: row.reference,
            item: item?.label ?? '',
            dueOn: row.dueOn,
          }),
          purpose: 'case_update',
          caseId: row.caseId,
          dedupeKey,
        },
        now,
      );
      const [message] = await tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
      const sent = [...new Set([...row.remindersSent, ...reminders.map((r) => r.kind)])];
      await tx.update(loans).set({ remindersSent: sent, updatedAt: now }).where(eq(loans.id, row.id));
      await recordLoanEvent(tx, row, {
        type: 'reminder_queued',
        actorId: null,
        at: now,
        details: { kind, dueOn: row.dueOn, outboxId: message?.id ?? null },
      });
      queued += 1;
    }
    return { queued };
  });
}
