// A missed call becomes one "call back" item per caller: calling again while it is open adds to it.
import { sql } from 'drizzle-orm';
import type { InboundMessage } from '../../channels/types.js';
import { rowsOf, type Tx } from '../../db/client.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';

export async function recordMissedCall(
  tx: Tx,
  account: ChannelAccount,
  message: InboundMessage,
): Promise<{ id: string; callCount: number }> {
  const at = message.receivedAt.toISOString();
  const rows = rowsOf<{ id: string; call_count: number }>(
    await tx.execute(sql`
      insert into callbacks (organisation_id, account_id, caller_phone, first_call_at, last_call_at)
      values (${account.organisationId}::uuid, ${account.id}::uuid, ${message.from}, ${at}::timestamptz, ${at}::timestamptz)
      on conflict (organisation_id, caller_phone) where status <> 'done'
      do update set call_count = callbacks.call_count + 1,
        last_call_at = greatest(callbacks.last_call_at, excluded.last_call_at)
      returning id, call_count`),
  );
  const row = rows[0];
  if (!row) throw new Error('callback upsert returned nothing');
  return { id: row.id, callCount: row.call_count };
}
