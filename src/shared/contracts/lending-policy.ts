// An organisation's lending policy (issue #13): loan length, extensions, reminders, overdue escalation, deposits
// and the oxygen stock alert. Defaults follow the programmes of 2021 (loans of 5–7 days, renewable; refundable
// deposits); an organisation may override any (organisation_lending_settings.policy). One schema for the settings
// page, the API and the domain (server/domain/lending/lending-policy.ts).
import { z } from 'zod';

const hour = z.number().int().min(0).max(23);
const rupees = z.number().int().min(0).max(100_000);

export const lendingPolicy = z.strictObject({
  /** A loan's length from the hand-over (Kolkata calendar days). */
  loanDays: z.number().int().min(1).max(30),
  /** How many times a loan may be extended, and by at most how many days each time. */
  maxExtensions: z.number().int().min(0).max(10),
  maxExtensionDays: z.number().int().min(1).max(30),
  /** The Kolkata hour reminders go out: the day before the due date and on it. */
  reminderHour: z.number().int().min(7).max(21),
  /** Kolkata hours in which nothing is sent to a borrower: from 22 to 7 is 22:00–07:00. */
  quietHours: z.object({ from: hour, to: hour }),
  /** An active loan this many days past its due date escalates to the coordinators (0: on the first day late). */
  escalateAfterDaysOverdue: z.number().int().min(0).max(30),
  /** The deposit the lend form suggests, per device kind (rupees; 0: none asked). */
  suggestedDeposit: z.object({ cylinder: rupees, concentrator: rupees }),
  /** A stock site whose oxygen lasts fewer hours than this alerts the coordinators. */
  stockAlertHours: z.number().int().min(1).max(168),
});
export type LendingPolicy = z.infer<typeof lendingPolicy>;

export const defaultLendingPolicy: LendingPolicy = {
  loanDays: 7,
  maxExtensions: 2,
  maxExtensionDays: 7,
  reminderHour: 10,
  quietHours: { from: 22, to: 7 },
  escalateAfterDaysOverdue: 2,
  suggestedDeposit: { cylinder: 5000, concentrator: 25000 },
  stockAlertHours: 8,
};

/** PATCH /api/v1/lending-policy/{organisationId}: the fields to change. */
export const updateLendingPolicyBody = lendingPolicy.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'nothing_to_change',
});
export type UpdateLendingPolicyBody = z.infer<typeof updateLendingPolicyBody>;
