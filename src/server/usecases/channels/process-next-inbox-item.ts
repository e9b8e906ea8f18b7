// Takes the oldest pending inbox messages no other worker holds and processes them in one transaction (a few
// at a time: fewer round trips per message). If one fails, the batch is undone and each is tried alone, so
// only the faulty message is retried later with backoff, and set aside after a few tries.
import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { inboxRetryDelayMs, maxInboxAttempts } from '../../domain/channels/inbox-retry.js';
import { lockAndReadCandidates } from '../../db/queries/intake-candidates.js';
import { InboxBatchFinish } from '../../db/queries/inbox-batch-finish.js';
import {
  conversationKey,
  inboundFromRow,
  processInboxItem,
  type InboxRow,
  type ItemOutcome,
  type LockedConversations,
} from './process-inbox-item.js';

export type NextItemResult = 'none' | 'processed' | 'failed';

interface Deps {
  db: Db;
  bus?: CaseBus | undefined;
}

/** Processes up to `limit` messages; returns how many were processed and how many failed. */
export async function processInboxBatch(deps: Deps, limit = 10): Promise<{ processed: number; failed: number }> {
  let claimed: number[] = [];
  try {
    const outcomes = await deps.db.transaction(async (tx) => {
      const rows = await claim(tx, sql`true`, limit);
      claimed = rows.map((r) => r.id);
      return processClaimed(tx, rows);
    });
    publish(deps, outcomes);
    return { processed: outcomes.length, failed: 0 };
  } catch (error) {
    if (claimed.length === 0) throw error;
    if (claimed.length === 1) {
      await recordFailure(deps.db, claimed[0] ?? 0, error);
      return { processed: 0, failed: 1 };
    }
    let processed = 0;
    let failed = 0;
    for (const id of claimed) {
      const result = await processOne(deps, id);
      if (result === 'processed') processed += 1;
      if (result === 'failed') failed += 1;
    }
    return { processed, failed };
  }
}

export async function processNextInboxItem(deps: Deps): Promise<NextItemResult> {
  const { processed, failed } = await processInboxBatch(deps, 1);
  return failed > 0 ? 'failed' : processed > 0 ? 'processed' : 'none';
}

async function processOne(deps: Deps, id: number): Promise<NextItemResult> {
  try {
    const outcomes = await deps.db.transaction(async (tx) => processClaimed(tx, await claim(tx, sql`id = ${id}`, 1)));
    publish(deps, outcomes);
    return outcomes.length > 0 ? 'processed' : 'none';
  } catch (error) {
    await recordFailure(deps.db, id, error);
    return 'failed';
  }
}

/** The claimed messages, in order, in the caller's transaction: locks first, then each message, then one write. */
async function processClaimed(tx: Tx, rows: readonly InboxRow[]): Promise<ItemOutcome[]> {
  const locked = await lockSenders(tx, rows);
  const candidates = await lockAndReadCandidates(
    tx,
    rows
      .map(inboundFromRow)
      .filter((m) => m.fromIsPhone)
      .map((m) => ({ phones: [m.from], nameKey: null, district: '', receivedAt: m.receivedAt })),
  );
  const finish = new InboxBatchFinish();
  const results: ItemOutcome[] = [];
  for (const row of rows) results.push(await processInboxItem(tx, row, { locked, finish, candidates }));
  await finish.flush(tx);
  return results;
}

function claim(tx: Tx, which: ReturnType<typeof sql>, limit: number): Promise<InboxRow[]> {
  return tx
    .execute(
      sql`select id, organisation_id, account_id, message from inbox
        where state = 'pending' and next_attempt_at <= now() and ${which}
        order by next_attempt_at, id limit ${limit} for update skip locked`,
    )
    .then((result) => rowsOf<InboxRow>(result));
}

/**
 * Takes every sender's conversation lock before any work, in one sorted order (so two batches holding messages
 * from the same two people wait for each other instead of deadlocking), and reads their states on the way.
 */
async function lockSenders(tx: Tx, rows: readonly InboxRow[]): Promise<LockedConversations> {
  const senders = [
    ...new Map(
      rows.map((row) => {
        const m = row.message as { channel?: string; from?: string; accountAddress?: string };
        const sender = { channel: m.channel ?? '', address: m.from ?? '', account_id: row.account_id };
        return [conversationKey(sender.channel, sender.address), sender];
      }),
    ).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, sender]) => sender);
  const locked: LockedConversations = new Map();
  if (senders.length === 0) return locked;
  const states = rowsOf<{ channel: string; address: string; state: unknown }>(
    await tx.execute(sql`insert into conversations (channel, address, account_id, state)
      select x.channel, x.address, x.account_id, '{}'::jsonb
      from jsonb_to_recordset(${JSON.stringify(senders)}::jsonb) as x(channel text, address text, account_id uuid)
      on conflict (channel, address) do update set updated_at = conversations.updated_at
      returning channel, address, state`),
  );
  for (const row of states) locked.set(conversationKey(row.channel, row.address), row.state);
  return locked;
}

function publish(deps: Deps, outcomes: readonly ItemOutcome[]): void {
  for (const { touchedCase } of outcomes) {
    if (touchedCase && deps.bus) {
      deps.bus.publish({
        id: touchedCase.caseId,
        reference: touchedCase.reference,
        districtCode: touchedCase.districtCode,
      });
    }
  }
}

async function recordFailure(db: Db, id: number, error: unknown): Promise<void> {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const rows = rowsOf<{ attempts: number }>(
    await db.execute(sql`update inbox set attempts = attempts + 1, error = ${text.slice(0, 2000)}
      where id = ${id} returning attempts`),
  );
  const attempts = rows[0]?.attempts ?? maxInboxAttempts;
  const next = new Date(Date.now() + inboxRetryDelayMs(attempts));
  await db.execute(sql`update inbox set
      state = ${attempts >= maxInboxAttempts ? 'failed' : 'pending'},
      next_attempt_at = ${next.toISOString()}::timestamptz
    where id = ${id}`);
}
