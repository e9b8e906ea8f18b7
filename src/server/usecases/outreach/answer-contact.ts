// Where a donor is asked to go and whom they call: the patient's hospital and area (never the patient's name or the
// requester's number), and the desk's number — the operator working the case, else the one who asked the donor,
// else the one who started the outreach.
import { sql } from 'drizzle-orm';
import type { Language } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';

export interface AskPlace {
  hospital: string | null;
  /** Locality and district, the district named in the donor's language. */
  area: string;
}

export async function askPlace(
  db: DbOrTx,
  caseRow: { hospital: string | null; locality: string | null; districtCode: string },
  language: Language,
): Promise<AskPlace> {
  const district = (await districtDirectory(db)).get(caseRow.districtCode);
  const districtName = district ? (language === 'hi' ? district.nameHi : district.name) : caseRow.districtCode;
  const area = [caseRow.locality, districtName].filter((part): part is string => !!part).join(', ');
  return { hospital: caseRow.hospital, area };
}

export async function deskPhone(
  db: DbOrTx,
  caseRow: { assigneeId: string | null },
  ask: { askedById: string | null; needId: string },
): Promise<string | null> {
  const rows = rowsOf<{ phone: string }>(
    await db.execute(sql`select u.phone from (values
        (1, ${caseRow.assigneeId}::uuid),
        (2, ${ask.askedById}::uuid),
        (3, (select started_by_id from outreach_runs where need_id = ${ask.needId}::uuid))
      ) as who(rank, user_id)
      join users u on u.id = who.user_id and u.is_active
      order by who.rank limit 1`),
  );
  return rows[0]?.phone ?? null;
}
