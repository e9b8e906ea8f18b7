// Pieces every lending contract shares (issue #13): references to depots, items and people, money, notes, places.
import { z } from 'zod';
import { cylinderTypes, itemKinds, itemStatuses } from '../enums.js';
import { uuid } from './common.js';

export const districtView = z.object({ code: z.string(), name: z.string(), nameHi: z.string() });
export const namedRef = z.object({ id: uuid, name: z.string() });

/** Whole rupees (deposits, refill prices and costs). */
export const rupees = z.number().int().min(0).max(1_000_000);

/** A reason a rule asks for (waiving a deposit, an override, a deduction, an extension, a write-off). */
export const reason = z.string().trim().min(1).max(500);
export const note = z.string().trim().max(1000);

export const lat = z.number().min(6).max(38);
export const lon = z.number().min(68).max(98);

/** An SpO2 reading in percent, as on the case form. */
export const spo2Reading = z.number().int().min(30).max(100);

/** A short reference to an item in other views (a loan's device, a refill line). */
export const itemRef = z.object({
  id: uuid,
  kind: z.enum(itemKinds),
  label: z.string(),
  cylinderType: z.enum(cylinderTypes).nullable(),
  gasLitres: z.number().int().nullable(),
  status: z.enum(itemStatuses),
});
export type ItemRef = z.infer<typeof itemRef>;

/** Counts of items by status (every status present, zero when none). */
export const itemsByStatus = z.record(z.enum(itemStatuses), z.number().int());
