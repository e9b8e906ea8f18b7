// The camps the reader may see (the organising organisation's desk in the camp's district): upcoming ones soonest
// first, past ones latest first; filtered by state, district, organisation, or words of the title or venue.
import { and, asc, count, desc, eq, gt, ilike, lte, ne, or, type SQL } from 'drizzle-orm';
import type { CampList, CampQuery } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { camps } from '../../db/schema/index.js';
import { requireCamps } from './camp-access.js';
import { campSummaries } from './present-camp.js';

export async function listCamps(
  db: DbOrTx,
  actor: Actor,
  query: { limit: number; offset: number; when: 'upcoming' | 'past' | 'all' } & Omit<
    CampQuery,
    'limit' | 'offset' | 'when'
  >,
): Promise<CampList> {
  requireCamps(actor);
  const now = new Date();
  const conditions: Array<SQL | undefined> = [
    scopeCondition(
      scopeFor(actor, 'health'),
      { organisationId: camps.organisationId, districtCode: camps.districtCode },
      'read',
    ),
    query.when === 'upcoming' ? and(gt(camps.endsAt, now), eq(camps.state, 'planned')) : undefined,
    query.when === 'past' ? or(lte(camps.endsAt, now), ne(camps.state, 'planned')) : undefined,
    query.state ? eq(camps.state, query.state) : undefined,
    query.district ? eq(camps.districtCode, query.district) : undefined,
    query.organisationId ? eq(camps.organisationId, query.organisationId) : undefined,
    query.q
      ? or(
          ilike(camps.title, `%${query.q}%`),
          ilike(camps.venue, `%${query.q}%`),
          eq(camps.code, query.q.toUpperCase()),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const order = query.when === 'upcoming' ? [asc(camps.startsAt)] : [desc(camps.startsAt)];
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(camps)
      .where(where)
      .orderBy(...order, asc(camps.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(camps).where(where),
  ]);
  return { items: await campSummaries(db, rows, now), total: total[0]?.n ?? 0 };
}
