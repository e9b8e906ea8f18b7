// Offers, would-be donors and volunteers, and pleas the conversation could not complete go to the leads
// inbox for a person to verify. One lead per inbox message, however often it is processed.
import { sql } from 'drizzle-orm';
import type { Understanding } from '../../../shared/contracts/understanding.js';
import type { LeadKind } from '../../../shared/enums.js';
import type { InboundMessage } from '../../channels/types.js';
import { rowsOf, type Tx } from '../../db/client.js';
import type { Draft } from '../../domain/channels/state.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';

export async function saveLead(
  tx: Tx,
  inboxId: number,
  account: ChannelAccount,
  message: InboundMessage,
  kind: LeadKind,
  understood: Understanding | null,
  districtCode: string | null,
  draft?: Draft,
): Promise<string | null> {
  const text = draft && draft.texts.length > 0 ? draft.texts.join('\n') : message.text;
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into leads (organisation_id, kind, channel, from_address, from_name, text, understood, district_code, inbox_id)
      values (${account.organisationId}::uuid, ${kind}, ${message.channel}, ${message.from}, ${message.fromName},
        ${text}, ${understood ? JSON.stringify(understood) : null}::jsonb, ${districtCode}, ${inboxId})
      on conflict (inbox_id) do nothing
      returning id`),
  );
  return rows[0]?.id ?? null;
}
