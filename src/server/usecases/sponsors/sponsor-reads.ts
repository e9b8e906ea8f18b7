// Sponsors as the desk sees them: each with its figures.
import { eq, inArray } from 'drizzle-orm';
import type { SponsorView } from '../../../shared/contracts/sponsors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { organisations, sponsors } from '../../db/schema/index.js';
import { sponsorAbilities } from '../../domain/lending/abilities.js';
import { presentSponsor, type SponsorRow } from '../../presenters/sponsor.js';
import { sponsorFigures } from './sponsor-figures.js';

export async function presentSponsors(
  db: DbOrTx,
  actor: Actor,
  rows: ReadonlyArray<{ row: SponsorRow; organisationName: string }>,
): Promise<SponsorView[]> {
  const figures = await sponsorFigures(
    db,
    rows.map((r) => r.row.id),
  );
  return rows.flatMap((r) => {
    const f = figures.get(r.row.id);
    return f
      ? [presentSponsor(r.row, { organisationName: r.organisationName, figures: f }, sponsorAbilities(actor, r.row))]
      : [];
  });
}

export async function sponsorViewFor(db: DbOrTx, actor: Actor, sponsorId: string): Promise<SponsorView> {
  const selected = await db
    .select({ row: sponsors, organisationName: organisations.name })
    .from(sponsors)
    .innerJoin(organisations, eq(organisations.id, sponsors.organisationId))
    .where(inArray(sponsors.id, [sponsorId]));
  const [view] = await presentSponsors(db, actor, selected);
  if (!view) throw new Error(`sponsor ${sponsorId} vanished`);
  return view;
}
