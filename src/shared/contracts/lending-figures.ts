// Lending figures (issue #13, feature 8): items by status per depot, loans out, overdue, average loan days, patients
// served, losses, and the median minutes from first message to hand-over (domain/lending/figures.ts).
//   GET /api/v1/lending/figures        lendingFiguresQuery → lendingFiguresView (viewers too: counts, no people)
import { z } from 'zod';
import { districtCode, uuid } from './common.js';
import { isoDay } from './donor-input.js';
import { itemsByStatus } from './lending-common.js';

export const lendingFiguresQuery = z.strictObject({
  organisationId: uuid.optional(),
  district: districtCode.optional(),
  /** Loans started in this period (Kolkata days); items are counted as they stand now. */
  from: isoDay.optional(),
  to: isoDay.optional(),
});
export type LendingFiguresQuery = z.input<typeof lendingFiguresQuery>;

export const lendingFiguresView = z.object({
  items: itemsByStatus,
  itemsTotal: z.number().int(),
  depots: z.array(z.object({ id: uuid, name: z.string(), items: itemsByStatus, total: z.number().int() })),
  loansOut: z.number().int(),
  overdue: z.number().int(),
  returned: z.number().int(),
  averageLoanDays: z.number().nullable(),
  patientsServed: z.number().int(),
  itemsLost: z.number().int(),
  loansLost: z.number().int(),
  medianMinutesToHandOver: z.number().int().nullable(),
  asOf: z.string(),
});
export type LendingFiguresView = z.infer<typeof lendingFiguresView>;
