import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';

/**
 * Fills the database with `count` cases in a few districts, as a desk would look after weeks of work:
 * about one in ten still open, the rest fulfilled or closed; each with one need and one message.
 */
export async function seedCases(db: Db, count: number, districtCodes: string[]): Promise<void> {
  const districts = sql.raw(`array[${districtCodes.map((d) => `'${d}'`).join(',')}]`);
  await db.execute(sql`
    insert into cases (reference, status, close_reason, channel, district_code, requester_name, requester_phones,
      consent_to_share, patient_name, patient_name_key, spo2, computed_priority, priority_rank, first_message_at,
      response_due_at, fulfil_due_at, message_count, channels_used)
    select 'BEN-' || lpad(i::text, 7, '0'),
      case when i % 10 = 0 then 'new' when i % 10 = 1 then 'verified' when i % 10 < 6 then 'fulfilled' else 'closed' end,
      case when i % 10 >= 6 then 'no_longer_needed' end,
      'web', (${districts})[1 + i % ${districtCodes.length}], 'Bench', array['+91' || (6000000000 + i)::text],
      true, 'patient ' || i, 'patient ' || i, 80 + i % 20,
      (array['critical','high','normal'])[1 + i % 3], i % 3,
      now() - (i || ' minutes')::interval,
      now() - (i || ' minutes')::interval + interval '10 minutes',
      now() - (i || ' minutes')::interval + interval '30 minutes', 1, array['web']
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`
    insert into case_needs (case_id, resource, quantity_requested)
    select id, 'oxygen_cylinder', 1 from cases where reference like 'BEN-%'`);
  await db.execute(sql`analyze`);
}
