// What processing a batch of inbox messages writes at the end — each sender's conversation state, the replies
// to queue, every inbox row marked — gathered and written in one statement for the whole batch, inside the
// batch's transaction (each statement is a round trip, and round trips are what a message costs).
import { sql } from 'drizzle-orm';
import type { InboxState } from '../../../shared/enums.js';
import { rowsOf, type Tx } from '../client.js';
import type { ConversationState } from '../../domain/channels/state.js';
import { queueOutboundCtes, type OutboundDraft } from '../../usecases/channels/enqueue-outbound.js';
import { outboundSignal } from '../../infrastructure/outbound-signal.js';

interface ConversationWrite {
  channel: string;
  address: string;
  account_id: string;
  state: ConversationState;
  case_id: string | null;
}

export class InboxBatchFinish {
  private readonly conversations = new Map<string, ConversationWrite>();
  private readonly inbox: { id: number; state: InboxState; outcome: Record<string, unknown> }[] = [];
  private readonly drafts: OutboundDraft[] = [];

  conversation(write: ConversationWrite): void {
    const key = `${write.channel}\u0000${write.address}`;
    const earlier = this.conversations.get(key);
    // The last message's state wins; the case it joined stays known if a later message joined none.
    this.conversations.set(key, { ...write, case_id: write.case_id ?? earlier?.case_id ?? null });
  }

  inboxDone(id: number, state: InboxState, outcome: Record<string, unknown>): void {
    this.inbox.push({ id, state, outcome });
  }

  queue(drafts: readonly OutboundDraft[]): void {
    this.drafts.push(...drafts);
  }

  async flush(tx: Tx, now = new Date()): Promise<void> {
    if (this.inbox.length === 0 && this.conversations.size === 0 && this.drafts.length === 0) return;
    const rows = rowsOf<{ pending: number }>(
      await tx.execute(sql`
        with conversation as (
          update conversations c set state = x.state, account_id = x.account_id,
            case_id = coalesce(x.case_id, c.case_id), updated_at = now()
          from jsonb_to_recordset(${JSON.stringify([...this.conversations.values()])}::jsonb)
            as x(channel text, address text, account_id uuid, state jsonb, case_id uuid)
          where c.channel = x.channel and c.address = x.address
        ), marked as (
          update inbox i set state = x.state, processed_at = now(), outcome = x.outcome, attempts = i.attempts + 1,
            error = null
          from jsonb_to_recordset(${JSON.stringify(this.inbox)}::jsonb) as x(id bigint, state text, outcome jsonb)
          where i.id = x.id
        ), ${queueOutboundCtes(this.drafts, now)}
        select count(*) filter (where state = 'pending')::int as pending from queued`),
    );
    this.conversations.clear();
    this.inbox.length = 0;
    this.drafts.length = 0;
    if ((rows[0]?.pending ?? 0) > 0) outboundSignal.emit('message');
  }
}
