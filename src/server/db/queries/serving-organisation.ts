// Which organisation a donor who registers themselves belongs to: one that serves their district. Where several do
// (Kanpur's police and an oxygen NGO), the one keeping a blood registry (it has a blood policy) comes first, then the
// most local one (fewest districts), then the oldest — the same answer every time.
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../client.js';

export interface ServingOrganisation {
  id: string;
  name: string;
}

export async function servingOrganisation(db: DbOrTx, districtCode: string): Promise<ServingOrganisation | null> {
  const rows = rowsOf<ServingOrganisation>(
    await db.execute(sql`select o.id, o.name from organisations o
      where ${districtCode} = any(o.districts)
      order by exists (select 1 from organisation_blood_settings s where s.organisation_id = o.id) desc,
        cardinality(o.districts), o.created_at, o.id
      limit 1`),
  );
  return rows[0] ?? null;
}
