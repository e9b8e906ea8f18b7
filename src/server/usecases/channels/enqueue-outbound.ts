// Puts a message on the outbound queue inside the caller's transaction (so it exists exactly when the change
// that caused it does). Opted-out numbers and repeated identical texts are recorded, held back, never sent.
import { sql } from 'drizzle-orm';
import type { Channel, Language, OutboundPurpose, OutboundState, Provider } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { loopLimit, loopWindowMinutes } from '../../domain/channels/outbound/loop-guard.js';
import { outboundSignal } from './outbound-signal.js';

export interface OutboundDraft {
  accountId: string;
  organisationId: string | null;
  provider: Provider;
  channel: Channel;
  to: string;
  language: Language;
  template: string | null;
  body: string;
  purpose: OutboundPurpose;
  caseId?: string | null;
  recipientUserId?: string | null;
  /** What makes it one of a kind: enqueueing the same key twice keeps the first. */
  dedupeKey: string;
  notBefore?: Date;
  /** The STOP confirmation itself goes to a number that has just opted out. */
  ignoreOptOut?: boolean;
}

export async function enqueueOutbound(tx: DbOrTx, draft: OutboundDraft, now = new Date()): Promise<OutboundState> {
  const since = new Date(now.getTime() - loopWindowMinutes * 60_000);
  const scheduled = draft.notBefore !== undefined && draft.notBefore > now;
  // One statement: decide the state (opted out → muted, the same text too often → duplicate) and insert.
  const rows = rowsOf<{ state: OutboundState; inserted: boolean }>(
    await tx.execute(sql`
      with decided as (
        select case
          when ${!draft.ignoreOptOut} and exists (select 1 from opt_outs where address = ${draft.to}) then 'muted'
          when (select count(*) from outbox where to_address = ${draft.to} and body = ${draft.body}
            and created_at > ${since.toISOString()}::timestamptz and state not in ('duplicate', 'muted')) >= ${loopLimit}
            then 'duplicate'
          when ${scheduled} then 'scheduled'
          else 'pending' end as state
      ), inserted as (
        insert into outbox (organisation_id, account_id, provider, channel, to_address, language, template, body, purpose,
          case_id, recipient_user_id, dedupe_key, state, state_times, next_attempt_at)
        select ${draft.organisationId}::uuid, ${draft.accountId}::uuid, ${draft.provider}, ${draft.channel}, ${draft.to},
          ${draft.language}, ${draft.template}, ${draft.body}, ${draft.purpose}, ${draft.caseId ?? null}::uuid,
          ${draft.recipientUserId ?? null}::uuid, ${draft.dedupeKey}, decided.state,
          jsonb_build_object(decided.state, ${now.toISOString()}::text),
          ${(scheduled && draft.notBefore ? draft.notBefore : now).toISOString()}::timestamptz
        from decided
        on conflict (dedupe_key) do nothing
        returning state
      )
      select decided.state, exists (select 1 from inserted) as inserted from decided`),
  );
  const result = rows[0];
  if (result?.inserted && result.state === 'pending') outboundSignal.emit('message');
  return result?.state ?? 'pending';
}
