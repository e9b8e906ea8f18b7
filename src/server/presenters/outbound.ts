import type { OutboundView } from '../../shared/contracts/channels.js';
import type { outbox } from '../db/schema/index.js';
import { maskAddress, maskNumbersInText } from '../domain/privacy/masking.js';

/** `revealed`: the reader has revealed this case's numbers; otherwise the address and any number in the text are masked. */
export function presentOutbound(
  row: typeof outbox.$inferSelect,
  reader: { revealed: boolean; mayResend: boolean },
): OutboundView {
  const revealed = reader.revealed;
  return {
    id: row.id,
    provider: row.provider,
    channel: row.channel,
    toAddress: revealed ? row.toAddress : maskAddress(row.toAddress),
    language: row.language,
    body: revealed ? row.body : maskNumbersInText(row.body),
    purpose: row.purpose,
    state: row.state,
    stateTimes: row.stateTimes,
    attempts: row.attempts,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    can: { resend: reader.mayResend && row.state === 'failed' },
  };
}
