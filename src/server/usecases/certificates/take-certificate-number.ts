// The next number of an organisation's year in one statement: the row is created at 1 or moved on by one, and the
// row lock the UPSERT takes makes parallel issues queue, so no two certificates ever get the same number.
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';

export async function takeCertificateSequence(tx: DbOrTx, organisationId: string, year: number): Promise<number> {
  const [row] = rowsOf<{ last: number }>(
    await tx.execute(sql`insert into certificate_counters (organisation_id, year, last)
      values (${organisationId}::uuid, ${year}, 1)
      on conflict (organisation_id, year) do update set last = certificate_counters.last + 1
      returning last`),
  );
  if (!row) throw new Error('no certificate number');
  return Number(row.last);
}
