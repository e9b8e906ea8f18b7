import { sql } from 'drizzle-orm';
import type { CallbackView } from '../../../shared/contracts/channels.js';
import { deskOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import { callbackAbilities } from '../../domain/channels/callback-abilities.js';
import { maskPhone } from '../../domain/privacy/masking.js';

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
      where ${scopeCondition(scopeFor(actor, 'desk'), { organisationId: sql`c.organisation_id` }, 'read') ?? sql`true`}
        and ${query.id ? sql`c.id = ${query.id}::uuid` : query.status === 'open' ? sql`c.status <> 'done'` : sql`c.status = 'done'`}
      order by ${query.status === 'open' ? sql`c.first_call_at asc` : sql`c.done_at desc`}
      limit ${query.limit}`),
  );
  const now = new Date();
  return rows.map((r) => {
    const abilities = callbackAbilities(
      actor.userId,
      {
        status: r.status,
        claimedById: r.claimed_by_id,
        claimedAt: r.claimed_at === null ? null : new Date(r.claimed_at),
      },
      now,
    );
    return {
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      // "I'm calling" is the reveal: the number shows to the person holding the call (the hold records who), and
      // stays masked for everyone else, by the one masking rule.
      callerPhone: r.claimed_by_id === actor.userId ? r.caller_phone : maskPhone(r.caller_phone),
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
        claim: abilities.claim === true && r.claimed_by_id !== actor.userId,
        complete: abilities.complete === true,
        release: abilities.release === true,
      },
    };
  });
}
