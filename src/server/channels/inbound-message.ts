// Most fields of an InboundMessage are empty for most kinds; this keeps each parser to what it knows.
import type { InboundMessage } from './types.js';

type KnownFields = Pick<
  InboundMessage,
  'provider' | 'channel' | 'providerMessageId' | 'accountAddress' | 'from' | 'fromIsPhone' | 'receivedAt' | 'kind'
>;

export function inboundMessage(fields: KnownFields & Partial<Omit<InboundMessage, 'type'>>): InboundMessage {
  return {
    type: 'message',
    fromName: null,
    text: null,
    replyId: null,
    media: null,
    location: null,
    providerType: null,
    ...fields,
  };
}

/** Empty strings from form-encoded providers mean "not given". */
export function nonEmpty(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}
