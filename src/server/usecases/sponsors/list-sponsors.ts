// The sponsors of the actor's organisations, by name, each with what their items did.
import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { SponsorList, sponsorQuery } from '../../../shared/contracts/sponsors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { organisations, sponsors } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { lendingListCan } from '../equipment/list-can.js';
import { presentSponsors } from './sponsor-reads.js';

type SponsorQuery = z.output<typeof sponsorQuery>;

export async function listSponsors(db: Db, actor: Actor, query: SponsorQuery): Promise<SponsorList> {
  if (!canUseLending(actor)) throw forbidden();
  // Sponsors are organisation-wide: no district column.
  const conditions: (SQL | undefined)[] = [lendingScope(actor, { organisationId: sponsors.organisationId })];
  if (query.organisationId) conditions.push(eq(sponsors.organisationId, query.organisationId));
  if (query.q) conditions.push(ilike(sponsors.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [page, totals] = await Promise.all([
    db
      .select({ row: sponsors, organisationName: organisations.name })
      .from(sponsors)
      .innerJoin(organisations, eq(organisations.id, sponsors.organisationId))
      .where(where)
      .orderBy(asc(sponsors.name))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(sponsors).where(where),
  ]);
  return {
    items: await presentSponsors(db, actor, page),
    total: totals[0]?.n ?? 0,
    can: lendingListCan(actor, query.organisationId ?? null),
  };
}
