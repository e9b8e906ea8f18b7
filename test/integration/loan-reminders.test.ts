// The loan's reminders and overdue escalation, run as the job runs them: the day before and on the due date, in the
// borrower's language on their channel through the outbox, never twice; an overdue loan escalates to the
// coordinators once per due date, on the case's timeline too, and again after an extension falls due.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoanDetail } from '../../src/shared/contracts/loans.js';
import { caseEvents, loanEvents, loans, notifications, outbox } from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { kolkataInstant } from '../../src/server/domain/lending/loan-schedule.js';
import { escalateOverdueLoans } from '../../src/server/usecases/loans/escalate-overdue-loans.js';
import { sendLoanReminders } from '../../src/server/usecases/loans/send-loan-reminders.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount } from '../factories/channels.js';
import { createDepot, createItem } from '../factories/lending.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['operatorKanpur'] });

beforeAll(async () => {
  await createChannelAccount(t.database.db, t.world.orgA.id, 'whatsapp');
});

async function lend(language: 'hi' | 'en', borrowerPhone: string): Promise<LoanDetail> {
  const operator = t.client('operatorKanpur');
  const opened = await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(t.world.kanpur) });
  const { caseId } = opened.json() as { caseId: string };
  const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur);
  const item = await createItem(t.database.db, depot);
  const response = await operator.request({
    method: 'POST',
    url: '/api/v1/loans',
    payload: {
      caseId,
      itemId: item.id,
      patientName: 'Ram Prasad',
      patientPhone: freshPhone(),
      borrowerName: 'Meena',
      borrowerPhone,
      address: 'Kalyanpur',
      language,
      gate: { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 93 },
      deposit: { amount: 5000, mode: 'cash', receiptNumber: 'R-7' },
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Moves a loan so that it was lent `daysAgo` days ago and is due on `dueOn`. */
async function setCalendar(loanId: string, lentAt: Date, dueOn: string) {
  await t.database.db.update(loans).set({ lentAt, dueOn, remindersSent: [] }).where(eq(loans.id, loanId));
}

const remindersTo = (phone: string) => t.database.db.select().from(outbox).where(eq(outbox.toAddress, phone));

describe('due reminders', () => {
  it('reminds the day before and on the due day, in Hindi on WhatsApp, each once', async () => {
    const phone = freshPhone();
    const loan = await lend('hi', phone);
    const dueOn = addDays(kolkataDay(new Date()), 3);
    await setCalendar(loan.id, new Date(Date.now() - 4 * 86_400_000), dueOn);

    // Two days before: nothing yet.
    await sendLoanReminders(t.database.db, kolkataInstant(addDays(dueOn, -2), 11 * 60));
    expect(await remindersTo(phone)).toHaveLength(0);
    // The day before at 11:00 (after the 10:00 reminder hour).
    const dayBefore = kolkataInstant(addDays(dueOn, -1), 11 * 60);
    await sendLoanReminders(t.database.db, dayBefore);
    await sendLoanReminders(t.database.db, dayBefore);
    let sent = await remindersTo(phone);
    expect(sent.map((m) => m.template)).toEqual(['loan_reminder.before_due']);
    expect(sent[0]?.body).toMatch(/[\u0900-\u097F]/);
    expect(sent[0]).toMatchObject({ channel: 'whatsapp', language: 'hi' });
    // On the day, at 10:30.
    await sendLoanReminders(t.database.db, kolkataInstant(dueOn, 10 * 60 + 30));
    sent = await remindersTo(phone);
    expect(sent.map((m) => m.template).sort()).toEqual(['loan_reminder.before_due', 'loan_reminder.on_due']);
    const events = await t.database.db
      .select()
      .from(loanEvents)
      .where(and(eq(loanEvents.loanId, loan.id), eq(loanEvents.type, 'reminder_queued')));
    expect(events.map((e) => e.details.kind)).toEqual(['before_due', 'on_due']);
  });

  it('sends nothing before the reminder hour', async () => {
    const phone = freshPhone();
    const loan = await lend('en', phone);
    const dueOn = addDays(kolkataDay(new Date()), 2);
    await setCalendar(loan.id, new Date(Date.now() - 5 * 86_400_000), dueOn);
    await sendLoanReminders(t.database.db, kolkataInstant(addDays(dueOn, -1), 6 * 60));
    expect(await remindersTo(phone)).toHaveLength(0);
  });
});

describe('overdue escalation', () => {
  it('escalates once to the coordinators after the set days, again after an extension falls due', async () => {
    const loan = await lend('en', freshPhone());
    const dueOn = addDays(kolkataDay(new Date()), -1);
    await setCalendar(loan.id, new Date(Date.now() - 8 * 86_400_000), dueOn);
    const now = new Date();
    // One day late: under the default two.
    await escalateOverdueLoans(t.database.db, now);
    expect((await t.database.db.select().from(loans).where(eq(loans.id, loan.id)))[0]?.escalatedForDueOn).toBeNull();
    // Two days late.
    const later = new Date(now.getTime() + 86_400_000);
    await escalateOverdueLoans(t.database.db, later);
    await escalateOverdueLoans(t.database.db, later);
    const escalations = await t.database.db
      .select()
      .from(loanEvents)
      .where(and(eq(loanEvents.loanId, loan.id), eq(loanEvents.type, 'overdue_escalated')));
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.details).toMatchObject({ dueOn, daysOverdue: 2 });
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, t.world.coordinatorKanpur.id));
    expect(notes.some((n) => n.details.loanReference === loan.reference)).toBe(true);
    const timeline = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, loan.case.id));
    expect(timeline.filter((e) => e.type === 'loan_overdue')).toHaveLength(1);
    const messages = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, t.world.coordinatorKanpur.phone));
    expect(messages.some((m) => m.template === 'loan_overdue')).toBe(true);

    // Extended: a new due date, which escalates again once it too is two days past.
    await t.database.db
      .update(loans)
      .set({ dueOn: addDays(dueOn, 3), extensions: 1 })
      .where(eq(loans.id, loan.id));
    await escalateOverdueLoans(t.database.db, new Date(later.getTime() + 4 * 86_400_000));
    const again = await t.database.db
      .select()
      .from(loanEvents)
      .where(and(eq(loanEvents.loanId, loan.id), eq(loanEvents.type, 'overdue_escalated')));
    expect(again).toHaveLength(2);
  });
});
