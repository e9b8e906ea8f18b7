// A sponsor's page, opened by its private link without signing in: the names and counts only — no patient, no
// phone, no address, no depot. An unknown or replaced token is "not found".
import { eq } from 'drizzle-orm';
import type { SponsorPublicView } from '../../../shared/contracts/sponsors.js';
import type { Db } from '../../db/client.js';
import { organisations, sponsors } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import { presentSponsorPublic } from '../../presenters/sponsor.js';
import { sponsorTokenHash } from './create-sponsor-link.js';
import { sponsorFigures, sponsorItems } from './sponsor-figures.js';

export async function getPublicSponsor(db: Db, token: string, now = new Date()): Promise<SponsorPublicView> {
  const [found] = await db
    .select({ row: sponsors, organisationName: organisations.name })
    .from(sponsors)
    .innerJoin(organisations, eq(organisations.id, sponsors.organisationId))
    .where(eq(sponsors.linkTokenHash, sponsorTokenHash(token)));
  if (!found) throw notFound();
  const [figures, items] = await Promise.all([sponsorFigures(db, [found.row.id]), sponsorItems(db, found.row.id)]);
  const mine = figures.get(found.row.id);
  if (!mine) throw notFound();
  return presentSponsorPublic(found.row, found.organisationName, mine, items, now);
}
