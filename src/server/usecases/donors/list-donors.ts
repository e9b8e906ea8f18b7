import { and, count, desc, eq, ilike, isNotNull, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DonorList, donorQuery } from '../../../shared/contracts/donors.js';
import type { DonorProduct } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { donorScope } from '../../db/queries/donor-scope.js';
import { donors, organisations } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { canListDonors } from '../../domain/blood/donor-abilities.js';
import { donorSearch } from '../../domain/donors/donor-search.js';
import { forbidden } from '../../errors.js';
import { presentDonorSummary } from '../../presenters/donor.js';

type DonorQuery = z.output<typeof donorQuery>;

const eligibleFrom: Record<DonorProduct, AnyColumn> = {
  whole_blood: donors.eligibleWholeBloodFrom,
  platelets: donors.eligiblePlateletsFrom,
  plasma: donors.eligiblePlasmaFrom,
};

/** Eligible today for the product (one they give), by the stored decision matching reads. */
const eligibleToday = (product: DonorProduct, today: string): SQL =>
  sql`(${product} = any(${donors.products}) and ${eligibleFrom[product]} <= ${today})`;

/** The registry's list, in the reader's organisations and districts; recently changed first. */
export async function listDonors(db: Db, actor: Actor, query: DonorQuery): Promise<DonorList> {
  if (!canListDonors(actor)) throw forbidden();
  const now = new Date();
  const today = kolkataDay(now);
  const conditions: (SQL | undefined)[] = [donorScope(actor)];
  if (query.organisationId) conditions.push(eq(donors.organisationId, query.organisationId));
  if (query.district) conditions.push(eq(donors.districtCode, query.district));
  if (query.bloodGroup === 'unknown') conditions.push(isNull(donors.bloodGroup));
  else if (query.bloodGroup) conditions.push(eq(donors.bloodGroup, query.bloodGroup));
  if (query.product) conditions.push(sql`${query.product} = any(${donors.products})`);
  if (query.category) conditions.push(eq(donors.category, query.category));
  if (query.verified === 'true') conditions.push(isNotNull(donors.verifiedAt));
  if (query.verified === 'false') conditions.push(isNull(donors.verifiedAt));
  if (query.eligibleNow) {
    const products: DonorProduct[] = query.product ? [query.product] : ['whole_blood', 'platelets', 'plasma'];
    const eligible = or(...products.map((p) => eligibleToday(p, today)));
    conditions.push(query.eligibleNow === 'true' ? eligible : sql`not coalesce(${eligible}, false)`);
  }
  if (query.q) {
    const search = donorSearch(query.q);
    if (search.kind === 'name') {
      conditions.push(ilike(donors.name, `%${search.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    } else if (search.kind === 'phone') {
      conditions.push(eq(donors.phone, search.e164));
    } else {
      conditions.push(sql`right(${donors.phone}, ${search.digits.length}) = ${search.digits}`);
    }
  }
  const where = and(...conditions);
  const [page, totals, directory] = await Promise.all([
    db
      .select({ row: donors, organisationName: organisations.name })
      .from(donors)
      .innerJoin(organisations, eq(organisations.id, donors.organisationId))
      .where(where)
      .orderBy(desc(donors.updatedAt), desc(donors.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(donors).where(where),
    districtDirectory(db),
  ]);
  return {
    items: page.map((p) => presentDonorSummary(p.row, p.organisationName, directory.get(p.row.districtCode), now)),
    total: totals[0]?.n ?? 0,
  };
}
