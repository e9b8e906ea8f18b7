// A provider's status callback moves our outbound message forward only: a late "delivered" never undoes
// "read", and a status for a message we do not know changes nothing.
import { sql } from 'drizzle-orm';
import type { DeliveryStatus } from '../../channels/types.js';
import type { DbOrTx } from '../../db/client.js';

const allowedFrom: Record<DeliveryStatus['state'], string[]> = {
  sent: ['pending', 'sending'],
  delivered: ['pending', 'sending', 'sent'],
  read: ['pending', 'sending', 'sent', 'delivered'],
  failed: ['pending', 'sending', 'sent'],
};

export async function applyDeliveryStatus(db: DbOrTx, status: DeliveryStatus): Promise<void> {
  const from = allowedFrom[status.state];
  await db.execute(sql`
    update outbox set state = ${status.state},
      state_times = state_times || jsonb_build_object(${status.state}::text, ${status.at.toISOString()}::text),
      error = coalesce(${status.error}, error)
    where provider = ${status.provider} and provider_message_id = ${status.providerMessageId}
      and state = any(${`{${from.join(',')}}`}::text[])`);
}
