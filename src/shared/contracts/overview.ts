import { z } from 'zod';

/** The home page of someone at the desk: what is open, overdue and theirs, and where. */
export const overviewView = z.object({
  openByPriority: z.object({ critical: z.number().int(), high: z.number().int(), normal: z.number().int() }),
  overdueNow: z.number().int(),
  /** Open cases this person has claimed (or was assigned). */
  mine: z.number().int(),
  /** Missed calls of their organisations not yet called back (null for those who do not work the desk). */
  callbacksWaiting: z.number().int().nullable(),
  /** Per district of theirs with open cases, most urgent first. */
  byDistrict: z.array(
    z.object({
      district: z.object({ code: z.string(), name: z.string(), nameHi: z.string() }),
      open: z.number().int(),
      critical: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});
export type OverviewView = z.infer<typeof overviewView>;
