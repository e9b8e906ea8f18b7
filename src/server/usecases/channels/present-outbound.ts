import type { OutboundView } from '../../../shared/contracts/channels.js';
import type { outbox } from '../../db/schema/index.js';

export function presentOutbound(row: typeof outbox.$inferSelect): OutboundView {
  return {
    id: row.id,
    provider: row.provider,
    channel: row.channel,
    toAddress: row.toAddress,
    language: row.language,
    body: row.body,
    purpose: row.purpose,
    state: row.state,
    stateTimes: row.stateTimes,
    attempts: row.attempts,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
  };
}
