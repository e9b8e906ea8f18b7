// A batch of channel messages takes the per-phone intake locks of all its senders at once (in one sorted order)
// and reads the open cases they could repeat in one query, instead of one lock-and-read per message. Cases the
// batch opens or joins are added as it goes, so a person's second message in the same batch joins the first.
import { sql } from 'drizzle-orm';
import type { InboundMessage } from '../../channels/types.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { textArray } from '../../db/sql-helpers.js';
import { dedupWindowHours } from '../../domain/cases/dedup.js';
import type { CandidateRow } from '../cases/intake-plea.js';

export class BatchCandidates {
  constructor(
    private readonly covered: ReadonlySet<string>,
    private readonly rows: CandidateRow[],
  ) {}

  /** The candidates for a plea from these phones, or undefined when a phone was not locked by the batch. */
  for(phones: readonly string[]): CandidateRow[] | undefined {
    if (phones.length === 0 || !phones.every((p) => this.covered.has(p))) return undefined;
    return this.rows.filter((row) => row.case_phones.some((p) => phones.includes(p)));
  }

  opened(row: CandidateRow): void {
    this.rows.push(row);
  }

  joined(caseId: string, phones: readonly string[]): void {
    const row = this.rows.find((r) => r.case_id === caseId);
    if (row) row.case_phones = [...new Set([...row.case_phones, ...phones])];
  }
}

export async function lockBatchPhones(tx: Tx, messages: readonly InboundMessage[]): Promise<BatchCandidates> {
  const phones = [...new Set(messages.filter((m) => m.fromIsPhone).map((m) => m.from))].sort();
  if (phones.length === 0) return new BatchCandidates(new Set(), []);
  const earliest = Math.min(...messages.map((m) => m.receivedAt.getTime()));
  const since = new Date(earliest - dedupWindowHours * 3_600_000).toISOString();
  // The same locks intake_lock_and_find takes, in the same (sorted) order; then a new statement, so a fresh
  // snapshot that sees whatever the previous holders committed.
  await tx.execute(sql`select count(pg_advisory_xact_lock(hashtext(p)))
    from (select p from unnest(${textArray(phones)}) as p order by p) locked`);
  const rows = rowsOf<CandidateRow>(
    await tx.execute(sql`
      select c.id as case_id, c.reference as case_reference, c.requester_phones as case_phones,
        c.patient_name_key as case_name_key, c.district_code as case_district, c.first_message_at as case_first_message_at,
        array(select n.resource from case_needs n where n.case_id = c.id) as case_resources
      from cases c
      where c.status not in ('fulfilled', 'closed') and c.first_message_at >= ${since}::timestamptz
        and c.requester_phones && ${textArray(phones)}`),
  );
  return new BatchCandidates(new Set(phones), rows);
}
