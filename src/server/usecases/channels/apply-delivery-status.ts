// A provider's status callback moves our outbound message only where the outbound state machine allows
// (domain/channels/outbound/outbound-states.ts): a late "delivered" never undoes "read", and a status for a
// message we do not know changes nothing.
import { sql } from 'drizzle-orm';
import { outboundStates } from '../../../shared/enums.js';
import type { DeliveryStatus } from '../../channels/types.js';
import type { DbOrTx } from '../../db/client.js';
import { textArray } from '../../db/sql-helpers.js';
import { canTransitionOutbound } from '../../domain/channels/outbound/outbound-states.js';

export async function applyDeliveryStatus(db: DbOrTx, status: DeliveryStatus): Promise<void> {
  const from = outboundStates.filter((state) => canTransitionOutbound(state, status.state));
  await db.execute(sql`
    update outbox set state = ${status.state},
      state_times = state_times || jsonb_build_object(${status.state}::text, ${status.at.toISOString()}::text),
      error = coalesce(${status.error}, error)
    where provider = ${status.provider} and provider_message_id = ${status.providerMessageId}
      and state = any(${textArray(from)})`);
}
