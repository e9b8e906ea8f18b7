import { inArray, sql, type SQL } from 'drizzle-orm';
import { deskDistricts } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { cases } from '../../db/schema/index.js';

/** The cases an actor may see, as a condition: their desk districts (admins: all). */
export function caseScope(actor: Actor): SQL | undefined {
  const districtCodes = deskDistricts(actor);
  if (districtCodes === null) return undefined;
  return districtCodes.length === 0 ? sql`false` : inArray(cases.districtCode, districtCodes);
}
