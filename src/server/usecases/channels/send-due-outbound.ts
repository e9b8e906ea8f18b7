// The sender: takes due messages off the queue, checks the opt-out list once more, waits its turn under the
// provider's rate limit, calls the provider and records what happened. A message whose send was under way
// when the server died is marked failed ("delivery unknown"), never sent twice.
import { sql } from 'drizzle-orm';
import type { Provider } from '../../../shared/enums.js';
import { adapters } from '../../channels/adapters.js';
import type { AccountCredentials, ProviderRequest } from '../../channels/types.js';
import { rowsOf, type Db } from '../../db/client.js';
import { nextAttemptDelayMs, shouldGiveUp } from '../../domain/channels/outbound/backoff.js';
import type { TokenBucket } from '../../domain/channels/outbound/rate-limit.js';
import { accountById } from '../../db/queries/channel-accounts.js';

export interface SenderDeps {
  db: Db;
  /** Provider API base URL (a real one, or the simulator's). */
  baseUrlFor: (provider: Provider) => string;
  /** Where providers post status callbacks (Twilio, Exotel need it per message). */
  publicUrl: string;
  buckets: Map<Provider, TokenBucket>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface OutboxRow {
  id: string;
  account_id: string | null;
  provider: Provider;
  to_address: string;
  body: string;
  template: string | null;
  attempts: number;
  /** A STOP may have come after the message was queued: checked again as it is taken off the queue. */
  opted_out: boolean;
}

/** Sending takes at most this long; a row still `sending` after it belonged to a process that died. */
const leaseMs = 60_000;

/** How many messages one pass claims and sends together: the most a crash can leave in doubt. */
export const senderBatchSize = 20;

export async function sendDueOutbound(deps: SenderDeps, batch = senderBatchSize): Promise<number> {
  await deps.db.execute(sql`update outbox set state = 'failed',
      state_times = state_times || jsonb_build_object('failed', now()::text),
      error = 'interrupted: the server stopped while sending; delivery unknown'
    where state = 'sending' and next_attempt_at < now()`);
  const claimed = rowsOf<OutboxRow>(
    await deps.db.execute(sql`
      update outbox set state = 'sending', attempts = attempts + 1,
        state_times = state_times || jsonb_build_object('sending', now()::text),
        next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval
      where id in (select id from outbox where state in ('pending', 'scheduled') and next_attempt_at <= now()
        order by next_attempt_at limit ${batch} for update skip locked)
      returning id, account_id, provider, to_address, body, template, attempts,
        exists (select 1 from opt_outs o where o.address = outbox.to_address) as opted_out`),
  );
  const sent = (await Promise.all(claimed.map((row) => sendOne(deps, row)))).filter(
    (r): r is { id: string; providerMessageId: string } => r !== null,
  );
  // The common outcome, recorded for the whole batch in one statement. A status callback may already have
  // moved a message on (delivered before we wrote "sent"): only rows still `sending` change.
  if (sent.length > 0) {
    await deps.db.execute(sql`update outbox set state = 'sent',
        state_times = state_times || jsonb_build_object('sent', now()::text), provider_message_id = x.pid, error = null
      from jsonb_to_recordset(${JSON.stringify(sent.map((r) => ({ id: r.id, pid: r.providerMessageId })))}::jsonb)
        as x(id uuid, pid text)
      where outbox.id = x.id and outbox.state = 'sending'`);
  }
  return claimed.length;
}

/** Sends one message; returns it when the provider accepted it (recorded by the caller), else records why not. */
async function sendOne(deps: SenderDeps, row: OutboxRow): Promise<{ id: string; providerMessageId: string } | null> {
  const account = row.account_id ? await accountById(deps.db, row.account_id) : undefined;
  if (!account) return finish(deps.db, row.id, 'denied', { error: 'no enabled channel account to send from' });

  if (row.opted_out && row.template !== 'opted_out') return finish(deps.db, row.id, 'muted', { error: null });
  const adapter = adapters[row.provider];
  if (!adapter.buildSend || !adapter.parseSendResponse) {
    return finish(deps.db, row.id, 'denied', { error: `${row.provider} messages are not sent automatically` });
  }
  let request: ProviderRequest;
  try {
    request = adapter.buildSend(
      account.secrets as unknown as AccountCredentials,
      {
        accountAddress: account.address,
        to: row.to_address,
        text: row.body,
        clientReference: row.id,
        statusCallbackUrl: statusCallbackUrl(deps.publicUrl, row.provider, account.secrets),
      },
      deps.baseUrlFor(row.provider),
    );
  } catch (error) {
    return finish(deps.db, row.id, 'denied', { error: error instanceof Error ? error.message : String(error) });
  }
  const bucket = deps.buckets.get(row.provider);
  for (let wait = bucket?.take(Date.now()) ?? 0; wait > 0; wait = bucket?.take(Date.now()) ?? 0) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  let result: ReturnType<NonNullable<typeof adapter.parseSendResponse>>;
  try {
    const response = await (deps.fetch ?? fetch)(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(deps.timeoutMs ?? 15_000),
    });
    result = adapter.parseSendResponse(response.status, await response.text());
  } catch (error) {
    result = { ok: false, retryable: true, error: error instanceof Error ? error.message : String(error) };
  }
  if (result.ok) return { id: row.id, providerMessageId: result.providerMessageId };
  if (result.retryable && !shouldGiveUp(row.attempts)) {
    const next = new Date(Date.now() + nextAttemptDelayMs(row.attempts));
    await deps.db.execute(sql`update outbox set state = 'pending', error = ${result.error},
        state_times = state_times || jsonb_build_object('pending', now()::text),
        next_attempt_at = ${next.toISOString()}::timestamptz
      where id = ${row.id}::uuid and state = 'sending'`);
    return null;
  }
  return finish(deps.db, row.id, result.retryable ? 'failed' : 'denied', { error: result.error });
}

async function finish(
  db: Db,
  id: string,
  state: 'failed' | 'denied' | 'muted',
  extra: { error: string | null },
): Promise<null> {
  await db.execute(sql`update outbox set state = ${state},
      state_times = state_times || jsonb_build_object(${state}::text, now()::text), error = ${extra.error}
    where id = ${id}::uuid and state = 'sending'`);
  return null;
}

function statusCallbackUrl(publicUrl: string, provider: Provider, secrets: Record<string, string>): string | undefined {
  if (provider === 'twilio') return `${publicUrl}/webhooks/twilio/sms`;
  if (provider === 'exotel') {
    return `${publicUrl}/webhooks/exotel/sms?token=${encodeURIComponent(secrets.webhookSecret ?? '')}`;
  }
  return undefined;
}
