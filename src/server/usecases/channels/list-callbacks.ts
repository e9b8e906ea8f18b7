import { sql } from 'drizzle-orm';
import type { CallbackView } from '../../../shared/contracts/channels.js';
import { deskOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { textArray } from '../../db/sql-helpers.js';
import { forbidden } from '../../errors.js';
import { callbackHoldMinutes } from './callback-hold.js';

interface Row {
  id: string;
  organisation_id: string;
  organisation_name: string;
  caller_phone: string;
  call_count: number;
  first_call_at: string | Date;
  last_call_at: string | Date;
  status: CallbackView['status'];
  claimed_by_id: string | null;
  claimed_by_name: string | null;
  claimed_at: string | Date | null;
  outcome: CallbackView['outcome'];
  case_id: string | null;
  flagged: boolean;
}

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

export async function listCallbacks(
  db: DbOrTx,
  actor: Actor,
  query: { status: 'open' | 'done'; limit: number; id?: string },
): Promise<CallbackView[]> {
  const orgs = deskOrganisations(actor);
  if (orgs !== null && orgs.length === 0) throw forbidden();
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select c.id, c.organisation_id, o.name as organisation_name, c.caller_phone, c.call_count, c.first_call_at,
        c.last_call_at, c.status, c.claimed_by_id, u.name as claimed_by_name, c.claimed_at, c.outcome, c.case_id,
        exists (select 1 from flagged_phones f where f.phone = c.caller_phone) as flagged
      from callbacks c join organisations o on o.id = c.organisation_id left join users u on u.id = c.claimed_by_id
      where ${orgs === null ? sql`true` : sql`c.organisation_id = any(${textArray(orgs)}::uuid[])`}
        and ${query.id ? sql`c.id = ${query.id}::uuid` : query.status === 'open' ? sql`c.status <> 'done'` : sql`c.status = 'done'`}
      order by ${query.status === 'open' ? sql`c.first_call_at asc` : sql`c.done_at desc`}
      limit ${query.limit}`),
  );
  const now = Date.now();
  return rows.map((r) => {
    const heldByOther =
      r.status === 'calling' &&
      r.claimed_by_id !== actor.userId &&
      r.claimed_at !== null &&
      now - new Date(r.claimed_at).getTime() < callbackHoldMinutes * 60_000;
    return {
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      callerPhone: r.caller_phone,
      callCount: r.call_count,
      firstCallAt: new Date(r.first_call_at).toISOString(),
      lastCallAt: new Date(r.last_call_at).toISOString(),
      status: r.status,
      claimedBy: r.claimed_by_id && r.claimed_by_name ? { id: r.claimed_by_id, name: r.claimed_by_name } : null,
      claimedAt: iso(r.claimed_at),
      outcome: r.outcome,
      caseId: r.case_id,
      flagged: r.flagged,
      can: {
        claim: r.status !== 'done' && !heldByOther && r.claimed_by_id !== actor.userId,
        complete: r.status !== 'done' && !heldByOther,
        release: r.status === 'calling' && r.claimed_by_id === actor.userId,
      },
    };
  });
}
