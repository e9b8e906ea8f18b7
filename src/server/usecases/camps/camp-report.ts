// A camp's report for those who read the camp: the registrations folded (domain/camps/report.ts) into the JSON the
// page shows and the CSV it downloads.
import { eq } from 'drizzle-orm';
import type { CampReport } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { campRegistrations } from '../../db/schema/index.js';
import { campDay } from '../../domain/camps/camp-rules.js';
import { foldCampReport } from '../../domain/camps/report.js';
import { campFor } from './camp-access.js';

export async function campReportFor(db: DbOrTx, actor: Actor, campId: string): Promise<CampReport> {
  const camp = await campFor(db, actor, campId, new Date());
  const rows = await db
    .select({
      state: campRegistrations.state,
      source: campRegistrations.source,
      category: campRegistrations.category,
      product: campRegistrations.product,
      units: campRegistrations.units,
      deferralReason: campRegistrations.deferralReason,
    })
    .from(campRegistrations)
    .where(eq(campRegistrations.campId, camp.id));
  return foldCampReport(
    {
      id: camp.id,
      code: camp.code,
      title: camp.title,
      venue: camp.venue,
      day: campDay(camp),
      state: camp.state,
      partnerCentre: camp.partnerCentre,
      targetUnits: camp.targetUnits,
    },
    rows,
  );
}
