import { describe, expect, it } from 'vitest';
import { defaultLendingPolicy as policy } from './lending-policy.js';
import {
  daysFromTo,
  daysOverdue,
  dueOn,
  extendLoan,
  isOverdue,
  kolkataInstant,
  loanDays,
  reminderSchedule,
  remindersDue,
  shouldEscalate,
} from './loan-schedule.js';

/** A Kolkata wall-clock time as an instant. */
const ist = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return kolkataInstant(day, h * 60 + m);
};

describe('due dates', () => {
  it('seven Kolkata days from the hand-over by default', () => {
    expect(dueOn(ist('2021-05-01', '15:00'), policy.loanDays)).toBe('2021-05-08');
  });

  it('counts the Kolkata day, not the UTC one (23:30 IST is still that day; 00:30 IST is the next)', () => {
    expect(dueOn(ist('2021-05-01', '23:30'), 7)).toBe('2021-05-08');
    expect(dueOn(ist('2021-05-02', '00:30'), 7)).toBe('2021-05-09');
  });

  it('runs across a month end', () => {
    expect(dueOn(ist('2021-04-28', '10:00'), 7)).toBe('2021-05-05');
    expect(daysFromTo('2021-04-28', '2021-05-05')).toBe(7);
    expect(daysFromTo('2021-05-05', '2021-04-28')).toBe(-7);
  });
});

describe('extensions', () => {
  const loan = { active: true, dueOn: '2021-05-08', extensions: 0 };
  const now = ist('2021-05-07', '12:00');

  it('moves the due date from the current one and counts', () => {
    expect(extendLoan(loan, { days: 5, reason: 'still on oxygen' }, policy, now)).toEqual({
      ok: true,
      dueOn: '2021-05-13',
      extensions: 1,
    });
  });

  it('a late extension runs from today', () => {
    expect(extendLoan(loan, { days: 3, reason: 'slow recovery' }, policy, ist('2021-05-11', '09:00'))).toEqual({
      ok: true,
      dueOn: '2021-05-14',
      extensions: 1,
    });
  });

  it('needs a reason, a sensible number of days, and stays within the limit (2 by default)', () => {
    expect(extendLoan(loan, { days: 3, reason: ' ' }, policy, now)).toEqual({
      ok: false,
      code: 'extension_reason_required',
    });
    for (const days of [0, -1, 1.5, policy.maxExtensionDays + 1]) {
      expect(extendLoan(loan, { days, reason: 'r' }, policy, now)).toEqual({
        ok: false,
        code: 'extension_days_invalid',
      });
    }
    expect(extendLoan({ ...loan, extensions: 1 }, { days: 7, reason: 'r' }, policy, now).ok).toBe(true);
    expect(extendLoan({ ...loan, extensions: 2 }, { days: 1, reason: 'r' }, policy, now)).toEqual({
      ok: false,
      code: 'extension_limit_reached',
    });
  });

  it('a returned loan is not extended', () => {
    expect(extendLoan({ ...loan, active: false }, { days: 1, reason: 'r' }, policy, now)).toEqual({
      ok: false,
      code: 'loan_closed',
    });
  });
});

describe('reminders', () => {
  it('the day before and on the due date, at 10:00 Kolkata', () => {
    expect(reminderSchedule('2021-05-08', ist('2021-05-01', '15:00'), policy)).toEqual([
      { kind: 'before_due', at: ist('2021-05-07', '10:00') },
      { kind: 'on_due', at: ist('2021-05-08', '10:00') },
    ]);
  });

  it('never at night: an hour inside the quiet hours moves to their end', () => {
    const night = { reminderHour: 7, quietHours: { from: 22, to: 8 } };
    expect(reminderSchedule('2021-05-08', ist('2021-05-01', '15:00'), night).map((r) => r.at)).toEqual([
      ist('2021-05-07', '08:00'),
      ist('2021-05-08', '08:00'),
    ]);
  });

  it('leaves out the ones already past when the loan started (a one-day loan gets only the day itself)', () => {
    const start = ist('2021-05-07', '15:00');
    expect(reminderSchedule(dueOn(start, 1), start, policy)).toEqual([
      { kind: 'on_due', at: ist('2021-05-08', '10:00') },
    ]);
    expect(reminderSchedule('2021-05-08', ist('2021-05-08', '10:00'), policy)).toEqual([]);
  });

  it('sends what is due and not yet sent', () => {
    const schedule = reminderSchedule('2021-05-08', ist('2021-05-01', '15:00'), policy);
    expect(remindersDue(schedule, [], ist('2021-05-07', '09:59'))).toEqual([]);
    expect(remindersDue(schedule, [], ist('2021-05-07', '10:00')).map((r) => r.kind)).toEqual(['before_due']);
    expect(remindersDue(schedule, ['before_due'], ist('2021-05-08', '11:00')).map((r) => r.kind)).toEqual(['on_due']);
    expect(remindersDue(schedule, ['before_due', 'on_due'], ist('2021-05-09', '11:00'))).toEqual([]);
  });
});

describe('overdue and escalation', () => {
  it('late from the day after the due date, Kolkata time', () => {
    expect(daysOverdue('2021-05-08', ist('2021-05-08', '23:59'))).toBe(0);
    expect(isOverdue('2021-05-08', ist('2021-05-08', '23:59'))).toBe(false);
    expect(daysOverdue('2021-05-08', ist('2021-05-09', '00:00'))).toBe(1);
    expect(isOverdue('2021-05-08', ist('2021-05-09', '00:00'))).toBe(true);
    expect(daysOverdue('2021-05-08', ist('2021-05-01', '00:00'))).toBe(0);
  });

  it('escalates after N days late (2 by default), once per due date', () => {
    const loan = { active: true, dueOn: '2021-05-08', escalatedForDueOn: null };
    expect(shouldEscalate(loan, policy, ist('2021-05-09', '12:00'))).toBe(false);
    expect(shouldEscalate(loan, policy, ist('2021-05-10', '00:00'))).toBe(true);
    expect(shouldEscalate({ ...loan, escalatedForDueOn: '2021-05-08' }, policy, ist('2021-05-12', '00:00'))).toBe(
      false,
    );
    expect(shouldEscalate({ ...loan, escalatedForDueOn: '2021-05-01' }, policy, ist('2021-05-12', '00:00'))).toBe(true);
    expect(shouldEscalate({ ...loan, active: false }, policy, ist('2021-05-20', '00:00'))).toBe(false);
  });

  it('with 0 days, escalates on the first day late but not on the due date', () => {
    const loan = { active: true, dueOn: '2021-05-08', escalatedForDueOn: null };
    expect(shouldEscalate(loan, { escalateAfterDaysOverdue: 0 }, ist('2021-05-08', '20:00'))).toBe(false);
    expect(shouldEscalate(loan, { escalateAfterDaysOverdue: 0 }, ist('2021-05-09', '08:00'))).toBe(true);
  });
});

describe('loan length', () => {
  it('in days with one decimal', () => {
    expect(loanDays(ist('2021-05-01', '10:00'), ist('2021-05-08', '10:00'))).toBe(7);
    expect(loanDays(ist('2021-05-01', '10:00'), ist('2021-05-01', '22:00'))).toBe(0.5);
  });
});
