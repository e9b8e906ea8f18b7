// Intake for many pleas in one transaction (a batch of channel messages, or public pleas arriving together):
// take the per-phone locks of all of them at once, in one sorted order, and read the open cases they could
// repeat in one query, instead of one lock-and-read per plea. Cases the batch opens or joins are added as it
// goes, so a person's second plea in the same batch joins the first.
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../client.js';
import { textArray } from '../sql-helpers.js';
import { dedupWindowHours, patientNameKey } from '../../domain/cases/dedup.js';
import type { CandidateRow, IntakeResult, Plea } from '../../usecases/cases/intake-plea.js';
import { isOpenCase } from './open-case.js';

export interface PleaKey {
  phones: readonly string[];
  nameKey: string | null;
  district: string;
  receivedAt: Date;
}

export const pleaKey = (plea: Plea): PleaKey => ({
  phones: plea.requester.phones,
  nameKey: patientNameKey(plea.patient.name),
  district: plea.location.district,
  receivedAt: plea.receivedAt,
});

const nameAndDistrict = (nameKey: string, district: string) => `${nameKey}\u0000${district}`;

export class BatchCandidates {
  constructor(
    private readonly phones: ReadonlySet<string>,
    private readonly names: ReadonlySet<string>,
    private readonly rows: CandidateRow[],
  ) {}

  /** The candidates for this plea, or undefined when the batch did not lock its phones or read its name. */
  for(key: PleaKey): CandidateRow[] | undefined {
    if (key.phones.length === 0 || !key.phones.every((p) => this.phones.has(p))) return undefined;
    if (key.nameKey !== null && !this.names.has(nameAndDistrict(key.nameKey, key.district))) return undefined;
    return this.rows.filter(
      (row) =>
        row.case_phones.some((p) => key.phones.includes(p)) ||
        (key.nameKey !== null && row.case_name_key === key.nameKey && row.case_district === key.district),
    );
  }

  /** Takes in what a later lock-and-read found (a plea whose phones the batch had not locked). */
  absorb(other: BatchCandidates): void {
    for (const phone of other.phones) (this.phones as Set<string>).add(phone);
    for (const name of other.names) (this.names as Set<string>).add(name);
    for (const row of other.rows) if (!this.rows.some((r) => r.case_id === row.case_id)) this.rows.push(row);
  }

  /** After intake: the case this plea opened becomes a candidate; one it joined gains its phones. */
  record(key: PleaKey, result: IntakeResult, resources: readonly string[]): void {
    const existing = this.rows.find((r) => r.case_id === result.caseId);
    if (existing) {
      existing.case_phones = [...new Set([...existing.case_phones, ...key.phones])];
      return;
    }
    if (result.attached) return;
    this.rows.push({
      case_id: result.caseId,
      case_reference: result.reference,
      case_phones: [...key.phones],
      case_name_key: key.nameKey,
      case_district: key.district,
      case_first_message_at: key.receivedAt,
      case_resources: [...resources],
    });
  }
}

export async function lockAndReadCandidates(tx: DbOrTx, keys: readonly PleaKey[]): Promise<BatchCandidates> {
  const phones = [...new Set(keys.flatMap((k) => k.phones))].sort();
  const pairs = [
    ...new Map(
      keys.flatMap((k) =>
        k.nameKey === null ? [] : [[nameAndDistrict(k.nameKey, k.district), { name: k.nameKey, district: k.district }]],
      ),
    ).entries(),
  ];
  if (keys.length === 0) return new BatchCandidates(new Set(), new Set(), []);
  const [only] = keys;
  if (keys.length === 1 && only) {
    // One plea (the usual case when it is quiet): the database function locks and reads in one round trip.
    const since = new Date(only.receivedAt.getTime() - dedupWindowHours * 3_600_000).toISOString();
    const rows = rowsOf<CandidateRow>(
      await tx.execute(
        sql`select * from intake_lock_and_find(${textArray(phones)}, ${only.nameKey}, ${only.district}, ${since}::timestamptz)`,
      ),
    );
    return new BatchCandidates(new Set(phones), new Set(pairs.map(([k]) => k)), rows);
  }
  const earliest = Math.min(...keys.map((k) => k.receivedAt.getTime()));
  const since = new Date(earliest - dedupWindowHours * 3_600_000).toISOString();
  // The same locks intake_lock_and_find takes (each phone, and each patient's name in its district: migration
  // 0014), in the same (sorted) order; then a new statement, so a fresh snapshot that sees whatever the previous
  // holders committed.
  const lockKeys = [...phones, ...pairs.map(([, p]) => `name|${p.district}|${p.name}`)];
  if (lockKeys.length > 0) {
    await tx.execute(sql`select count(pg_advisory_xact_lock(hashtext(p)))
      from (select distinct p from unnest(${textArray(lockKeys)}) as p order by p) locked`);
  }
  const rows = rowsOf<CandidateRow>(
    await tx.execute(sql`
      select c.id as case_id, c.reference as case_reference, c.requester_phones as case_phones,
        c.patient_name_key as case_name_key, c.district_code as case_district, c.first_message_at as case_first_message_at,
        array(select n.resource from case_needs n where n.case_id = c.id) as case_resources
      from cases c
      where ${isOpenCase(sql`c.status`)} and c.first_message_at >= ${since}::timestamptz
        and (c.requester_phones && ${textArray(phones)}
          or (c.patient_name_key, c.district_code) in (
            select x.name, x.district from jsonb_to_recordset(${JSON.stringify(pairs.map(([, p]) => p))}::jsonb)
              as x(name text, district text)))`),
  );
  return new BatchCandidates(new Set(phones), new Set(pairs.map(([k]) => k)), rows);
}
