// The lending figures (issue #13, feature 8): items by status per depot, loans out, overdue, average loan days,
// patients served, losses — added up from rows the database returns, so the sums are tested alone.
import { itemStatuses, type ItemStatus, type LoanStatus } from '../../../shared/enums.js';
import type { IsoDay } from '../blood/calendar.js';
import { kolkataDay } from '../blood/calendar.js';
import { loanDays } from './loan-schedule.js';

/** Items of one depot and status (the database's grouping). */
export interface ItemCountRow {
  depotId: string;
  depotName: string;
  status: ItemStatus;
  count: number;
}

/** One loan, as much as the figures need. */
export interface LoanRow {
  status: LoanStatus;
  /** The hand-over (or, before it, when the loan was made). */
  startedAt: Date;
  returnedAt: Date | null;
  dueOn: IsoDay;
  /** Stands for the patient (their phone, hashed or masked): counted once however many loans they had. */
  patientKey: string;
  minutesToHandOver: number | null;
}

export type ItemsByStatus = Record<ItemStatus, number>;

export interface LendingFigures {
  items: ItemsByStatus & { total: number };
  depots: Array<{ id: string; name: string; items: ItemsByStatus; total: number }>;
  loansOut: number;
  overdue: number;
  returned: number;
  /** Mean days from hand-over to return over returned loans (one decimal); null when none came back yet. */
  averageLoanDays: number | null;
  patientsServed: number;
  /** Items written off (status lost) and loans closed as lost. */
  itemsLost: number;
  loansLost: number;
  /** The median minutes from the first message to the hand-over; null when none is known. */
  medianMinutesToHandOver: number | null;
}

const zero = (): ItemsByStatus => Object.fromEntries(itemStatuses.map((s) => [s, 0])) as ItemsByStatus;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

export function summariseLending(items: readonly ItemCountRow[], loans: readonly LoanRow[], now: Date): LendingFigures {
  const total = zero();
  const perDepot = new Map<string, { id: string; name: string; items: ItemsByStatus; total: number }>();
  for (const row of items) {
    total[row.status] += row.count;
    const depot = perDepot.get(row.depotId) ?? { id: row.depotId, name: row.depotName, items: zero(), total: 0 };
    depot.items[row.status] += row.count;
    depot.total += row.count;
    perDepot.set(row.depotId, depot);
  }
  const today = kolkataDay(now);
  const counted = loans.filter((l) => l.status !== 'cancelled');
  const out = counted.filter((l) => l.status === 'active');
  const returned = counted.filter((l) => l.status === 'returned' && l.returnedAt !== null);
  const days = returned.map((l) => loanDays(l.startedAt, l.returnedAt ?? l.startedAt));
  return {
    items: { ...total, total: itemStatuses.reduce((sum, s) => sum + total[s], 0) },
    depots: [...perDepot.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    loansOut: out.length,
    overdue: out.filter((l) => l.dueOn < today).length,
    returned: returned.length,
    averageLoanDays: days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
    patientsServed: new Set(counted.map((l) => l.patientKey)).size,
    itemsLost: total.lost,
    loansLost: counted.filter((l) => l.status === 'lost').length,
    medianMinutesToHandOver: median(counted.map((l) => l.minutesToHandOver).filter((m): m is number => m !== null)),
  };
}
