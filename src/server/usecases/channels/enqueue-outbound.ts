// Puts messages on the outbound queue inside the caller's transaction (so they exist exactly when the change
// that caused them does). Opted-out numbers and repeated identical texts are recorded, held back, never sent.
import { sql, type SQL } from 'drizzle-orm';
import type { Channel, Language, OutboundPurpose, OutboundState, Provider } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { loopLimit, loopWindowMinutes } from '../../domain/channels/outbound/loop-guard.js';
import { outboundSignal } from '../../infrastructure/outbound-signal.js';

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

/**
 * CTEs named `decided` and `queued` that insert the drafts with their state decided in SQL: opted out → muted,
 * the same text to the same number `loopLimit` times in the window → duplicate, a future time → scheduled.
 * For callers that fold the enqueue into a larger statement; `queued` returns each inserted row's state.
 */
export function queueOutboundCtes(drafts: readonly OutboundDraft[], now: Date): SQL {
  const since = new Date(now.getTime() - loopWindowMinutes * 60_000).toISOString();
  const rows = drafts.map((d) => ({
    organisation_id: d.organisationId,
    account_id: d.accountId,
    provider: d.provider,
    channel: d.channel,
    to_address: d.to,
    language: d.language,
    template: d.template,
    body: d.body,
    purpose: d.purpose,
    case_id: d.caseId ?? null,
    recipient_user_id: d.recipientUserId ?? null,
    dedupe_key: d.dedupeKey,
    ignore_opt_out: d.ignoreOptOut ?? false,
    not_before: (d.notBefore && d.notBefore > now ? d.notBefore : now).toISOString(),
  }));
  return sql`decided as (
      select d.*, case
        when not d.ignore_opt_out and exists (select 1 from opt_outs o where o.address = d.to_address) then 'muted'
        when (select count(*) from outbox x where x.to_address = d.to_address and x.body = d.body
          and x.created_at > ${since}::timestamptz and x.state not in ('duplicate', 'muted')) >= ${loopLimit}
          then 'duplicate'
        when d.not_before > ${now.toISOString()}::timestamptz then 'scheduled'
        else 'pending' end as state
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as d(organisation_id uuid, account_id uuid,
        provider text, channel text, to_address text, language text, template text, body text, purpose text,
        case_id uuid, recipient_user_id uuid, dedupe_key text, ignore_opt_out boolean, not_before timestamptz)
    ), queued as (
      insert into outbox (organisation_id, account_id, provider, channel, to_address, language, template, body, purpose,
        case_id, recipient_user_id, dedupe_key, state, state_times, next_attempt_at)
      select organisation_id, account_id, provider, channel, to_address, language, template, body, purpose, case_id,
        recipient_user_id, dedupe_key, state, jsonb_build_object(state, ${now.toISOString()}::text), not_before
      from decided
      on conflict (dedupe_key) do nothing
      returning state
    )`;
}

export async function enqueueOutbound(tx: DbOrTx, draft: OutboundDraft, now = new Date()): Promise<OutboundState> {
  const rows = rowsOf<{ state: OutboundState; inserted: boolean }>(
    await tx.execute(sql`with ${queueOutboundCtes([draft], now)}
      select decided.state, exists (select 1 from queued) as inserted from decided`),
  );
  const result = rows[0];
  if (result?.inserted && result.state === 'pending') outboundSignal.emit('message');
  return result?.state ?? 'pending';
}
